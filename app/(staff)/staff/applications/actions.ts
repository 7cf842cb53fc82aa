"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { preparedSigning } from "@/lib/server/signing/prepared-signing";
import { reviewApplication } from "@/lib/server/applications/review-application";
import { startDecision } from "@/lib/server/applications/start-decision";
import { completeDecision } from "@/lib/server/applications/complete-decision";
import { failure } from "@/lib/server/forms/failure";
import { fieldErrorsOf, succeeded, type ActionResult, type FieldErrors } from "@/lib/forms";
import type { PreparedSigning } from "@/lib/signing/prepared";
import { decisionCompleteSchema, decisionStartSchema, reviewSchema } from "@/lib/application/review-schemas";

// S-6 / S-7 server actions: parse, check the permission, delegate to the use case, and answer
// with the one ActionResult, its messages from boReview.errors.

const ERRORS = "boReview.errors";
function refresh(applicationId: string) {
  revalidatePath("/staff/applications");
  revalidatePath(`/staff/applications/${applicationId}`);
  revalidatePath("/staff/signing");
  revalidatePath("/staff");
}

/** «Өтінімді растау» and «Басшыға мақұлдау үшін жіберу». */
export async function reviewAction(_: unknown, form: FormData): Promise<ActionResult<{ status: string }>> {
  const user = await requirePermission("application:confirm-documents", "staff");
  const values = { comment: String(form.get("comment") ?? ""), inclusion: String(form.get("inclusion") ?? "") };
  const parsed = reviewSchema.safeParse({ ...Object.fromEntries(form), inclusion: form.get("inclusion") ?? undefined });
  if (!parsed.success) {
    // A problem with what was typed is said on its field; anything else (a forged id, event or
    // version) is an application this person cannot act on.
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.comment
      ? failure(ERRORS, { fieldErrors: { comment: fieldErrors.comment }, values })
      : failure(ERRORS, { formError: "NOT_FOUND", values });
  }
  const input = parsed.data;
  const result = await reviewApplication(user, {
    applicationId: input.applicationId,
    event: input.event,
    comment: input.comment,
    inclusion: input.inclusion === undefined ? null : input.inclusion === "yes",
    expectedVersion: input.expectedVersion,
  });
  if (!result.ok) {
    const fieldErrors: FieldErrors =
      result.error === "COMMENT_REQUIRED"
        ? { comment: [result.error] }
        : result.error === "INCLUSION_REQUIRED"
          ? { inclusion: [result.error] }
          : {};
    // Both missing at once: say both, not one after the other.
    if (input.event === "CONFIRM_DOCUMENTS" && !input.comment?.trim() && input.inclusion === undefined) {
      return failure(ERRORS, { fieldErrors: { comment: ["COMMENT_REQUIRED"], inclusion: ["INCLUSION_REQUIRED"] }, values });
    }
    const isFieldError = Object.keys(fieldErrors).length > 0;
    return failure(ERRORS, { fieldErrors, formError: isFieldError ? undefined : result.error, values });
  }
  refresh(input.applicationId);
  return succeeded({ status: result.status });
}

/**
 * A signed decision: accepting is the director's ("application:decide"); a refusal is also the
 * executor's before the director's stage, so it needs "application:review" here, and the status
 * table asks for "application:decide" once the application awaits the director's signature.
 */

/** The first half of a signed decision: the signing request the dialog then signs. */
export async function startDecisionAction(input: z.input<typeof decisionStartSchema>): Promise<ActionResult<PreparedSigning>> {
  const parsed = decisionStartSchema.safeParse(input);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const user =
    parsed.data.decision === "ACCEPT"
      ? await requirePermission("application:decide", "staff")
      : await requirePermission("application:review", "staff");
  const result = await startDecision(user, parsed.data);
  if (!result.ok) return failure(ERRORS, { formError: result.error });
  return succeeded(preparedSigning(result));
}

/** The second half: once the signature is stored, the decision is taken in one transaction. */
export async function completeDecisionAction(input: z.input<typeof decisionCompleteSchema>): Promise<ActionResult> {
  const parsed = decisionCompleteSchema.safeParse(input);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const user =
    parsed.data.decision === "ACCEPT"
      ? await requirePermission("application:decide", "staff")
      : await requirePermission("application:review", "staff");
  const result = await completeDecision(user, parsed.data);
  if (!result.ok) return failure(ERRORS, { formError: result.error });
  refresh(parsed.data.applicationId);
  return succeeded();
}
