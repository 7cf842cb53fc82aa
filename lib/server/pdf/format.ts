import "server-only";

// Dates and times on documents: dd.mm.yyyy, and hh:mm in Asia/Almaty (the service's clock).

const DAY = new Intl.DateTimeFormat("ru-RU", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Almaty" });
const CALENDAR_DAY = new Intl.DateTimeFormat("ru-RU", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const MOMENT = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: "Asia/Almaty",
});

/** A moment's Almaty date, "22.11.2026". */
export function almatyDay(value: Date): string {
  return DAY.format(value);
}

/** A calendar date (Date at UTC midnight, or "YYYY-MM-DD"), "14.03.2020". */
export function calendarDay(value: Date | string): string {
  return CALENDAR_DAY.format(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
}

/** A moment in Almaty time, "22.11.2026 14:05:09". */
export function almatyMoment(value: Date): string {
  return MOMENT.format(value).replace(",", "");
}

/** A SHA-256 hex digest in four groups, so it wraps on a narrow column. */
export function groupedHash(hex: string): string {
  return hex.match(/.{1,16}/g)?.join(" ") ?? hex;
}
