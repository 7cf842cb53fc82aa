import "server-only";
import type { WizardClassType, WizardLanguage } from "@/lib/application/wizard-schemas";
import { checkOpeningWindow, type OpeningWindowCheck } from "@/lib/server/opening/check-opening-window";
import { findDraft, updateDraft } from "@/lib/server/applications/draft-store";
import { getSeatOptions } from "@/lib/server/schools/get-seat-options";

export type SaveSeatResult =
  | { ok: true }
  | { ok: false; code: "NOT_FOUND" | "CONFLICT" | "SCHOOL_MISSING" | "NOT_OFFERED" | "FULL" }
  | { ok: false; code: "CLOSED"; window: Exclude<OpeningWindowCheck, { ok: true }> };

/**
 * P-4: language of instruction and class type — one capacity unit of the school's campaign
 * with a seat still free for this child (X-2: outside the microdistrict only the quota's share).
 * The seat itself is reserved only when the application is signed.
 */
export async function saveSchoolSeat(
  parentId: string,
  draftId: string,
  choice: { language: WizardLanguage; classType: WizardClassType },
): Promise<SaveSeatResult> {
  const draft = await findDraft(parentId, draftId);
  if (!draft) return { ok: false, code: "NOT_FOUND" };
  const school = draft.answers.school;
  if (!school?.schoolId || typeof school.byCatchment !== "boolean") return { ok: false, code: "SCHOOL_MISSING" };

  const window = await checkOpeningWindow(school.schoolId);
  if (!window.ok) return { ok: false, code: "CLOSED", window };

  const seats = await getSeatOptions(school.schoolId, draft.academicYear, school.byCatchment);
  const seat = seats.find((s) => s.language === choice.language && s.classType === choice.classType);
  if (!seat) return { ok: false, code: "NOT_OFFERED" };
  if (seat.free <= 0) return { ok: false, code: "FULL" };

  const saved = await updateDraft(parentId, draft, (current) => ({
    answers: { ...current.answers, school: { ...current.answers.school, ...choice } },
    columns: { language: choice.language, classType: choice.classType },
  }));
  return saved.ok ? { ok: true } : saved;
}
