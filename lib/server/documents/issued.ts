import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IssuedKind, SigningPurpose } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { SignedRequest } from "@/lib/server/signing/requests";
import { getFileStorage, sha256Hex } from "@/lib/server/integrations/storage";
import { renderIssuedPdf } from "@/lib/server/pdf/render";
import { canReadApplicationFiles } from "@/lib/server/documents/access";
import { loadIssuedPdfData } from "@/lib/server/documents/issued-pdf-data";
import { isRecordId } from "@/lib/ids";

// documents the service issues — the signed application, the acceptance receipt, the
// reasoned refusal, the withdrawal. The row (signed payload + CMS) is written inside the act's
// transaction; the PDF is rendered on first download, never inside that transaction, and kept.

const PURPOSE_OF: Record<IssuedKind, SigningPurpose> = {
  APPLICATION: "SUBMIT",
  RECEIPT: "ACCEPT",
  REFUSAL: "REJECT",
  WITHDRAWAL: "WITHDRAW",
};

/**
 * Records an issued document from a verified, signed request (docs/contracts.md). Call it in
 * the completing transaction. Recording the same signature twice returns the first row.
 */
export async function recordIssuedDocument(
  tx: Prisma.TransactionClient,
  input: { kind: IssuedKind; signed: SignedRequest },
): Promise<{ id: string }> {
  const { kind, signed } = input;
  if (PURPOSE_OF[kind] !== signed.purpose) throw new Error(`recordIssuedDocument: a ${signed.purpose} signature cannot issue ${kind}`);
  if (sha256Hex(Buffer.from(signed.payload, "utf8")) !== signed.payloadSha256) {
    throw new Error("recordIssuedDocument: the payload does not match its SHA-256");
  }
  const existing = await tx.issuedDocument.findFirst({
    where: { applicationId: signed.applicationId, kind, payloadSha256: signed.payloadSha256, cms: signed.cms },
    select: { id: true },
  });
  if (existing) return existing;
  return tx.issuedDocument.create({
    data: {
      applicationId: signed.applicationId,
      kind,
      payload: signed.payload,
      payloadSha256: signed.payloadSha256,
      cms: signed.cms,
      signerIin: signed.signerIin,
      signerName: signed.signerName,
      certSerial: signed.certSerial,
      signedAt: signed.signedAt,
    },
    select: { id: true },
  });
}

/**
 * The PDF of an issued document: rendered and stored on the first call, read back afterwards.
 * Two first downloads at once may both render, but only one result is recorded
 * (compare-and-set on an empty pdfKey) and both callers get that one. Null for an unknown id.
 */
export async function issuedPdf(id: string): Promise<Buffer | null> {
  const prisma = await db();
  const storage = getFileStorage();
  const row = await prisma.issuedDocument.findUnique({ where: { id }, select: { pdfKey: true, pdfSha256: true } });
  if (!row) return null;
  if (row.pdfKey) return readKept(row.pdfKey, row.pdfSha256);

  const data = await loadIssuedPdfData(prisma, id);
  if (!data) return null;
  const bytes = await renderIssuedPdf(data);
  const stored = await storage.put(bytes, { contentType: "application/pdf" });
  const won = await prisma.issuedDocument.updateMany({
    where: { id, pdfKey: null },
    data: { pdfKey: stored.key, pdfSha256: stored.sha256 },
  });
  if (won.count === 1) return bytes;
  const winner = await prisma.issuedDocument.findUniqueOrThrow({ where: { id }, select: { pdfKey: true, pdfSha256: true } });
  return readKept(winner.pdfKey!, winner.pdfSha256);
}

async function readKept(key: string, sha256: string | null): Promise<Buffer> {
  const bytes = await getFileStorage().get(key);
  // A kept PDF that is gone or altered is not silently replaced: what was issued is evidence.
  if (!bytes) throw new Error(`Issued PDF ${key} is missing from storage`);
  if (sha256 && sha256Hex(bytes) !== sha256) throw new Error(`Issued PDF ${key} does not match its SHA-256`);
  return bytes;
}

export type IssuedDownload = { bytes: Buffer; fileName: string };

/**
 * GET /api/issued/[id]/pdf: the owner parent, or the school's director and assigned executors
 * once the application is submitted. Null (→ 404) for everyone else and for unknown ids.
 */
export async function readIssuedPdf(user: CurrentUser, id: string): Promise<IssuedDownload | null> {
  if (!isRecordId(id)) return null;
  const prisma = await db();
  const issued = await prisma.issuedDocument.findUnique({
    where: { id },
    select: { kind: true, application: { select: { number: true, parentId: true, schoolId: true, status: true } } },
  });
  if (!issued || !(await canReadApplicationFiles(prisma, user, issued.application))) return null;
  const bytes = await issuedPdf(id);
  if (!bytes) return null;
  await audit(prisma, {
    actor: { id: user.id, role: user.role, organisationId: user.organisationId },
    action: "document.opened",
    entity: "issued-document",
    entityId: id,
  });
  return { bytes, fileName: `qabyldau-${issued.application.number}-${issued.kind.toLowerCase()}.pdf` };
}
