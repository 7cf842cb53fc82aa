import "server-only";
import { checkOpeningWindow, type OpeningWindowCheck } from "@/lib/server/opening/check-opening-window";
import { findDraft, updateDraft } from "@/lib/server/applications/draft-store";
import { findCatchmentSchools } from "@/lib/server/catchments/find-catchment-schools";
import { isChoiceSchool } from "@/lib/server/schools/list-choice-schools";

export type SaveSchoolChoiceResult =
  | { ok: true }
  | { ok: false; code: "NOT_FOUND" | "CONFLICT" | "WAY_MISSING" | "NOT_OFFERED" }
  | { ok: false; code: "CLOSED"; window: Exclude<OpeningWindowCheck, { ok: true }> };

/**
 * P-4: the school. By microdistrict it must be one whose catchment holds the child's
 * registration address; outside it, one that admits by choice. Either way its region must be
 * taking applications today. A different school forgets the language and transport.
 */
export async function saveSchoolChoice(parentId: string, draftId: string, schoolId: string): Promise<SaveSchoolChoiceResult> {
  const draft = await findDraft(parentId, draftId);
  if (!draft) return { ok: false, code: "NOT_FOUND" };
  const byCatchment = draft.answers.school?.byCatchment;
  if (typeof byCatchment !== "boolean") return { ok: false, code: "WAY_MISSING" };

  const offered = byCatchment
    ? (await findCatchmentSchools(draft.childIin, draft.academicYear)).schools.some((s) => s.id === schoolId)
    : await isChoiceSchool(schoolId, draft.academicYear);
  if (!offered) return { ok: false, code: "NOT_OFFERED" };

  const window = await checkOpeningWindow(schoolId);
  if (!window.ok) return { ok: false, code: "CLOSED", window };

  const saved = await updateDraft(parentId, draft, (current) => {
    const school = current.answers.school ?? {};
    if (school.schoolId === schoolId) return { answers: current.answers };
    return {
      answers: { ...current.answers, school: { byCatchment, schoolId } },
      columns: { schoolId, isCatchment: byCatchment, language: null, classType: null },
    };
  });
  return saved.ok ? { ok: true } : saved;
}
