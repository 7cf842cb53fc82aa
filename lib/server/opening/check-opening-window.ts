import "server-only";
import { academicYearFor, openingState } from "@/lib/calendar/opening";
import { businessToday } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { getAddressRegistry } from "@/lib/server/integrations/address-registry";
import { getCalendar } from "@/lib/server/integrations/calendar";

export type OpeningWindowCheck =
  | { ok: true; opensOn: string; closesOn: string }
  | {
      ok: false;
      /** YYYY-MM-DD; null when the region has no window for the year (or the school is unknown). */
      opensOn: string | null;
      closesOn: string | null;
      state: "NOT_YET" | "CLOSED" | "NO_WINDOW";
      region: { nameKk: string; nameRu: string } | null;
    };

/**
 * does the school's region take applications today? The region is the address registry's
 * region above the school's address unit; its window for the academic year of `today` comes
 * from the calendar the region administrator keeps. Both ends inclusive. Reads only.
 */
export async function checkOpeningWindow(schoolId: string, today: string = businessToday()): Promise<OpeningWindowCheck> {
  const prisma = await db();
  const school = await prisma.organisation.findFirst({
    where: { id: schoolId, kind: "SCHOOL" },
    select: { addressUnitId: true },
  });
  const region = school ? await getAddressRegistry().regionOf(school.addressUnitId) : null;
  if (!region) return { ok: false, opensOn: null, closesOn: null, state: "NO_WINDOW", region: null };
  const names = { nameKk: region.nameKk, nameRu: region.nameRu };
  const window = await getCalendar().openingWindowOf(region.id, academicYearFor(today));
  if (!window) return { ok: false, opensOn: null, closesOn: null, state: "NO_WINDOW", region: names };
  const state = openingState(window, today);
  if (state.state === "OPEN") return { ok: true, opensOn: state.opensOn, closesOn: state.closesOn };
  return { ok: false, opensOn: state.opensOn, closesOn: state.closesOn, state: state.state, region: names };
}
