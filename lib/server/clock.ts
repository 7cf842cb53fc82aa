import "server-only";
import { env } from "@/lib/server/env";
import { almatyDateOf } from "@/lib/calendar/working-time";
import { academicYearFor } from "@/lib/calendar/opening";

// The service's one clock. APP_TODAY (demos, browser tests) moves the business date; the time of
// day stays real, so terms and timestamps keep moving while the admission season stands still.

/**
 * "Now" for the rules. With APP_TODAY it is that date at the current Almaty time of day, so that
 * the seeded applications keep the term they were written for; otherwise the real instant.
 */
export function businessNow(real: Date = new Date(), today: string | null = env().APP_TODAY ?? null): Date {
  if (!today) return real;
  const almatyTimeOfDay = (real.getTime() + 5 * 3_600_000) % 86_400_000;
  return new Date(Date.parse(`${today}T00:00:00+05:00`) + almatyTimeOfDay);
}

/** "Today" for the admission rules, YYYY-MM-DD: APP_TODAY when configured, else Almaty's date. */
export function businessToday(): string {
  return almatyDateOf(businessNow());
}

/** The academic year whose admission campaign "today" belongs to, e.g. "2026-2027". */
export function currentAcademicYear(): string {
  return academicYearFor(businessToday());
}
