"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { templateSchema } from "@/lib/server/backoffice/response-template-schema";
import { saveResponseTemplate } from "@/lib/server/backoffice/save-response-template";
import { deleteResponseTemplate } from "@/lib/server/backoffice/delete-response-template";
import { fieldErrorsOf, formValues } from "@/lib/forms";
import type { ActionResult } from "@/components/staff/form-state";
import { RECORD_ID } from "@/lib/ids";

// S-6 «Жауаптардың үлгісі»: the school's response templates, kept by those who review.

const id = z.string().regex(RECORD_ID);

export async function saveTemplateAction(_: unknown, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("application:review", "staff");
  const values = formValues(form);
  const parsed = templateSchema.safeParse(values);
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: fieldErrorsOf(parsed.error), values };
  const templateId = values.templateId ? id.safeParse(values.templateId) : null;
  if (templateId && !templateId.success) return { ok: false, at: Date.now(), fieldErrors: {}, formError: "NOT_FOUND", values };
  const result = await saveResponseTemplate(user, templateId?.data ?? null, parsed.data);
  if (!result.ok) return { ok: false, at: Date.now(), fieldErrors: {}, formError: result.error, values };
  revalidatePath("/staff/templates");
  return { ok: true, at: Date.now() };
}

export async function deleteTemplateAction(templateId: string) {
  const user = await requirePermission("application:review", "staff");
  const parsed = id.safeParse(templateId);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND" as const };
  const result = await deleteResponseTemplate(user, parsed.data);
  revalidatePath("/staff/templates");
  return result;
}
