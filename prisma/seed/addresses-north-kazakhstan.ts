// North Kazakhstan region: Magzhan Zhumabayev district with its centre, the town of Bulaevo,
// and the village of Karakoga in its rural district — the rural side of the demo.
import type { StreetSeed, UnitSeed } from "./addresses";

export const NORTH_KAZAKHSTAN_UNITS: readonly UnitSeed[] = [
  {
    id: "sko-mzh",
    parentId: "kz-sko",
    level: "DISTRICT",
    nameKk: "Мағжан Жұмабаев ауданы",
    nameRu: "район Магжана Жумабаева",
  },
  {
    id: "mzh-bulaevo",
    parentId: "sko-mzh",
    level: "SETTLEMENT",
    nameKk: "Булаево қаласы",
    nameRu: "город Булаево",
  },
  {
    id: "mzh-karakoga-ro",
    parentId: "sko-mzh",
    level: "RURAL_DISTRICT",
    nameKk: "Қарақоға ауылдық округі",
    nameRu: "Каракогинский сельский округ",
  },
  {
    id: "mzh-karakoga",
    parentId: "mzh-karakoga-ro",
    level: "SETTLEMENT",
    nameKk: "Қарақоға ауылы",
    nameRu: "село Каракога",
  },
];

export const NORTH_KAZAKHSTAN_STREETS: readonly StreetSeed[] = [
  {
    id: "st-bul-zhumabaev",
    unitId: "mzh-bulaevo",
    nameKk: "Мағжан Жұмабаев көшесі",
    nameRu: "улица Магжана Жумабаева",
    buildings: ["12", "27", "41"],
  },
  {
    id: "st-bul-yubileinaya",
    unitId: "mzh-bulaevo",
    nameKk: "Юбилейная көшесі",
    nameRu: "улица Юбилейная",
    buildings: ["3", "8", "15"],
  },
  {
    id: "st-bul-tselinnaya",
    unitId: "mzh-bulaevo",
    nameKk: "Целинная көшесі",
    nameRu: "улица Целинная",
    buildings: ["2", "9"],
  },
  {
    id: "st-bul-shkolnaya",
    unitId: "mzh-bulaevo",
    nameKk: "Мектеп көшесі",
    nameRu: "улица Школьная",
    buildings: ["1", "4"],
  },
  {
    id: "st-kkg-ortalyk",
    unitId: "mzh-karakoga",
    nameKk: "Орталық көшесі",
    nameRu: "улица Центральная",
    buildings: ["5", "12", "18", "24"],
  },
  {
    id: "st-kkg-mektep",
    unitId: "mzh-karakoga",
    nameKk: "Мектеп көшесі",
    nameRu: "улица Школьная",
    buildings: ["2", "7"],
  },
  {
    id: "st-kkg-zhastar",
    unitId: "mzh-karakoga",
    nameKk: "Жастар көшесі",
    nameRu: "улица Молодёжная",
    buildings: ["3", "11"],
  },
];
