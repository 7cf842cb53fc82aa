// Address registry (§2): region → city administration / district → rural district →
// settlement → street → building. Ids are stable and readable so that tests, catchments and
// citizens can refer to them ("kz-krg", "krg-kazybek", "st-krg-erzhanov", "b-krg-erzhanov-18").
import type { Prisma } from "@/lib/generated/prisma/client";
import { REGION_CODES, REGION_NAMES, type RegionCode } from "@/lib/calendar/opening";
import { KARAGANDA_STREETS, KARAGANDA_UNITS } from "./addresses-karaganda";
import { NORTH_KAZAKHSTAN_STREETS, NORTH_KAZAKHSTAN_UNITS } from "./addresses-north-kazakhstan";

export type UnitSeed = Prisma.AddressUnitCreateManyInput;

export type StreetSeed = {
  id: string;
  unitId: string;
  nameKk: string;
  nameRu: string;
  /** House numbers as written on the building ("18", "11А", "45/2"). */
  buildings: readonly string[];
};

/** The REGION unit of every region of the opening schedule. */
export const REGION_UNIT_IDS: Record<RegionCode, string> = {
  ASTANA: "kz-ast",
  ALMATY_CITY: "kz-ala",
  SHYMKENT: "kz-shym",
  ABAI: "kz-abai",
  AKMOLA: "kz-akm",
  AKTOBE: "kz-akt",
  ALMATY_REGION: "kz-alm",
  ATYRAU: "kz-atr",
  EAST_KAZAKHSTAN: "kz-vko",
  ZHAMBYL: "kz-zhmb",
  ZHETISU: "kz-zhts",
  WEST_KAZAKHSTAN: "kz-zko",
  KARAGANDA: "kz-krg",
  KOSTANAY: "kz-kst",
  KYZYLORDA: "kz-kzo",
  MANGYSTAU: "kz-mng",
  PAVLODAR: "kz-pvl",
  NORTH_KAZAKHSTAN: "kz-sko",
  TURKESTAN: "kz-trk",
  ULYTAU: "kz-ult",
};

const REGION_UNITS: UnitSeed[] = REGION_CODES.map((code) => ({
  id: REGION_UNIT_IDS[code],
  parentId: null,
  level: "REGION",
  nameKk: REGION_NAMES[code].kk,
  nameRu: REGION_NAMES[code].ru,
  regionCode: code,
}));

/** Parents before children, so a plain insert in this order satisfies the tree's foreign key. */
export const ADDRESS_UNITS: readonly UnitSeed[] = [...REGION_UNITS, ...KARAGANDA_UNITS, ...NORTH_KAZAKHSTAN_UNITS];

export const STREETS: readonly StreetSeed[] = [...KARAGANDA_STREETS, ...NORTH_KAZAKHSTAN_STREETS];

const LATIN_FOR: Record<string, string> = { А: "a", Б: "b", В: "v", а: "a", б: "b", в: "v" };

/** "st-krg-erzhanov" + "11А" → "b-krg-erzhanov-11a"; "45/2" → "…-45-2". */
export function buildingId(streetId: string, number: string): string {
  const slug = [...number].map((ch) => LATIN_FOR[ch] ?? (ch === "/" ? "-" : ch.toLowerCase())).join("");
  return `${streetId.replace(/^st-/, "b-")}-${slug}`;
}

export const BUILDINGS: readonly Prisma.BuildingCreateManyInput[] = STREETS.flatMap((street) =>
  street.buildings.map((number) => ({ id: buildingId(street.id, number), streetId: street.id, number })),
);
