"use server";

import { redirect } from "next/navigation";
import { pagePath } from "@/lib/application/steps";
import { schoolSchema } from "@/lib/application/wizard-schemas";
import { fieldErrorsOf, postedValues, yesNo } from "@/lib/forms";
import { saveSchoolChoice } from "@/lib/server/applications/save-school-choice";
import { saveSchoolSeat } from "@/lib/server/applications/save-school-seat";
import { saveSchoolWay } from "@/lib/server/applications/save-school-way";
import type { ActionResult, ActionState } from "@/lib/forms";
import { requireApplicant } from "../../_lib/load-page";
import { closedMessage } from "../../_lib/closed-message";
import { failure, formFailure, goOn, text } from "../../_lib/form-actions";

const waySchema = schoolSchema.pick({ byCatchment: true });
const choiceSchema = schoolSchema.pick({ schoolId: true });
const seatSchema = schoolSchema.pick({ language: true, classType: true });

function common(form: FormData) {
  return { draftId: text(form, "draftId") ?? "", fromReview: text(form, "returnTo") === "review", values: postedValues(form) };
}

/** P-4: by microdistrict or not. */
export async function saveWayAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const { draftId, fromReview, values } = common(form);
  const parsed = waySchema.safeParse({ byCatchment: yesNo(form.get("byCatchment")) });
  if (!parsed.success) return failure(values, fieldErrorsOf(parsed.error));
  const saved = await saveSchoolWay(parent.id, draftId, parsed.data.byCatchment);
  if (!saved.ok) return formFailure(values, saved.code === "CONFLICT" ? "conflict" : "notFound");
  return goOn(parent.id, draftId, "school/way", fromReview);
}

/** "Apply outside the microdistrict" from the Figure-14 message: the way becomes "No". */
export async function switchToOutsideAction(form: FormData): Promise<void> {
  const parent = await requireApplicant();
  const draftId = text(form, "draftId") ?? "";
  await saveSchoolWay(parent.id, draftId, false);
  redirect(pagePath(draftId, "school/choose"));
}

/** P-4: the school, from the catchment list or the cascade; its region must be open. */
export async function saveChoiceAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const { draftId, fromReview, values } = common(form);
  const parsed = choiceSchema.safeParse({ schoolId: text(form, "schoolId") });
  if (!parsed.success) return failure(values, fieldErrorsOf(parsed.error));
  const saved = await saveSchoolChoice(parent.id, draftId, parsed.data.schoolId);
  if (!saved.ok) {
    if (saved.code === "CLOSED") return failure(values, {}, await closedMessage(saved.window, "schoolId"));
    if (saved.code === "NOT_OFFERED") return failure(values, { schoolId: ["notOffered"] });
    if (saved.code === "WAY_MISSING") return formFailure(values, "stepMissing");
    return formFailure(values, saved.code === "CONFLICT" ? "conflict" : "notFound");
  }
  return goOn(parent.id, draftId, "school/choose", fromReview);
}

/** P-4: language of instruction and class type, one unit with a free seat. */
export async function saveSeatAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const { draftId, fromReview, values } = common(form);
  const [classType, language] = (text(form, "seat") ?? "").split(":");
  const parsed = seatSchema.safeParse({ classType, language });
  if (!parsed.success) return failure(values, { seat: ["seatRequired"] });
  const saved = await saveSchoolSeat(parent.id, draftId, parsed.data);
  if (!saved.ok) {
    if (saved.code === "CLOSED") return failure(values, {}, await closedMessage(saved.window, "seat"));
    if (saved.code === "FULL") return failure(values, { seat: ["seatFull"] });
    if (saved.code === "NOT_OFFERED") return failure(values, { seat: ["notOffered"] });
    if (saved.code === "SCHOOL_MISSING") return formFailure(values, "stepMissing");
    return formFailure(values, saved.code === "CONFLICT" ? "conflict" : "notFound");
  }
  return goOn(parent.id, draftId, "school/language", fromReview);
}
