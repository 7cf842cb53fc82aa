import "server-only";
import { env } from "@/lib/server/env";
import { clientSource, dayDate, isoDay, type DbClient } from "@/lib/server/integrations/local-db";

// The working calendar (S-8: days that break the Monday–Friday rule) and the regional opening
// windows, as the region administrator keeps them.

export type CalendarException = {
  /** YYYY-MM-DD */
  date: string;
  /** HOLIDAY: a weekday off. WORKDAY: a weekend day worked. */
  kind: "HOLIDAY" | "WORKDAY";
  nameKk: string;
  nameRu: string;
};

export type RegionOpeningWindow = {
  regionId: string;
  academicYear: string;
  /** YYYY-MM-DD, inclusive */
  opensOn: string;
  /** YYYY-MM-DD, inclusive */
  closesOn: string;
};

export type Calendar = {
  /** Exceptions between two dates, both inclusive, in date order. */
  exceptions(from: string, to: string): Promise<CalendarException[]>;
  openingWindowOf(regionId: string, academicYear: string): Promise<RegionOpeningWindow | null>;
  /** Every region's window for the academic year, by opening date. */
  openingWindows(academicYear: string): Promise<RegionOpeningWindow[]>;
};

type WindowRow = { regionId: string; academicYear: string; opensOn: Date; closesOn: Date };

const toWindow = (w: WindowRow): RegionOpeningWindow => ({
  regionId: w.regionId,
  academicYear: w.academicYear,
  opensOn: isoDay(w.opensOn),
  closesOn: isoDay(w.closesOn),
});

export function createLocalCalendar(client?: DbClient): Calendar {
  const prisma = clientSource(client);
  return {
    async exceptions(from, to) {
      const db = await prisma();
      const rows = await db.calendarDay.findMany({
        where: { date: { gte: dayDate(from), lte: dayDate(to) } },
        orderBy: { date: "asc" },
      });
      return rows.map((r) => ({ date: isoDay(r.date), kind: r.kind, nameKk: r.nameKk, nameRu: r.nameRu }));
    },
    async openingWindowOf(regionId, academicYear) {
      const db = await prisma();
      const row = await db.openingWindow.findUnique({ where: { regionId_academicYear: { regionId, academicYear } } });
      return row ? toWindow(row) : null;
    },
    async openingWindows(academicYear) {
      const db = await prisma();
      const rows = await db.openingWindow.findMany({
        where: { academicYear },
        orderBy: [{ opensOn: "asc" }, { regionId: "asc" }],
      });
      return rows.map(toWindow);
    },
  };
}

let local: Calendar | undefined;

/** The calendar chosen by REGISTRY_ADAPTER (only "local" exists today). */
export function getCalendar(): Calendar {
  switch (env().REGISTRY_ADAPTER) {
    case "local":
      return (local ??= createLocalCalendar());
  }
}
