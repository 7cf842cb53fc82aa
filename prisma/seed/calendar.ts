// The working calendar (S-8) and the opening schedule.
//
// Days off of 2026 under the Law «On holidays in the Republic of Kazakhstan»: a state or
// national holiday falling on a Saturday or Sunday moves the day off to the next working day
// (Labour Code art. 85) — in 2026: 8 March → 9 March, 21–22 March → 24–25 March, 9 May → 11 May,
// 30 August → 31 August, 25 October → 26 October. Religious holidays (7 January, Kurban ait)
// are not moved. Holidays that fall on a weekend are listed too, so the calendar can name them.
//
// The government may also swap a working Saturday for a bridge day. The 2026 calendar has no
// such swap, so the real one of 2023 (Saturday 1 July worked, Friday 7 July off) shows the
// WORKDAY kind.
import type { Prisma } from "@/lib/generated/prisma/client";
import { OPENING_SCHEDULE_2026 } from "@/lib/calendar/opening";
import { REGION_UNIT_IDS } from "./addresses";
import { DEMO_ACADEMIC_YEAR } from "./campaigns";

type Day = [date: string, nameKk: string, nameRu: string];

const NEW_YEAR: [string, string] = ["Жаңа жыл", "Новый год"];
const NAURYZ: [string, string] = ["Наурыз мейрамы", "Наурыз мейрамы"];
const CHRISTMAS: [string, string] = ["Православиелік Рождество", "Православное Рождество"];
const moved = (kk: string, ru: string): [string, string] => [`${kk} (ауыстырылған демалыс)`, `${ru} (перенос выходного)`];

const HOLIDAYS: readonly Day[] = [
  ["2026-01-01", ...NEW_YEAR],
  ["2026-01-02", ...NEW_YEAR],
  ["2026-01-07", ...CHRISTMAS],
  ["2026-03-08", "Халықаралық әйелдер күні", "Международный женский день"],
  ["2026-03-09", ...moved("Халықаралық әйелдер күні", "Международный женский день")],
  ["2026-03-21", ...NAURYZ],
  ["2026-03-22", ...NAURYZ],
  ["2026-03-23", ...NAURYZ],
  ["2026-03-24", ...moved(...NAURYZ)],
  ["2026-03-25", ...moved(...NAURYZ)],
  ["2026-05-01", "Қазақстан халқының бірлігі күні", "Праздник единства народа Казахстана"],
  ["2026-05-07", "Отан қорғаушы күні", "День защитника Отечества"],
  ["2026-05-09", "Жеңіс күні", "День Победы"],
  ["2026-05-11", ...moved("Жеңіс күні", "День Победы")],
  ["2026-05-27", "Құрбан айттың бірінші күні", "Первый день Курбан айта"],
  ["2026-07-06", "Астана күні", "День столицы"],
  ["2026-08-30", "Конституция күні", "День Конституции"],
  ["2026-08-31", ...moved("Конституция күні", "День Конституции")],
  ["2026-10-25", "Республика күні", "День Республики"],
  ["2026-10-26", ...moved("Республика күні", "День Республики")],
  ["2026-12-16", "Тәуелсіздік күні", "День Независимости"],
  // 2027: 2 January is a Saturday, its day off moves to Monday 4 January.
  ["2027-01-01", ...NEW_YEAR],
  ["2027-01-02", ...NEW_YEAR],
  ["2027-01-04", ...moved(...NEW_YEAR)],
  ["2027-01-07", ...CHRISTMAS],
  // Government decree of 2023: the day off of Saturday 1 July moved to Friday 7 July.
  ["2023-07-07", ...moved("Астана күні", "День столицы")],
];

const WORKDAYS: readonly Day[] = [
  ["2023-07-01", "Жұмыс күні (демалыс 7 шілдеге ауыстырылды)", "Рабочий день (выходной перенесён на 7 июля)"],
];

const row =
  (kind: "HOLIDAY" | "WORKDAY") =>
  ([date, nameKk, nameRu]: Day): Prisma.CalendarDayCreateManyInput => ({
    date: new Date(`${date}T00:00:00Z`),
    kind,
    nameKk,
    nameRu,
  });

export const CALENDAR_DAYS: readonly Prisma.CalendarDayCreateManyInput[] = [
  ...HOLIDAYS.map(row("HOLIDAY")),
  ...WORKDAYS.map(row("WORKDAY")),
];

export const OPENING_WINDOWS: readonly Prisma.OpeningWindowCreateManyInput[] = OPENING_SCHEDULE_2026.flatMap((r) =>
  r.regions.map((code) => ({
    regionId: REGION_UNIT_IDS[code],
    academicYear: DEMO_ACADEMIC_YEAR,
    opensOn: new Date(`${r.opensOn}T00:00:00Z`),
    closesOn: new Date(`${r.closesOn}T00:00:00Z`),
  })),
);
