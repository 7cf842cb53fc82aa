"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { preparedSigning } from "@/lib/server/signing/prepared-signing";
import { failure, translator } from "@/lib/server/forms/failure";
import { formatDay } from "@/components/format";
import { prepareSubmission } from "@/lib/server/applications/prepare-submission";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { prepareWithdrawal, withdrawApplication } from "@/lib/server/applications/withdraw-application";
import { recordIdSchema, succeeded, type ActionResult } from "@/lib/forms";
import type { PreparedSigning } from "@/lib/signing/prepared";

// P-6 / P-9: the parent's two signed steps, each a prepare → sign → complete run answering
// with the one ActionResult, its messages from journey.errors.

const ERRORS = "journey.errors";
const id = recordIdSchema;

/** Step 4: check everything again and turn the reviewed draft into a document to sign. */
export async function prepareSubmissionAction(draftId: string): Promise<ActionResult<PreparedSigning>> {
  const parent = await requirePermission("application:apply", "parent");
  const parsed = id.safeParse(draftId);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await prepareSubmission(parent, parsed.data);
  if (!result.ok) {
    if (result.error !== "CLOSED") return failure(ERRORS, { formError: result.error });
    const t = await translator(ERRORS);
    return failure(ERRORS, { formError: t("CLOSED", { opensOn: await day(result.opensOn), closesOn: await day(result.closesOn) }) });
  }
  return succeeded(preparedSigning(result));
}

/** After the signature: submit (idempotent — a repeated call returns the same application). */
export async function submitApplicationAction(requestId: string): Promise<ActionResult<{ applicationId: string; number: number }>> {
  const parent = await requirePermission("application:apply", "parent");
  const parsed = id.safeParse(requestId);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await submitApplication(parent, parsed.data);
  revalidatePath("/cabinet/applications");
  if (!result.ok) return failure(ERRORS, { formError: result.error });
  return succeeded({ applicationId: result.applicationId, number: result.number });
}

export async function prepareWithdrawalAction(applicationId: string): Promise<ActionResult<PreparedSigning>> {
  const parent = await requirePermission("application:withdraw", "parent");
  const parsed = id.safeParse(applicationId);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await prepareWithdrawal(parent, parsed.data);
  if (!result.ok) return failure(ERRORS, { formError: result.error });
  return succeeded(preparedSigning(result));
}

export async function withdrawApplicationAction(requestId: string): Promise<ActionResult<{ applicationId: string }>> {
  const parent = await requirePermission("application:withdraw", "parent");
  const parsed = id.safeParse(requestId);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await withdrawApplication(parent, parsed.data);
  revalidatePath("/cabinet/applications");
  if (!result.ok) return failure(ERRORS, { formError: result.error });
  revalidatePath(`/cabinet/applications/${result.applicationId}`);
  return succeeded({ applicationId: result.applicationId });
}

async function day(isoDate: string): Promise<string> {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDay(isoDate) : isoDate;
}
