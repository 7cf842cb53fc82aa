import "server-only";
import { updateDraft } from "@/lib/server/applications/draft-store";

export type SaveResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "CONFLICT" };

/**
 * P-4 "Choose a school by microdistrict?" Changing the answer forgets the school chosen the
 * other way, with its language and transport: they were picked from a different list.
 */
export async function saveSchoolWay(parentId: string, draftId: string, byCatchment: boolean): Promise<SaveResult> {
  const saved = await updateDraft(parentId, draftId, (draft) => {
    const school = draft.answers.school ?? {};
    if (school.byCatchment === byCatchment) return { answers: draft.answers };
    return {
      answers: { ...draft.answers, school: { byCatchment } },
      columns: { isCatchment: byCatchment, schoolId: null, language: null, classType: null },
    };
  });
  return saved.ok ? { ok: true } : saved;
}
