import "server-only";
import { env } from "@/lib/server/env";
import { todayInAlmaty } from "@/lib/calendar/today";
import { academicYearFor } from "@/lib/calendar/opening";

/** "Today" for the admission rules: APP_TODAY when configured (demos, tests), else Almaty's date. */
export function businessToday(): string {
  return env().APP_TODAY ?? todayInAlmaty();
}

/** The academic year whose admission campaign "today" belongs to, e.g. "2026-2027". */
export function currentAcademicYear(): string {
  return academicYearFor(businessToday());
}
