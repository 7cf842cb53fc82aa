"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { requestChildConsent } from "@/lib/server/children/request-child-consent";
import { answerConsentSms } from "@/lib/server/children/answer-consent-sms";
import { failure } from "@/lib/server/forms/failure";
import { consentReplySchema, consentRequestSchema } from "@/lib/consent/consent-schemas";
import { succeeded, type ActionResult } from "@/lib/forms";

// P-2: the parent asks for the child's consent (an SMS from 1414) and types the reply. Both
// answer with the one ActionResult, its messages from children.errors.

const ERRORS = "children.errors";

export async function requestConsentAction(_: unknown, form: FormData): Promise<ActionResult> {
  const parent = await requirePermission("child:consent", "parent");
  const input = consentRequestSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return failure(ERRORS, { formError: "not_your_child" });
  const result = await requestChildConsent(parent, input.data.childIin);
  revalidatePath("/cabinet/children");
  return result.ok ? succeeded() : failure(ERRORS, { formError: result.error, values: { childIin: input.data.childIin } });
}

export async function replyConsentAction(_: unknown, form: FormData): Promise<ActionResult> {
  const parent = await requirePermission("child:consent", "parent");
  const input = consentReplySchema.safeParse(Object.fromEntries(form));
  if (!input.success) return failure(ERRORS, { formError: "reply_empty", values: { childIin: String(form.get("childIin") ?? "") } });
  const result = await answerConsentSms(parent, input.data.childIin, input.data.reply);
  revalidatePath("/cabinet/children");
  return result.ok ? succeeded() : failure(ERRORS, { formError: result.error, values: { childIin: input.data.childIin } });
}
