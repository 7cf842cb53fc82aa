// Every date and time the service writes, in one module. Dates are counted in Asia/Almaty (the
// service's clock); a calendar date ("YYYY-MM-DD", or a Date at UTC midnight) is shown as is.
// Screens write in the reader's language; documents (PDF) use one numeric form for everybody.

export const SERVICE_TIME_ZONE = "Asia/Almaty";

const asDate = (value: string | Date) => (typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);

// ─────────────────────────── on screens ────────────────────────────────

/** A calendar date in the reader's language: "14 наурыз" (long) or "14.03.2020" (short). */
export function formatDay(value: string | Date, locale: string, style: "long" | "short" = "long"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "long" ? { day: "numeric", month: "long", timeZone: "UTC" } : { dateStyle: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(asDate(value));
}

/** A calendar date with its year in the reader's language, "2026 ж. 14 наурыз". */
export function formatLongDate(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(asDate(value));
}

/** A moment in Almaty time, e.g. for history rows and notifications. */
export function formatMoment(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: SERVICE_TIME_ZONE }).format(value);
}

/** A calendar date's short weekday name, "дс". */
export function formatWeekday(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(asDate(value));
}

// ─────────────────────────── on documents ──────────────────────────────

const DOCUMENT_DAY = new Intl.DateTimeFormat("ru-RU", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: SERVICE_TIME_ZONE });
const DOCUMENT_CALENDAR_DAY = new Intl.DateTimeFormat("ru-RU", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const DOCUMENT_MOMENT = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: SERVICE_TIME_ZONE,
});

/** A moment's Almaty date on a document, "22.11.2026". */
export function almatyDay(value: Date): string {
  return DOCUMENT_DAY.format(value);
}

/** A calendar date on a document, "14.03.2020". */
export function calendarDay(value: Date | string): string {
  return DOCUMENT_CALENDAR_DAY.format(asDate(value));
}

/** A moment in Almaty time on a document, "22.11.2026 14:05:09". */
export function almatyMoment(value: Date): string {
  return DOCUMENT_MOMENT.format(value).replace(",", "");
}
