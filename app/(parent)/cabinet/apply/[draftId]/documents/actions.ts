"use server";

import { documentsSchema, type DocumentsCheck } from "@/lib/application/wizard-schemas";
import { fieldErrorsOf, postedValues, isTicked, type FieldErrors } from "@/lib/forms";
import { getDraftDocumentsStatus } from "@/lib/server/applications/get-documents-status";
import { saveDocumentsStep } from "@/lib/server/applications/save-documents-step";
import type { ActionResult, ActionState } from "@/lib/forms";
import { requireApplicant } from "../../_lib/load-page";
import { failure, formFailure, goOn, text } from "../../_lib/form-actions";

/** The error summary's entry for a missing document links to that document's section. */
function missingErrors(missing: DocumentsCheck["missing"]): FieldErrors {
  const errors: FieldErrors = {};
  for (const item of missing) {
    const kind = item.startsWith("PMPK") ? "PMPK" : item;
    (errors[`doc-${kind}`] ??= []).push(`missing.${item}`);
  }
  return errors;
}

/** Step 3 (P-5): every required document attached (checked here, not trusted from the page) and both consents ticked. */
export async function saveDocumentsAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const values = postedValues(form);
  const draftId = text(form, "draftId") ?? "";
  const parsed = documentsSchema.safeParse({
    dataCorrect: isTicked(form.get("dataCorrect")),
    externalDataConsent: isTicked(form.get("externalDataConsent")),
  });
  if (!parsed.success) {
    // Every problem at once: the missing documents as well as the consents.
    const status = await getDraftDocumentsStatus(parent.id, draftId);
    if (!status) return formFailure(values, "notFound");
    return failure(values, { ...missingErrors(status.missing), ...fieldErrorsOf(parsed.error) });
  }
  const saved = await saveDocumentsStep(parent.id, draftId, parsed.data);
  if (!saved.ok) {
    if (saved.code === "DOCUMENTS_MISSING") return failure(values, missingErrors(saved.missing));
    return formFailure(values, saved.code === "CONFLICT" ? "conflict" : "notFound");
  }
  return goOn(parent.id, draftId, "documents", text(form, "returnTo") === "review");
}
