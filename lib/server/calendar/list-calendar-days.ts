import "server-only";
import { getCalendar } from "@/lib/server/integrations/calendar";

/** The days of a year range, in date order. */
export function listCalendarDays(fromYear: number, toYear: number) {
  return getCalendar().exceptions(`${fromYear}-01-01`, `${toYear}-12-31`);
}
