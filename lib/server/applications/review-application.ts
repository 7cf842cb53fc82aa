import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { applyTransition } from "@/lib/server/applications/apply-transition";
import { actorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";

export type ReviewEvent = "CONFIRM_DOCUMENTS" | "SEND_TO_DIRECTOR";

export type ReviewInput = {
  applicationId: string;
  event: ReviewEvent;
  comment?: string | null;
  /** S-6: "Inclusion" yes/no, required when confirming. */
  inclusion?: boolean | null;
  /** The version the page showed; a newer one means another staff member acted first. */
  expectedVersion: number;
};

export type ReviewError =
  "NOT_FOUND" | "CONFLICT" | "COMMENT_REQUIRED" | "INCLUSION_REQUIRED" | "NOT_ALLOWED_FROM_STATUS" | "ROLE_NOT_ALLOWED";

export type ReviewResult = { ok: true; status: string; version: number } | { ok: false; error: ReviewError };

/**
 * S-6: the executor confirms the documents with a comment shown to the parent and the
 * inclusion mark (→ DOCUMENTS_CONFIRMED), then sends the application to the director
 * (→ AWAITING_SIGNATURE). The status table decides who may do what from which status; the
 * compare-and-set on the version makes the slower of two people acting at once lose cleanly.
 */
export async function reviewApplication(user: CurrentUser, input: ReviewInput): Promise<ReviewResult> {
  const schoolId = maybeSchoolIdOf(user);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const comment = input.comment?.trim() || null;
  if (input.event === "CONFIRM_DOCUMENTS") {
    if (!comment) return { ok: false, error: "COMMENT_REQUIRED" };
    if (typeof input.inclusion !== "boolean") return { ok: false, error: "INCLUSION_REQUIRED" };
  }
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    if (!(await seesFirstGrade(tx, user))) return { ok: false, error: "NOT_FOUND" } as const;
    const outcome = await applyTransition(tx, {
      applicationId: input.applicationId,
      event: input.event,
      actor: actorOf(user),
      scope: { schoolId },
      comment,
      expectedVersion: input.expectedVersion,
      data: input.event === "CONFIRM_DOCUMENTS" ? { reviewComment: comment, inclusion: input.inclusion ?? null } : undefined,
    });
    if (!outcome.ok) {
      return { ok: false, error: outcome.code === "WITHDRAWAL_PERIOD_OVER" ? "NOT_ALLOWED_FROM_STATUS" : outcome.code } as const;
    }
    return { ok: true, status: outcome.to, version: outcome.version } as const;
  });
}
