// X-3 / S-8: a decision is due 1 working day after the application reaches the school.
// Schools work Monday–Friday 09:00–18:30 Asia/Almaty, except calendar holidays, plus moved
// working days on weekends.
//
// Asia/Almaty is a fixed UTC+5: since 1 March 2024 the whole of Kazakhstan is on UTC+5 and
// observes no daylight saving. A constant offset keeps this module pure and independent of the
// host's time-zone database; instants are `Date`s (UTC), wall time is the instant + 5 h read
// with the getUTC* methods.

export const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** 09:00 local, in minutes after midnight. */
export const WORKDAY_START_MINUTES = 9 * 60;
/** 18:30 local; the workday ends here, so an arrival at exactly 18:30 is after hours. */
export const WORKDAY_END_MINUTES = 18 * 60 + 30;
/** One working day = 9.5 working hours. */
export const WORKING_DAY_MS = (WORKDAY_END_MINUTES - WORKDAY_START_MINUTES) * MINUTE_MS;

/** HOLIDAY: a weekday that is off. WORKDAY: a weekend day moved into a working day. */
export type CalendarException = { date: string; kind: "HOLIDAY" | "WORKDAY" };
export type WorkingCalendar = readonly CalendarException[];
export type TermState = "ON_TIME" | "OVERDUE";

// A calendar that stops having working days is a data error; stop instead of looping forever.
const MAX_DAYS_SCANNED = 366 * 5;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight Almaty of `date` (YYYY-MM-DD) as a UTC instant. */
function almatyMidnight(date: string): number {
  const m = ISO_DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  // The round trip rejects impossible dates such as 2026-02-30, which Date.UTC would roll over.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`date must be a real YYYY-MM-DD date, got "${date}"`);
  }
  return ms - ALMATY_OFFSET_MS;
}

/** The calendar date in Almaty (YYYY-MM-DD) at a given instant — "today" for P-3, X-4, P-9. */
export function almatyDateOf(instant: Date): string {
  return new Date(instant.getTime() + ALMATY_OFFSET_MS).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return almatyDateOf(new Date(almatyMidnight(date) + days * DAY_MS));
}

function exceptionKind(date: string, calendar: WorkingCalendar): CalendarException["kind"] | null {
  return calendar.find((e) => e.date === date)?.kind ?? null;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const kind = exceptionKind(date, calendar);
  if (kind === "HOLIDAY") return false;
  if (kind === "WORKDAY") return true;
  const weekday = new Date(almatyMidnight(date) + ALMATY_OFFSET_MS).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** The working interval [start, end) of a date, as UTC milliseconds. */
function workingHoursOf(date: string): { start: number; end: number } {
  const midnight = almatyMidnight(date);
  return {
    start: midnight + WORKDAY_START_MINUTES * MINUTE_MS,
    end: midnight + WORKDAY_END_MINUTES * MINUTE_MS,
  };
}

function nextWorkingDay(after: string, calendar: WorkingCalendar): string {
  let date = after;
  for (let i = 0; i < MAX_DAYS_SCANNED; i += 1) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) return date;
  }
  throw new RangeError(`no working day within ${MAX_DAYS_SCANNED} days after ${after}`);
}

/**
 * When the term starts counting: at arrival if it is within working hours of a working day,
 * at 09:00 the same day if it is earlier that morning, otherwise 09:00 of the next working day.
 */
export function startOfTerm(arrivedAt: Date, calendar: WorkingCalendar): Date {
  const at = arrivedAt.getTime();
  const today = almatyDateOf(arrivedAt);
  if (isWorkingDay(today, calendar)) {
    const { start, end } = workingHoursOf(today);
    if (at < start) return new Date(start);
    if (at < end) return new Date(at);
  }
  return new Date(workingHoursOf(nextWorkingDay(today, calendar)).start);
}

/**
 * The instant at which `workingDays` × 9.5 working hours have elapsed since the term started.
 * A term that uses up a day exactly ends at that day's 18:30, not at 09:00 of the next one.
 */
export function termDueAt(arrivedAt: Date, calendar: WorkingCalendar, workingDays = 1): Date {
  const start = startOfTerm(arrivedAt, calendar);
  let remaining = workingDays * WORKING_DAY_MS;
  let cursor = start.getTime();
  let date = almatyDateOf(start);
  for (;;) {
    const { end } = workingHoursOf(date);
    const available = end - cursor;
    if (remaining <= available) return new Date(cursor + remaining);
    remaining -= available;
    date = nextWorkingDay(date, calendar);
    cursor = workingHoursOf(date).start;
  }
}

/** Working time between two instants (0 when b is not after a). */
export function workingMillisBetween(a: Date, b: Date, calendar: WorkingCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  let total = 0;
  for (let date = almatyDateOf(a); almatyMidnight(date) < to; date = addDays(date, 1)) {
    if (!isWorkingDay(date, calendar)) continue;
    const { start, end } = workingHoursOf(date);
    total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total;
}

/** S-5 "term" column: overdue once the decision (or, while undecided, now) is past the due time. */
export function termState(arrivedAt: Date, decidedAt: Date | null, now: Date, calendar: WorkingCalendar): TermState {
  const due = termDueAt(arrivedAt, calendar);
  return (decidedAt ?? now).getTime() > due.getTime() ? "OVERDUE" : "ON_TIME";
}
