import "server-only";
import type { SigningPurpose } from "@/lib/generated/prisma/enums";
import { maskPersonName } from "@/lib/signing/mask";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { clientSource, type DbClient } from "@/lib/server/integrations/local-db";

/** What the eGov mobile stand-in shows about the document before anyone has signed in. */
export type PhoneDocument = {
  id: string;
  purpose: SigningPurpose;
  applicationNumber: number;
  schoolKk: string | null;
  schoolRu: string | null;
  /** Masked until the person has proved who they are. */
  childMasked: string;
  expiresAt: Date;
};

/** The full document, shown once the signer is identified, right before "Sign". */
export type PhoneDocumentDetails = PhoneDocument & { childFullName: string; payloadSha256: string };

/** A request that can still be signed, described for the phone; null for anything else. */
export async function describeForPhone(id: string, client?: DbClient, now = new Date()): Promise<PhoneDocumentDetails | null> {
  if (!/^[a-z0-9]{20,40}$/.test(id)) return null;
  const prisma = await clientSource(client)();
  const row = await prisma.signingRequest.findUnique({
    where: { id },
    select: {
      id: true,
      purpose: true,
      status: true,
      expiresAt: true,
      payloadSha256: true,
      application: { select: { number: true, childIin: true, school: { select: { nameKk: true, nameRu: true } } } },
    },
  });
  if (!row || row.status !== "PENDING" || now > row.expiresAt) return null;
  const child = await getPopulationRegistry().findCitizen(row.application.childIin);
  const childFullName = child?.fullName ?? row.application.childIin;
  return {
    id: row.id,
    purpose: row.purpose,
    applicationNumber: row.application.number,
    schoolKk: row.application.school?.nameKk ?? null,
    schoolRu: row.application.school?.nameRu ?? null,
    childMasked: maskPersonName(childFullName),
    childFullName,
    payloadSha256: row.payloadSha256,
    expiresAt: row.expiresAt,
  };
}

/** The part that may be shown to whoever holds the link. */
export function publicPart(document: PhoneDocumentDetails): PhoneDocument {
  const { childFullName: _name, payloadSha256: _hash, ...rest } = document;
  return rest;
}
