// Organisations: schools, the two district education offices that own them, and the ministry
// whose administrator keeps the opening schedule and the holiday calendar. Names follow the
// official pattern (КММ = коммуналдық мемлекеттік мекеме, КГУ = коммунальное государственное
// учреждение); numbers, BINs and contacts are made up for the demo.
import type { Prisma } from "@/lib/generated/prisma/client";
import { iinCheckDigit } from "@/lib/iin/iin";
import { STREETS } from "./addresses";

type OrganisationSeed = Prisma.OrganisationCreateManyInput;

/** Ids the tests and the other seed files refer to. */
export const ORG = {
  karagandaOffice: "org-krg-goroo",
  magzhanOffice: "org-mzh-roo",
  ministry: "org-ministry",
  school63: "sch-krg-63",
  school97: "sch-krg-97",
  gymnasium93: "sch-krg-gym93",
  school45: "sch-krg-45",
  school82: "sch-krg-82",
  school9: "sch-krg-9",
  school22: "sch-krg-22",
  school101: "sch-krg-101",
  school76: "sch-krg-76",
  school35: "sch-krg-35",
  karakoga: "sch-mzh-karakoga",
  bulaevo1: "sch-mzh-bulaevo1",
  bulaevoGymnasium: "sch-mzh-bulaevo-gym",
} as const;

/**
 * A BIN has the IIN layout with a different meaning: YYMM of registration, 4 = resident legal
 * entity, 0 = head organisation, a 5-digit serial, and the same mod-11 check digit.
 */
function bin(yymm: string, serial: number): string {
  for (let s = serial; s < serial + 20; s++) {
    const first11 = `${yymm}40${String(s).padStart(5, "0")}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error(`no BIN near ${yymm}/${serial}`);
}

const PLACES: Record<string, { kk: string; ru: string }> = {
  "krg-kazybek": { kk: "Қарағанды қ., Қазыбек би атындағы аудан", ru: "г. Караганда, район имени Казыбек би" },
  "krg-bokeikhan": {
    kk: "Қарағанды қ., Әлихан Бөкейхан атындағы аудан",
    ru: "г. Караганда, район имени Алихана Бокейхана",
  },
  "mzh-bulaevo": { kk: "СҚО, Мағжан Жұмабаев ауданы, Булаево қ.", ru: "СКО, район Магжана Жумабаева, г. Булаево" },
  "mzh-karakoga": { kk: "СҚО, Мағжан Жұмабаев ауданы, Қарақоға а.", ru: "СКО, район Магжана Жумабаева, с. Каракога" },
};

function addressAt(streetId: string, number: string): { addressKk: string; addressRu: string } {
  const street = STREETS.find((s) => s.id === streetId);
  const place = street && PLACES[street.unitId];
  if (!street || !place || !street.buildings.includes(number)) throw new Error(`unknown address ${streetId} ${number}`);
  return { addressKk: `${place.kk}, ${street.nameKk}, ${number}`, addressRu: `${place.ru}, ${street.nameRu}, ${number}` };
}

type SchoolInput = {
  id: string;
  nameKk: string;
  nameRu: string;
  bin: string;
  unitId: string;
  at: [streetId: string, number: string];
  languages: OrganisationSeed["languages"];
  hasTransport?: boolean;
  contact: string;
  phone: string;
};

function school(input: SchoolInput): OrganisationSeed {
  const isCity = input.unitId.startsWith("krg-");
  return {
    id: input.id,
    kind: "SCHOOL",
    nameKk: input.nameKk,
    nameRu: input.nameRu,
    bin: input.bin,
    addressUnitId: input.unitId,
    ...addressAt(...input.at),
    email: `${input.contact}@${isCity ? "kargoo.kz" : "mzh-roo.kz"}`,
    website: `https://${input.contact}.${isCity ? "kargoo.kz" : "mzh-roo.kz"}`,
    phone: input.phone,
    districtOfficeId: isCity ? ORG.karagandaOffice : ORG.magzhanOffice,
    languages: input.languages,
    hasTransport: input.hasTransport ?? false,
  };
}

const general = (n: number) => ({
  nameKk: `«№${n} жалпы білім беретін мектеп» КММ`,
  nameRu: `КГУ «Общеобразовательная школа №${n}»`,
});

export const OFFICES: readonly OrganisationSeed[] = [
  {
    id: ORG.ministry,
    kind: "REGION_OFFICE",
    nameKk: "Қазақстан Республикасы Оқу-ағарту министрлігі",
    nameRu: "Министерство просвещения Республики Казахстан",
    bin: bin("2206", 11873),
    addressUnitId: "kz-ast",
    addressKk: "Астана қ., Мәңгілік Ел даңғылы, 8, Министрліктер үйі",
    addressRu: "г. Астана, проспект Мангилик Ел, 8, Дом министерств",
    email: "info@edu.gov.kz",
    website: "https://www.gov.kz/memleket/entities/edu",
    phone: "+7 7172 74-24-28",
    languages: [],
  },
  {
    id: ORG.karagandaOffice,
    kind: "DISTRICT_OFFICE",
    nameKk: "«Қарағанды қаласының білім бөлімі» ММ",
    nameRu: "ГУ «Отдел образования города Караганды»",
    bin: bin("0102", 35518),
    addressUnitId: "krg-city",
    addressKk: "Қарағанды қ., Бұқар жырау даңғылы, 57",
    addressRu: "г. Караганда, проспект Бухар-Жырау, 57",
    email: "goroo@kargoo.kz",
    website: "https://kargoo.kz",
    phone: "+7 7212 41-06-21",
    languages: [],
  },
  {
    id: ORG.magzhanOffice,
    kind: "DISTRICT_OFFICE",
    nameKk: "«Мағжан Жұмабаев ауданының білім бөлімі» ММ",
    nameRu: "ГУ «Отдел образования района Магжана Жумабаева»",
    bin: bin("0104", 40267),
    addressUnitId: "sko-mzh",
    addressKk: "СҚО, Мағжан Жұмабаев ауданы, Булаево қ., Мағжан Жұмабаев көшесі, 12",
    addressRu: "СКО, район Магжана Жумабаева, г. Булаево, улица Магжана Жумабаева, 12",
    email: "roo@mzh-roo.kz",
    website: "https://mzh-roo.kz",
    phone: "+7 71531 2-11-45",
    languages: [],
  },
];

export const SCHOOLS: readonly OrganisationSeed[] = [
  // Karaganda, Kazybek bi district
  school({
    id: ORG.school63,
    ...general(63),
    bin: bin("9910", 2063),
    unitId: "krg-kazybek",
    at: ["st-krg-erzhanov", "18"],
    languages: ["KK", "RU"],
    contact: "school63",
    phone: "+7 7212 43-17-63",
  }),
  school({
    id: ORG.school97,
    nameKk: "«№97 мектеп-гимназиясы» КММ",
    nameRu: "КГУ «Школа-гимназия №97»",
    bin: bin("9910", 2197),
    unitId: "krg-kazybek",
    at: ["st-krg-bukhar-zhyrau", "53"],
    languages: ["KK", "RU"],
    contact: "school97",
    phone: "+7 7212 47-30-97",
  }),
  school({
    id: ORG.gymnasium93,
    nameKk: "«№93 гимназия» КММ",
    nameRu: "КГУ «Гимназия №93»",
    bin: bin("9911", 2393),
    unitId: "krg-kazybek",
    at: ["st-krg-gogol", "52"],
    languages: ["KK", "RU", "EN"],
    contact: "gym93",
    phone: "+7 7212 42-09-93",
  }),
  school({
    id: ORG.school45,
    nameKk: "«Абай атындағы №45 жалпы білім беретін мектеп» КММ",
    nameRu: "КГУ «Общеобразовательная школа №45 имени Абая»",
    bin: bin("9911", 2445),
    unitId: "krg-kazybek",
    at: ["st-krg-stepnoy-3", "14"],
    languages: ["KK"],
    contact: "school45",
    phone: "+7 7212 33-45-45",
  }),
  school({
    id: ORG.school82,
    ...general(82),
    bin: bin("9912", 2582),
    unitId: "krg-kazybek",
    at: ["st-krg-alikhanov", "11"],
    languages: ["RU"],
    contact: "school82",
    phone: "+7 7212 41-82-82",
  }),
  // Karaganda, Alikhan Bokeikhan district (Maikuduk, Prishakhtinsk)
  school({
    id: ORG.school9,
    ...general(9),
    bin: bin("9912", 2609),
    unitId: "krg-bokeikhan",
    at: ["st-krg-mukanov", "9"],
    languages: ["RU"],
    contact: "school9",
    phone: "+7 7212 37-19-09",
  }),
  school({
    id: ORG.school22,
    ...general(22),
    bin: bin("0001", 2722),
    unitId: "krg-bokeikhan",
    at: ["st-krg-vostok-2", "16"],
    languages: ["KK"],
    contact: "school22",
    phone: "+7 7212 37-52-22",
  }),
  school({
    id: ORG.school101,
    ...general(101),
    bin: bin("0001", 2801),
    unitId: "krg-bokeikhan",
    at: ["st-krg-vostok-5", "21"],
    languages: ["KK", "RU"],
    contact: "school101",
    phone: "+7 7212 38-01-01",
  }),
  school({
    id: ORG.school76,
    ...general(76),
    bin: bin("0002", 2976),
    unitId: "krg-bokeikhan",
    at: ["st-krg-mkr-11a", "15"],
    languages: ["KK", "RU"],
    hasTransport: true,
    contact: "school76",
    phone: "+7 7212 38-76-76",
  }),
  school({
    id: ORG.school35,
    ...general(35),
    bin: bin("0002", 3035),
    unitId: "krg-bokeikhan",
    at: ["st-krg-mkr-12", "23"],
    languages: ["RU", "KK"],
    contact: "school35",
    phone: "+7 7212 37-35-35",
  }),
  // North Kazakhstan region, Magzhan Zhumabayev district
  school({
    id: ORG.karakoga,
    nameKk: "«Қарақоға орта мектебі» КММ",
    nameRu: "КГУ «Каракогинская средняя школа»",
    bin: bin("0003", 3121),
    unitId: "mzh-karakoga",
    at: ["st-kkg-mektep", "2"],
    languages: ["KK", "RU"],
    hasTransport: true,
    contact: "karakoga",
    phone: "+7 71531 3-41-17",
  }),
  school({
    id: ORG.bulaevo1,
    nameKk: "«Булаево №1 орта мектебі» КММ",
    nameRu: "КГУ «Булаевская средняя школа №1»",
    bin: bin("0003", 3201),
    unitId: "mzh-bulaevo",
    at: ["st-bul-yubileinaya", "3"],
    languages: ["RU"],
    hasTransport: true,
    contact: "bulaevo1",
    phone: "+7 71531 2-05-61",
  }),
  school({
    id: ORG.bulaevoGymnasium,
    nameKk: "«Мағжан Жұмабаев атындағы Булаево мектеп-гимназиясы» КММ",
    nameRu: "КГУ «Булаевская школа-гимназия имени Магжана Жумабаева»",
    bin: bin("0004", 3317),
    unitId: "mzh-bulaevo",
    at: ["st-bul-zhumabaev", "41"],
    languages: ["KK"],
    hasTransport: true,
    contact: "bulaevo-gym",
    phone: "+7 71531 2-17-40",
  }),
];

export const ORGANISATIONS: readonly OrganisationSeed[] = [...OFFICES, ...SCHOOLS];
