"use server";

import { revalidatePath } from "next/cache";
import { calendarDaySchema } from "@/lib/server/backoffice/calendar-day-schema";
import { saveCalendarDay } from "@/lib/server/backoffice/save-calendar-day";
import { removeCalendarDay } from "@/lib/server/backoffice/remove-calendar-day";
import { requirePermission } from "@/lib/server/auth/session";
import { fieldErrorsOf, formValues } from "@/lib/forms";
import type { ActionResult } from "@/components/staff/form-state";

// S-8: the holiday calendar is national: only the region (ministry) administrator keeps it,
// from the region area ("calendar:edit"). Schools read it; no school role may change it.
const calendarEditor = () => requirePermission("calendar:edit", "region");

function refresh() {
  revalidatePath("/region");
  revalidatePath("/staff/applications");
}

export async function saveCalendarDayAction(_: unknown, form: FormData): Promise<ActionResult> {
  const user = await calendarEditor();
  const values = formValues(form);
  const parsed = calendarDaySchema.safeParse(values);
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await saveCalendarDay(user, parsed.data);
  if (!result.ok) return { ok: false, at: Date.now(), fieldErrors: { kind: [result.error] }, values };
  refresh();
  return { ok: true, at: Date.now() };
}

export async function removeCalendarDayAction(date: string) {
  const user = await calendarEditor();
  const result = await removeCalendarDay(user, date);
  refresh();
  return result;
}
