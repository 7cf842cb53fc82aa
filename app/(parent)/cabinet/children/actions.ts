"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { requestChildConsent } from "@/lib/server/consent/request-child-consent";
import { answerConsentSms } from "@/lib/server/consent/answer-consent-sms";

export type ConsentFormState = { ok?: boolean; error?: string; childIin?: string };

const requestInput = z.object({ childIin: z.string().regex(/^\d{12}$/) });
const replyInput = z.object({ childIin: z.string().regex(/^\d{12}$/), reply: z.string().trim().min(1).max(20) });

export async function requestConsentAction(_: ConsentFormState, form: FormData): Promise<ConsentFormState> {
  const parent = await requirePermission("child:consent", "parent");
  const input = requestInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: "not_your_child" };
  const result = await requestChildConsent(parent, input.data.childIin);
  revalidatePath("/cabinet/children");
  return result.ok ? { ok: true, childIin: input.data.childIin } : { error: result.error, childIin: input.data.childIin };
}

export async function replyConsentAction(_: ConsentFormState, form: FormData): Promise<ConsentFormState> {
  const parent = await requirePermission("child:consent", "parent");
  const input = replyInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { error: "reply_empty", childIin: String(form.get("childIin") ?? "") };
  const result = await answerConsentSms(parent, input.data.childIin, input.data.reply);
  revalidatePath("/cabinet/children");
  return result.ok ? { ok: true, childIin: input.data.childIin } : { error: result.error, childIin: input.data.childIin };
}
