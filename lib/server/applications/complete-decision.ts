import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { applyTransition } from "@/lib/server/applications/apply-transition";
import { consumeSigningRequest, getSignedRequest } from "@/lib/server/signing/requests";
import { recordIssuedDocument } from "@/lib/server/documents/issued";
import { Refused } from "@/lib/server/refused";
import { actorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";
import type { Decision } from "@/lib/server/applications/start-decision";

export type CompleteDecisionError = "NOT_FOUND" | "NOT_SIGNED" | "EXPIRED" | "CONFLICT" | "NOT_ALLOWED_FROM_STATUS" | "ROLE_NOT_ALLOWED";

export type CompleteDecisionResult =
  { ok: true; status: "ACCEPTED" | "REJECTED"; issuedId: string | null; repeated: boolean } | { ok: false; error: CompleteDecisionError };

type RollbackReason = CompleteDecisionError | "ALREADY_USED";

const TARGET = { ACCEPT: "ACCEPTED", REJECT: "REJECTED" } as const;

/**
 * S-7: the second half of a signed decision, in one transaction: the status changes through
 * the status writer (which writes history, releases the seat on refusal and notifies the
 * parent), the signing request is consumed, and the receipt or the reasoned refusal is
 * recorded as an issued document. Completing the same signature twice answers with the first
 * outcome; if someone else decided meanwhile, nothing is written and CONFLICT is returned.
 */
export async function completeDecision(
  user: CurrentUser,
  input: { requestId: string; decision: Decision; expectedVersion: number },
): Promise<CompleteDecisionResult> {
  const schoolId = maybeSchoolIdOf(user);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const prisma = await db();
  const signed = await getSignedRequest(prisma, { id: input.requestId, requestedById: user.id, purpose: input.decision });
  if ("error" in signed) {
    if (signed.error === "ALREADY_USED") return earlierOutcome(user, schoolId, input);
    return { ok: false, error: signed.error };
  }
  try {
    return await prisma.$transaction(async (tx) => {
      if (!(await seesFirstGrade(tx, user))) throw new Refused<RollbackReason>("NOT_FOUND");
      const moved = await applyTransition(tx, {
        applicationId: signed.applicationId,
        event: input.decision,
        actor: actorOf(user),
        scope: { schoolId },
        comment: signed.comment,
        expectedVersion: input.expectedVersion,
        data: input.decision === "REJECT" ? { reviewComment: signed.comment } : undefined,
      });
      if (!moved.ok) {
        throw new Refused<RollbackReason>(
          moved.code === "WITHDRAWAL_PERIOD_OVER" || moved.code === "COMMENT_REQUIRED" ? "NOT_ALLOWED_FROM_STATUS" : moved.code,
        );
      }
      if (!(await consumeSigningRequest(tx, signed.id))) throw new Refused<RollbackReason>("ALREADY_USED");
      const issued = await recordIssuedDocument(tx, { kind: input.decision === "ACCEPT" ? "RECEIPT" : "REFUSAL", signed });
      return { ok: true, status: TARGET[input.decision], issuedId: issued.id, repeated: false } as const;
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    const reason = error.reason as RollbackReason;
    if (reason === "ALREADY_USED") return earlierOutcome(user, schoolId, input);
    return { ok: false, error: reason };
  }
}

/** The outcome of an earlier completion of the same signature (a double click, a retry). */
async function earlierOutcome(
  user: CurrentUser,
  schoolId: string,
  input: { requestId: string; decision: Decision },
): Promise<CompleteDecisionResult> {
  const prisma = await db();
  const request = await prisma.signingRequest.findFirst({
    where: { id: input.requestId, requestedById: user.id, purpose: input.decision, status: "CONSUMED" },
    select: { applicationId: true, payloadSha256: true },
  });
  if (!request) return { ok: false, error: "NOT_FOUND" };
  const application = await prisma.application.findFirst({
    where: { id: request.applicationId, schoolId },
    select: { status: true, issued: { where: { payloadSha256: request.payloadSha256 }, select: { id: true } } },
  });
  const target = TARGET[input.decision];
  if (!application || application.status !== target) return { ok: false, error: "CONFLICT" };
  return { ok: true, status: target, issuedId: application.issued[0]?.id ?? null, repeated: true };
}
