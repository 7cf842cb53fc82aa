"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { reviewApplication } from "@/lib/server/backoffice/review-application";
import { startDecision } from "@/lib/server/backoffice/start-decision";
import { completeDecision } from "@/lib/server/backoffice/complete-decision";
import type { ActionResult, FieldErrors } from "@/components/staff/form-state";
import { RECORD_ID } from "@/lib/ids";

// S-6 / S-7 server actions: parse, check the permission, delegate to the use case, and answer
// with one typed result whose error codes the forms translate (boReview.errors.*).

const id = z.string().regex(RECORD_ID);
const version = z.coerce.number().int().min(0);

const reviewInput = z.object({
  applicationId: id,
  event: z.enum(["CONFIRM_DOCUMENTS", "SEND_TO_DIRECTOR"]),
  comment: z.string().max(2000, { error: "TOO_LONG" }).optional(),
  inclusion: z.enum(["yes", "no"]).optional(),
  expectedVersion: version,
});

function refresh(applicationId: string) {
  revalidatePath("/staff/applications");
  revalidatePath(`/staff/applications/${applicationId}`);
  revalidatePath("/staff/signing");
  revalidatePath("/staff");
}

/** «Өтінімді растау» and «Басшыға мақұлдау үшін жіберу». */
export async function reviewAction(_: unknown, form: FormData): Promise<ActionResult<{ status: string }>> {
  const user = await requirePermission("application:review", "staff");
  const values = { comment: String(form.get("comment") ?? ""), inclusion: String(form.get("inclusion") ?? "") };
  const parsed = reviewInput.safeParse({ ...Object.fromEntries(form), inclusion: form.get("inclusion") ?? undefined });
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: {}, formError: "NOT_FOUND", values };
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
      result.error === "COMMENT_REQUIRED" ? { comment: [result.error] } : result.error === "INCLUSION_REQUIRED" ? { inclusion: [result.error] } : {};
    // Both missing at once: say both, not one after the other.
    if (input.event === "CONFIRM_DOCUMENTS" && !input.comment?.trim() && input.inclusion === undefined) {
      return { ok: false, at: Date.now(), fieldErrors: { comment: ["COMMENT_REQUIRED"], inclusion: ["INCLUSION_REQUIRED"] }, values };
    }
    const isFieldError = Object.keys(fieldErrors).length > 0;
    return { ok: false, at: Date.now(), fieldErrors, formError: isFieldError ? undefined : result.error, values };
  }
  refresh(input.applicationId);
  return { ok: true, at: Date.now(), data: { status: result.status } };
}

const decisionStart = z.object({
  applicationId: id,
  decision: z.enum(["ACCEPT", "REJECT"]),
  reason: z.string().max(2000).optional(),
  expectedVersion: version,
});

/** The first half of a signed decision: the signing request the dialog then signs. */
export async function startDecisionAction(input: z.input<typeof decisionStart>) {
  const parsed = decisionStart.safeParse(input);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND" as const };
  const user = await requirePermission("application:review", "staff");
  return startDecision(user, parsed.data);
}

const decisionComplete = z.object({ requestId: id, decision: z.enum(["ACCEPT", "REJECT"]), expectedVersion: version, applicationId: id });

/** The second half: once the signature is stored, the decision is taken in one transaction. */
export async function completeDecisionAction(input: z.input<typeof decisionComplete>) {
  const parsed = decisionComplete.safeParse(input);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND" as const };
  const user = await requirePermission("application:review", "staff");
  const result = await completeDecision(user, parsed.data);
  if (result.ok) refresh(parsed.data.applicationId);
  return result;
}
