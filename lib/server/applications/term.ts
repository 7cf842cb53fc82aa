import "server-only";
import { termDueAt, termState, type TermState, type WorkingCalendar } from "@/lib/calendar/working-time";
import { getCalendar } from "@/lib/server/integrations/calendar";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * S-8: the holidays and moved working days the term is counted with. The table is small (a
 * few dozen rows a year), so it is read whole rather than per date range.
 */
export async function loadWorkingCalendar(): Promise<WorkingCalendar> {
  const days = await getCalendar().exceptions("2000-01-01", "2099-12-31");
  return days.map((d) => ({ date: d.date, kind: d.kind }));
}

export type Term = { state: TermState; dueAt: Date } | null;

/**
 * The S-5 "term" column. Counted from the moment the application reached the school; it stops
 * at the decision. A withdrawn application had no decision to make and has no term.
 */
export function termOf(
  application: { status: ApplicationStatus; submittedAt: Date | null; decidedAt: Date | null },
  calendar: WorkingCalendar,
  now: Date,
): Term {
  if (!application.submittedAt || application.status === "WITHDRAWN" || application.status === "DRAFT") return null;
  // A decision is never later than "now". Only in a demo running on APP_TODAY can a decision
  // taken today (real time) look like one from the future; it is counted as taken now.
  const decidedAt = application.decidedAt && application.decidedAt > now ? now : application.decidedAt;
  return {
    state: termState(application.submittedAt, decidedAt, now, calendar),
    dueAt: termDueAt(application.submittedAt, calendar),
  };
}
