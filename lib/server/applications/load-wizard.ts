import "server-only";
import { cache } from "react";
import { firstIncompletePage, type PageId, type WizardFacts } from "@/lib/application/steps";
import { validateDraftAnswers, type WizardAnswers } from "@/lib/application/wizard-schemas";
import { db } from "@/lib/server/db";
import { getPopulationRegistry, type RegistryCitizen } from "@/lib/server/integrations/population-registry";
import { findDraft, type Draft } from "@/lib/server/applications/draft-store";
import { getDocumentsStatus, type DocumentsStatus } from "@/lib/server/applications/get-documents-status";
import { SCHOOL_OPTION_SELECT, type SchoolOption } from "@/lib/server/schools/school-option";

export type WizardState = {
  draft: Draft;
  child: RegistryCitizen | null;
  school: SchoolOption | null;
  documents: DocumentsStatus;
  facts: WizardFacts;
  /** Where a returning parent resumes. */
  resumeAt: PageId;
};

/** Everything a wizard page needs about one of the parent's drafts; null for anyone else's. */
export async function loadWizardFresh(parentId: string, draftId: string): Promise<WizardState | null> {
  const draft = await findDraft(parentId, draftId);
  if (!draft) return null;
  const prisma = await db();
  const schoolId = draft.answers.school?.schoolId;
  const [child, school, documents] = await Promise.all([
    getPopulationRegistry().findCitizen(draft.childIin),
    schoolId ? prisma.organisation.findFirst({ where: { id: schoolId, kind: "SCHOOL" }, select: SCHOOL_OPTION_SELECT }) : null,
    getDocumentsStatus(draft.id, draft.answers.child?.specialNeeds === true),
  ]);
  const facts: WizardFacts = { schoolHasTransport: school?.hasTransport ?? false, documentsComplete: documents.ok };
  return { draft, child, school, documents, facts, resumeAt: firstIncompletePage(draft.answers, facts) };
}

/** loadWizardFresh, once per request (pages, layouts and metadata share the result). */
export const loadWizard = cache(loadWizardFresh);

export type DraftCompleteness =
  | { ok: true; answers: WizardAnswers; state: WizardState }
  | { ok: false; code: "NOT_FOUND" }
  | { ok: false; code: "INCOMPLETE"; firstIncompletePage: PageId };

/**
 * Whether a draft is ready to be signed: every answer valid (validateDraftAnswers), the
 * transport question answered when the school offers transport, and every document attached.
 * With the wizard state it read, so that the caller need not read the draft, child, school and
 * documents again.
 */
export async function checkDraftComplete(parentId: string, draftId: string): Promise<DraftCompleteness> {
  const state = await loadWizardFresh(parentId, draftId);
  if (!state) return { ok: false, code: "NOT_FOUND" };
  const validated = validateDraftAnswers(state.draft.answers);
  if (state.resumeAt !== "review") return { ok: false, code: "INCOMPLETE", firstIncompletePage: state.resumeAt };
  if (!validated.ok) {
    const page = validated.firstIncompleteStep === "school" ? "school/way" : validated.firstIncompleteStep;
    return { ok: false, code: "INCOMPLETE", firstIncompletePage: page };
  }
  return { ok: true, answers: validated.answers, state };
}

export type DraftSummary = { id: string; childIin: string; childName: string; updatedAt: Date; resumeAt: PageId };

/** The parent's drafts, newest first, each with the page to resume at. */
export async function listMyDrafts(parentId: string): Promise<DraftSummary[]> {
  const prisma = await db();
  const rows = await prisma.application.findMany({
    where: { parentId, status: "DRAFT" },
    select: { id: true },
    orderBy: { updatedAt: "desc" },
  });
  const states = await Promise.all(rows.map((r) => loadWizardFresh(parentId, r.id)));
  return states
    .filter((s): s is WizardState => s !== null)
    .map((s) => ({
      id: s.draft.id,
      childIin: s.draft.childIin,
      childName: s.child?.fullName ?? s.draft.childIin,
      updatedAt: s.draft.updatedAt,
      resumeAt: s.resumeAt,
    }));
}
