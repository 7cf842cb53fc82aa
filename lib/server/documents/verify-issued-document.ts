import "server-only";
import type { IssuedKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { maskIin } from "@/lib/iin/mask";
import { verifyCms } from "@/lib/server/signing/verify-cms";
import { getFileStorage, sha256Hex } from "@/lib/server/integrations/storage";
import { isRecordId } from "@/lib/ids";

export type VerificationProblem =
  | { code: "SIGNATURE_INVALID"; detail: string }
  | { code: "PAYLOAD_CHANGED" }
  | { code: "SIGNER_MISMATCH" }
  | { code: "PDF_CHANGED" }
  | { code: "PDF_MISSING" };

/** What the public verification page shows: only what the document itself prints, IIN masked. */
export type IssuedVerification = {
  id: string;
  kind: IssuedKind;
  number: number;
  applicationDate: Date;
  school: { nameKk: string; nameRu: string } | null;
  childName: string | null;
  signerName: string;
  signerIinMasked: string;
  certSerial: string;
  signedAt: Date;
  payloadSha256: string;
  pdfSha256: string | null;
  genuine: boolean;
  problems: VerificationProblem[];
  checkedAt: Date;
};

/**
 * re-checks an issued document now — the CMS signature over the stored payload, that the
 * payload still has the hash recorded at issue, that the signer is the one recorded, and, once
 * the PDF exists, that the kept file still has its recorded hash. Null for an unknown id.
 */
export async function verifyIssuedDocument(id: string): Promise<IssuedVerification | null> {
  if (!isRecordId(id)) return null;
  const prisma = await db();
  const issued = await prisma.issuedDocument.findUnique({
    where: { id },
    include: {
      application: { select: { number: true, submittedAt: true, createdAt: true, school: { select: { nameKk: true, nameRu: true } } } },
    },
  });
  if (!issued) return null;

  const problems: VerificationProblem[] = [];
  if (sha256Hex(Buffer.from(issued.payload, "utf8")) !== issued.payloadSha256) problems.push({ code: "PAYLOAD_CHANGED" });
  // Judged at the time recorded when it was accepted (its revocation was checked then), so a
  // certificate that has since expired does not make a genuine document look forged.
  const signature = await verifyCms(issued.cms, issued.payload, {
    expectedSignerIin: issued.signerIin,
    now: issued.signedAt,
    revocation: "skip",
  });
  if (!signature.ok) {
    if (signature.reason === "WRONG_SIGNER") problems.push({ code: "SIGNER_MISMATCH" });
    else problems.push({ code: "SIGNATURE_INVALID", detail: signature.reason });
  } else if (signature.certSerial.toLowerCase() !== issued.certSerial.toLowerCase()) {
    problems.push({ code: "SIGNER_MISMATCH" });
  }
  if (issued.pdfKey) {
    const pdf = await getFileStorage().get(issued.pdfKey);
    if (!pdf) problems.push({ code: "PDF_MISSING" });
    else if (sha256Hex(pdf) !== issued.pdfSha256) problems.push({ code: "PDF_CHANGED" });
  }

  return {
    id: issued.id,
    kind: issued.kind,
    number: issued.application.number,
    applicationDate: issued.application.submittedAt ?? issued.application.createdAt,
    school: issued.application.school,
    childName: childNameOf(issued.payload),
    signerName: issued.signerName,
    signerIinMasked: maskIin(issued.signerIin),
    certSerial: issued.certSerial,
    signedAt: issued.signedAt,
    payloadSha256: issued.payloadSha256,
    pdfSha256: issued.pdfSha256,
    genuine: problems.length === 0,
    problems,
    checkedAt: new Date(),
  };
}

/** The child's name as the signed document states it (printed on the PDF too). */
function childNameOf(payload: string): string | null {
  try {
    const child = (JSON.parse(payload) as { child?: { fullName?: unknown } }).child;
    return typeof child?.fullName === "string" ? child.fullName : null;
  } catch {
    return null;
  }
}
