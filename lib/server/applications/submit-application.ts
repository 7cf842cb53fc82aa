import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { consumeSigningRequest, getSignedRequest } from "@/lib/server/signing/requests";
import { recordIssuedDocument } from "@/lib/server/documents/issued";
import { checkChildEligibility } from "@/lib/server/applications/check-child";
import { checkOpeningWindow } from "@/lib/server/opening/check-opening-window";
import { applyTransition } from "@/lib/server/applications/apply-transition";
import { reserveSeat } from "@/lib/server/applications/seats";
import { findSeatUnit } from "@/lib/server/applications/find-seat-unit";
import { answersFingerprint } from "@/lib/server/applications/snapshot";
import { Refused } from "@/lib/server/refused";
import { signedDocumentsMatch } from "@/lib/application/signed-documents";

export type SubmitError =
  | "NOT_FOUND"
  | "NOT_SIGNED"
  | "EXPIRED"
  | "CHANGED_AFTER_SIGNING"
  | "NOT_ELIGIBLE"
  | "OPEN_APPLICATION"
  | "CLOSED"
  | "NO_SEAT"
  | "QUOTA_USED";

export type SubmitResult = { ok: true; applicationId: string; number: number; repeated: boolean } | { ok: false; error: SubmitError };

/**
 * P-6 / X-2: submission is the signing. In one transaction: the signed request is consumed,
 * a seat is reserved (or the parent is told plainly that none is left and nothing is kept),
 * DRAFT → UNDER_REVIEW with its history row and notifications, and the signed application is
 * recorded as an issued document. Submitting the same signed request again — a double click,
 * a retry, five tabs — yields the one application it created.
 */
export async function submitApplication(parent: CurrentUser, signingRequestId: string): Promise<SubmitResult> {
  const prisma = await db();
  const signed = await getSignedRequest(prisma, { id: signingRequestId, requestedById: parent.id, purpose: "SUBMIT" });
  if ("error" in signed) {
    if (signed.error === "ALREADY_USED") return earlierOutcome(parent, signingRequestId);
    return { ok: false, error: signed.error === "EXPIRED" ? "EXPIRED" : signed.error === "NOT_SIGNED" ? "NOT_SIGNED" : "NOT_FOUND" };
  }

  const draft = await prisma.application.findFirst({ where: { id: signed.applicationId, parentId: parent.id } });
  if (!draft) return { ok: false, error: "NOT_FOUND" };
  if (draft.status !== "DRAFT") return earlierOutcome(parent, signingRequestId);
  const payload = JSON.parse(signed.payload) as { answersSha256: string; school: { byCatchment: boolean }; documents?: unknown };
  if (payload.answersSha256 !== answersFingerprint(draft.answers)) return { ok: false, error: "CHANGED_AFTER_SIGNING" };
  if (!draft.schoolId || !draft.classType || !draft.language) return { ok: false, error: "NOT_FOUND" };

  const eligibility = await checkChildEligibility(parent, draft.childIin);
  if (!eligibility.ok) return { ok: false, error: eligibility.code === "OPEN_APPLICATION" ? "OPEN_APPLICATION" : "NOT_ELIGIBLE" };
  const window = await checkOpeningWindow(draft.schoolId);
  if (!window.ok) return { ok: false, error: "CLOSED" };
  const seat = await findSeatUnit(prisma, {
    schoolId: draft.schoolId,
    academicYear: draft.academicYear,
    classType: draft.classType,
    language: draft.language,
  });
  if (!seat) return { ok: false, error: "NO_SEAT" };
  const isCatchment = payload.school.byCatchment;

  try {
    const outcome = await prisma.$transaction(
      async (tx) => {
        // The files must be the ones signed for. The draft's row is locked first, as an upload
        // locks it, so no file can be swapped between this check and the submission.
        await tx.$queryRaw`SELECT id FROM application WHERE id = ${draft.id} FOR UPDATE`;
        const current = await tx.applicationDocument.findMany({
          where: { applicationId: draft.id, replacedAt: null },
          select: { kind: true, sha256: true },
        });
        if (!signedDocumentsMatch(payload.documents, current)) throw new Refused<SubmitError>("CHANGED_AFTER_SIGNING");
        if (!(await consumeSigningRequest(tx, signed.id))) return "ALREADY_USED" as const;
        const reserved = await reserveSeat(tx, seat.id, isCatchment);
        if (reserved !== "RESERVED") throw new Refused<SubmitError>(reserved === "QUOTA_USED" ? "QUOTA_USED" : "NO_SEAT");
        const moved = await applyTransition(tx, {
          applicationId: draft.id,
          event: "SUBMIT",
          actor: { id: parent.id, role: parent.role, name: parent.fullName },
          scope: { parentId: parent.id },
          data: { submissionKey: signed.id, seatId: seat.id, isCatchment },
        });
        if (!moved.ok) throw new Refused<SubmitError>(moved.code === "NOT_FOUND" ? "NOT_FOUND" : "CHANGED_AFTER_SIGNING");
        await recordIssuedDocument(tx, { kind: "APPLICATION", signed });
        return "SUBMITTED" as const;
      },
      // Opening day: many parents queue for the same seat row; wait for it rather than fail.
      { maxWait: 60_000, timeout: 60_000 },
    );
    if (outcome === "ALREADY_USED") return earlierOutcome(parent, signingRequestId);
    return { ok: true, applicationId: draft.id, number: draft.number, repeated: false };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.reason as SubmitError };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // openChildIin: another application of this child became open meanwhile (P-10, one open
      // application per child, enforced by the database); submissionKey: this very submission.
      const target = JSON.stringify(error.meta ?? {});
      if (target.includes("submissionKey") || target.includes("submission_key")) return earlierOutcome(parent, signingRequestId);
      return { ok: false, error: "OPEN_APPLICATION" };
    }
    throw error;
  }
}

/** The application an already-used signing request created, if it is this parent's. */
async function earlierOutcome(parent: CurrentUser, signingRequestId: string): Promise<SubmitResult> {
  const application = await (
    await db()
  ).application.findFirst({
    where: { submissionKey: signingRequestId, parentId: parent.id },
    select: { id: true, number: true },
  });
  return application
    ? { ok: true, applicationId: application.id, number: application.number, repeated: true }
    : { ok: false, error: "NOT_FOUND" };
}
