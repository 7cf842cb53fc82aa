"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { templateSchema } from "@/lib/application/response-template-schema";
import { saveResponseTemplate } from "@/lib/server/applications/save-response-template";
import { deleteResponseTemplate } from "@/lib/server/applications/delete-response-template";
import { failure } from "@/lib/server/forms/failure";
import { recordIdSchema, fieldErrorsOf, postedValues, succeeded, type ActionResult } from "@/lib/forms";

// S-6 «Жауаптардың үлгісі»: the school's response templates, kept by those who review.

const ERRORS = "boTemplates.errors";
const id = recordIdSchema;

export async function saveTemplateAction(_: unknown, form: FormData): Promise<ActionResult> {
  const user = await requirePermission("application:review", "staff");
  const values = postedValues(form);
  const parsed = templateSchema.safeParse(values);
  if (!parsed.success) return failure(ERRORS, { fieldErrors: fieldErrorsOf(parsed.error), values });
  const templateId = values.templateId ? id.safeParse(values.templateId) : null;
  if (templateId && !templateId.success) return failure(ERRORS, { formError: "NOT_FOUND", values });
  const result = await saveResponseTemplate(user, templateId?.data ?? null, parsed.data);
  if (!result.ok) return failure(ERRORS, { formError: result.error, values });
  revalidatePath("/staff/templates");
  return succeeded();
}

export async function deleteTemplateAction(templateId: string): Promise<ActionResult> {
  const user = await requirePermission("application:review", "staff");
  const parsed = id.safeParse(templateId);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await deleteResponseTemplate(user, parsed.data);
  revalidatePath("/staff/templates");
  return result.ok ? succeeded() : failure(ERRORS, { formError: result.error });
}
