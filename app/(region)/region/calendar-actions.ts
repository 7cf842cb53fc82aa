"use server";

import { revalidatePath } from "next/cache";
import { calendarDaySchema } from "@/lib/calendar/calendar-day-schema";
import { saveCalendarDay } from "@/lib/server/calendar/save-calendar-day";
import { removeCalendarDay } from "@/lib/server/calendar/remove-calendar-day";
import { requirePermission } from "@/lib/server/auth/session";
import { failure } from "@/lib/server/forms/failure";
import { fieldErrorsOf, postedValues, succeeded, type ActionResult } from "@/lib/forms";

const ERRORS = "boCalendar.errors";

// S-8: the holiday calendar is national: only the region (ministry) administrator keeps it,
// from the region area ("calendar:edit"). Schools read it; no school role may change it.
const calendarEditor = () => requirePermission("calendar:edit", "region");

function refresh() {
  revalidatePath("/region");
  revalidatePath("/staff/applications");
}

export async function saveCalendarDayAction(_: unknown, form: FormData): Promise<ActionResult> {
  const user = await calendarEditor();
  const values = postedValues(form);
  const parsed = calendarDaySchema.safeParse(values);
  if (!parsed.success) return failure(ERRORS, { fieldErrors: fieldErrorsOf(parsed.error), values });
  const result = await saveCalendarDay(user, parsed.data);
  if (!result.ok) return failure(ERRORS, { fieldErrors: { kind: [result.error] }, values });
  refresh();
  return succeeded();
}

export async function removeCalendarDayAction(date: string): Promise<ActionResult> {
  const user = await calendarEditor();
  const result = await removeCalendarDay(user, date);
  refresh();
  return result.ok ? succeeded() : failure(ERRORS, { formError: result.error });
}
