import "server-only";
import type { DocumentsCheck } from "@/lib/application/wizard-schemas";
import { findDraft, updateDraft } from "@/lib/server/applications/draft-store";
import { getDocumentsStatus } from "@/lib/server/applications/get-documents-status";

export type SaveDocumentsResult =
  | { ok: true }
  | { ok: false; code: "NOT_FOUND" | "CONFLICT" }
  | { ok: false; code: "DOCUMENTS_MISSING"; missing: DocumentsCheck["missing"] };

/**
 * Step 3 (P-5): "Next" only when every required document is attached — checked here again,
 * whatever the page showed — and both consents are ticked (the schema makes them `true`).
 */
export async function saveDocumentsStep(
  parentId: string,
  draftId: string,
  consents: { dataCorrect: true; externalDataConsent: true },
): Promise<SaveDocumentsResult> {
  const draft = await findDraft(parentId, draftId);
  if (!draft) return { ok: false, code: "NOT_FOUND" };
  const status = await getDocumentsStatus(draft.id, draft.answers.child?.specialNeeds === true);
  if (!status.ok) return { ok: false, code: "DOCUMENTS_MISSING", missing: status.missing };
  const saved = await updateDraft(parentId, draft, (current) => ({
    answers: { ...current.answers, documents: consents },
  }));
  return saved.ok ? { ok: true } : saved;
}
