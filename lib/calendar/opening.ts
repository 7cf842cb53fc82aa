// when each region's schools take first-grade applications, and which academic year an
// admission campaign belongs to. All dates are calendar dates in Asia/Almaty (YYYY-MM-DD).

export const REGION_CODES = [
  "ASTANA",
  "ALMATY_CITY",
  "SHYMKENT",
  "ABAI",
  "AKMOLA",
  "AKTOBE",
  "ALMATY_REGION",
  "ATYRAU",
  "EAST_KAZAKHSTAN",
  "ZHAMBYL",
  "ZHETISU",
  "WEST_KAZAKHSTAN",
  "KARAGANDA",
  "KOSTANAY",
  "KYZYLORDA",
  "MANGYSTAU",
  "PAVLODAR",
  "NORTH_KAZAKHSTAN",
  "TURKESTAN",
  "ULYTAU",
] as const;

export type RegionCode = (typeof REGION_CODES)[number];

export type LocalizedName = { kk: string; ru: string; en: string };

/** Official names; the three regions formed in 2022 keep their Kazakh name in Russian too. */
export const REGION_NAMES: Record<RegionCode, LocalizedName> = {
  ASTANA: { kk: "Астана қаласы", ru: "город Астана", en: "Astana city" },
  ALMATY_CITY: { kk: "Алматы қаласы", ru: "город Алматы", en: "Almaty city" },
  SHYMKENT: { kk: "Шымкент қаласы", ru: "город Шымкент", en: "Shymkent city" },
  ABAI: { kk: "Абай облысы", ru: "область Абай", en: "Abai Region" },
  AKMOLA: { kk: "Ақмола облысы", ru: "Акмолинская область", en: "Akmola Region" },
  AKTOBE: { kk: "Ақтөбе облысы", ru: "Актюбинская область", en: "Aktobe Region" },
  ALMATY_REGION: { kk: "Алматы облысы", ru: "Алматинская область", en: "Almaty Region" },
  ATYRAU: { kk: "Атырау облысы", ru: "Атырауская область", en: "Atyrau Region" },
  EAST_KAZAKHSTAN: {
    kk: "Шығыс Қазақстан облысы",
    ru: "Восточно-Казахстанская область",
    en: "East Kazakhstan Region",
  },
  ZHAMBYL: { kk: "Жамбыл облысы", ru: "Жамбылская область", en: "Zhambyl Region" },
  ZHETISU: { kk: "Жетісу облысы", ru: "область Жетісу", en: "Zhetisu Region" },
  WEST_KAZAKHSTAN: {
    kk: "Батыс Қазақстан облысы",
    ru: "Западно-Казахстанская область",
    en: "West Kazakhstan Region",
  },
  KARAGANDA: { kk: "Қарағанды облысы", ru: "Карагандинская область", en: "Karaganda Region" },
  KOSTANAY: { kk: "Қостанай облысы", ru: "Костанайская область", en: "Kostanay Region" },
  KYZYLORDA: { kk: "Қызылорда облысы", ru: "Кызылординская область", en: "Kyzylorda Region" },
  MANGYSTAU: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" },
  PAVLODAR: { kk: "Павлодар облысы", ru: "Павлодарская область", en: "Pavlodar Region" },
  NORTH_KAZAKHSTAN: {
    kk: "Солтүстік Қазақстан облысы",
    ru: "Северо-Казахстанская область",
    en: "North Kazakhstan Region",
  },
  TURKESTAN: { kk: "Түркістан облысы", ru: "Туркестанская область", en: "Turkistan Region" },
  ULYTAU: { kk: "Ұлытау облысы", ru: "область Ұлытау", en: "Ulytau Region" },
};

export type OpeningWindow = { opensOn: string; closesOn: string };
export type ScheduleRow = OpeningWindow & { regions: readonly RegionCode[] };

/** The 2026 schedule of the OQU guide (seed 004); the region administrator may change it later. */
export const OPENING_SCHEDULE_2026: readonly ScheduleRow[] = [
  {
    opensOn: "2026-05-27",
    closesOn: "2026-08-31",
    regions: ["ASTANA", "ABAI", "ZHETISU", "KYZYLORDA", "WEST_KAZAKHSTAN"],
  },
  {
    opensOn: "2026-06-10",
    closesOn: "2026-08-31",
    regions: ["ALMATY_CITY", "AKMOLA", "AKTOBE", "ZHAMBYL", "EAST_KAZAKHSTAN"],
  },
  {
    opensOn: "2026-06-18",
    closesOn: "2026-08-31",
    regions: ["ALMATY_REGION", "KOSTANAY", "PAVLODAR", "ATYRAU", "SHYMKENT"],
  },
  {
    opensOn: "2026-06-29",
    closesOn: "2026-08-31",
    regions: ["TURKESTAN", "MANGYSTAU", "KARAGANDA", "NORTH_KAZAKHSTAN", "ULYTAU"],
  },
];

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}

/** A region's window in a schedule (the 2026 one by default), or null if it has none. */
export function openingWindowOf(region: RegionCode, schedule: readonly ScheduleRow[] = OPENING_SCHEDULE_2026): OpeningWindow | null {
  const row = schedule.find((r) => r.regions.includes(region));
  return row ? { opensOn: row.opensOn, closesOn: row.closesOn } : null;
}

export type OpeningState = OpeningWindow & { state: "NOT_YET" | "OPEN" | "CLOSED" };

/** Both ends inclusive. ISO dates compare correctly as strings. */
export function openingState(window: OpeningWindow, today: string): OpeningState {
  const { opensOn, closesOn } = window;
  const state = today < opensOn ? "NOT_YET" : today > closesOn ? "CLOSED" : "OPEN";
  return { state, opensOn, closesOn };
}

const ACADEMIC_YEAR = /^(\d{4})-(\d{4})$/;

/**
 * The academic year whose admission campaign runs in the calendar year of `today`: the
 * campaign of year Y (January–December, the summer windows included) fills first grades of
 * the academic year "Y-(Y+1)".
 */
export function academicYearFor(today: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  }
  const year = Number(today.slice(0, 4));
  return `${year}-${year + 1}`;
}

/** "2026-2027" → 2026, the calendar year of its admission campaign. */
export function admissionYearOf(academicYear: string): number {
  const m = ACADEMIC_YEAR.exec(academicYear);
  const first = Number(m?.[1]);
  if (!m || Number(m[2]) !== first + 1) {
    throw new RangeError(`academic year must look like "2026-2027", got "${academicYear}"`);
  }
  return first;
}
