import { getFormatter } from "next-intl/server";

/** A calendar date (YYYY-MM-DD or a Date at UTC midnight) in the reader's language. */
export async function formatDay(value: string | Date, style: "long" | "short" = "long"): Promise<string> {
  const format = await getFormatter();
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return format.dateTime(date, style === "long" ? { day: "numeric", month: "long", timeZone: "UTC" } : { dateStyle: "short", timeZone: "UTC" });
}

/** A moment in Almaty time, e.g. for history rows and notifications. */
export async function formatMoment(value: Date): Promise<string> {
  const format = await getFormatter();
  return format.dateTime(value, { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Almaty" });
}
