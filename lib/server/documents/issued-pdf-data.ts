import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/server/env";
import { maskIin } from "@/lib/iin/mask";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { qrDataUrl } from "@/lib/server/pdf/render";
import type { ApplicationDetails, DocumentLine, IssuedContext, IssuedPdfData } from "@/lib/server/pdf/types";

// What an issued PDF shows. The signed payload comes first — it is exactly what the signer saw
// and signed — and the database fills in what a payload does not carry (older or minimal
// payloads, the school's address, PMPK validity dates).

type Json = Record<string, unknown>;

const obj = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null);
const bool = (value: unknown): boolean | null => (typeof value === "boolean" ? value : null);
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null;

export function verifyUrlOf(issuedId: string): string {
  return `${env().APP_BASE_URL.replace(/\/+$/, "")}/verify/${issuedId}`;
}

export async function loadIssuedPdfData(prisma: PrismaClient, issuedId: string): Promise<IssuedPdfData | null> {
  const issued = await prisma.issuedDocument.findUnique({
    where: { id: issuedId },
    include: {
      application: {
        include: {
          parent: { select: { fullName: true, iin: true, phone: true } },
          school: true,
          documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        },
      },
    },
  });
  if (!issued) return null;
  const application = issued.application;
  let payload: Json = {};
  try {
    payload = obj(JSON.parse(issued.payload));
  } catch {
    // A payload that is not JSON still has a signature to show; the database fills the rest.
  }
  const p = {
    applicant: obj(payload.applicant),
    child: obj(payload.child),
    school: obj(payload.school),
  };

  const needsRegistry = !str(p.child.fullName) || !str(p.child.birthDate);
  const citizen = needsRegistry ? await getPopulationRegistry().findCitizen(application.childIin) : null;
  const school = application.school;
  const verifyUrl = verifyUrlOf(issued.id);

  const context: IssuedContext = {
    number: application.number,
    applicationDate: application.submittedAt ?? (issued.kind === "APPLICATION" ? issued.signedAt : application.createdAt),
    applicant: {
      fullName: str(p.applicant.fullName) ?? application.parent.fullName,
      iin: str(p.applicant.iin) ?? application.parent.iin ?? "",
      phone: str(p.applicant.phone) ?? application.parent.phone,
    },
    child: {
      fullName: str(p.child.fullName) ?? citizen?.fullName ?? application.childIin,
      iin: str(p.child.iin) ?? application.childIin,
      birthDate: str(p.child.birthDate) ?? citizen?.birthDate ?? "",
    },
    school: school
      ? {
          nameKk: str(p.school.nameKk) ?? school.nameKk,
          nameRu: str(p.school.nameRu) ?? school.nameRu,
          addressKk: str(p.school.addressKk) ?? school.addressKk,
          addressRu: str(p.school.addressRu) ?? school.addressRu,
        }
      : null,
    signature: {
      signerName: issued.signerName,
      signerIinMasked: maskIin(issued.signerIin),
      certSerial: issued.certSerial,
      signedAt: issued.signedAt,
      payloadSha256: issued.payloadSha256,
      verifyUrl,
      qrDataUrl: await qrDataUrl(verifyUrl),
    },
  };

  // Documents as they were when the act was signed: rows created before the signature and not
  // replaced before it (rows are never deleted, so this is exact).
  const atSigning: DocumentLine[] = application.documents
    .filter((d) => d.createdAt <= issued.signedAt && (!d.replacedAt || d.replacedAt > issued.signedAt))
    .map((d) => ({
      kind: d.kind,
      fileName: d.fileName,
      source: d.source,
      validUntil: d.validUntil ? d.validUntil.toISOString().slice(0, 10) : null,
    }));

  switch (issued.kind) {
    case "APPLICATION":
      return { kind: "APPLICATION", context, details: await applicationDetails(prisma, payload, application, atSigning) };
    case "RECEIPT":
      return { kind: "RECEIPT", context, documents: atSigning };
    case "REFUSAL": {
      const reason =
        str(payload.reason) ??
        str(payload.comment) ??
        application.reviewComment ??
        (await lastRefusalComment(prisma, application.id)) ??
        "";
      return { kind: "REFUSAL", context, reason };
    }
    case "WITHDRAWAL":
      return { kind: "WITHDRAWAL", context };
  }
}

async function applicationDetails(
  prisma: PrismaClient,
  payload: Json,
  application: { academicYear: string; language: string | null; classType: string | null; isCatchment: boolean | null; answers: unknown },
  documents: DocumentLine[],
): Promise<ApplicationDetails> {
  const school = obj(payload.school);
  const child = obj(payload.child);
  const answers = obj(application.answers);
  const answersSchool = obj(answers.school);
  const transport = obj("transport" in payload ? payload.transport : answersSchool.transport);
  const needed = bool(transport.needed);

  // Payload documents carry no validity dates: take them from the matching rows.
  const signedDocuments = Array.isArray(payload.documents)
    ? payload.documents.map(obj).flatMap((d): DocumentLine[] => {
        const kind = oneOf(d.kind, ["PHOTO", "F065", "F052", "PMPK"] as const);
        if (!kind) return [];
        const match = documents.find((row) => row.kind === kind && row.fileName === d.fileName);
        return [
          {
            kind,
            fileName: str(d.fileName) ?? "",
            source: oneOf(d.source, ["UPLOADED", "HEALTH_SYSTEM"] as const) ?? "UPLOADED",
            validUntil: match?.validUntil ?? null,
          },
        ];
      })
    : documents;

  return {
    academicYear: str(payload.academicYear) ?? application.academicYear,
    language: oneOf(school.language ?? application.language, ["KK", "RU", "EN", "TR"] as const),
    classType: oneOf(school.classType ?? application.classType, ["GENERAL", "GYMNASIUM"] as const),
    isCatchment: bool(school.byCatchment) ?? application.isCatchment,
    transport: needed === null ? null : { requested: needed, address: needed ? await residenceAddress(prisma, transport, child) : null },
    extraPhone: str(obj(payload.applicant).extraPhone),
    specialNeeds: bool(child.specialNeeds) ?? bool(obj(answers.child).specialNeeds),
    documents: signedDocuments,
  };
}

/** P-4a: the registration address when the parent lives there, else the address they entered. */
async function residenceAddress(prisma: PrismaClient, transport: Json, child: Json): Promise<string | null> {
  if (transport.sameAsRegistration === true) {
    const kk = str(child.registrationAddressKk);
    const ru = str(child.registrationAddressRu);
    return kk && ru && kk !== ru ? `${kk} / ${ru}` : (kk ?? ru);
  }
  const address = obj(transport.address);
  const unitIds = [address.regionId, address.districtId, address.ruralDistrictId, address.settlementId].filter(
    (id): id is string => typeof id === "string",
  );
  const units = await prisma.addressUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, nameKk: true } });
  const names = unitIds.map((id) => units.find((u) => u.id === id)?.nameKk).filter(Boolean);
  const street = [str(address.street), str(address.house), str(address.apartment)].filter(Boolean).join(", ");
  const text = [...names, street].filter(Boolean).join(", ");
  return text || null;
}

async function lastRefusalComment(prisma: PrismaClient, applicationId: string): Promise<string | null> {
  const event = await prisma.applicationEvent.findFirst({
    where: { applicationId, toStatus: "REJECTED" },
    orderBy: { at: "desc" },
    select: { comment: true },
  });
  return event?.comment ?? null;
}
