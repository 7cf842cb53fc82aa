import { getLocale } from "next-intl/server";
import * as dates from "@/lib/i18n/dates";

// Server components' shortcut to lib/i18n/dates in the request's language.

/** A calendar date (YYYY-MM-DD or a Date at UTC midnight) in the reader's language. */
export async function formatDay(value: string | Date, style: "long" | "short" = "long"): Promise<string> {
  return dates.formatDay(value, await getLocale(), style);
}

/** A moment in Almaty time, e.g. for history rows and notifications. */
export async function formatMoment(value: Date): Promise<string> {
  return dates.formatMoment(value, await getLocale());
}
