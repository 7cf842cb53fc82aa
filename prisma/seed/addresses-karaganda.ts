// Karaganda: the city administration (Қарағанды Қ.Ә. / Караганда Г.А.) and its two city
// districts. Kazybek bi district holds the new centre (Bukhar-Zhyrau avenue, Yerubayev,
// Gogol, Stepnoy microdistricts); Alikhan Bokeikhan district (the former Oktyabrsky district,
// renamed in 2021) holds Maikuduk and Prishakhtinsk.
import type { StreetSeed, UnitSeed } from "./addresses";

export const KARAGANDA_UNITS: readonly UnitSeed[] = [
  { id: "krg-city", parentId: "kz-krg", level: "CITY", nameKk: "Қарағанды Қ.Ә.", nameRu: "Караганда Г.А." },
  {
    id: "krg-kazybek",
    parentId: "krg-city",
    level: "DISTRICT",
    nameKk: "Қазыбек би атындағы аудан",
    nameRu: "район имени Казыбек би",
  },
  {
    id: "krg-bokeikhan",
    parentId: "krg-city",
    level: "DISTRICT",
    nameKk: "Әлихан Бөкейхан атындағы аудан",
    nameRu: "район имени Алихана Бокейхана",
  },
];

const kazybek = (id: string, nameKk: string, nameRu: string, buildings: string[]): StreetSeed => ({
  id: `st-krg-${id}`,
  unitId: "krg-kazybek",
  nameKk,
  nameRu,
  buildings,
});

const bokeikhan = (id: string, nameKk: string, nameRu: string, buildings: string[]): StreetSeed => ({
  id: `st-krg-${id}`,
  unitId: "krg-bokeikhan",
  nameKk,
  nameRu,
  buildings,
});

export const KARAGANDA_STREETS: readonly StreetSeed[] = [
  // Kazybek bi district
  kazybek("erzhanov", "Ержанов көшесі", "улица Ержанова", ["18", "22", "26", "30", "34"]),
  kazybek("bukhar-zhyrau", "Бұқар жырау даңғылы", "проспект Бухар-Жырау", ["45", "49", "53", "57"]),
  kazybek("erubaev", "Ерубаев көшесі", "улица Ерубаева", ["31", "35", "39"]),
  kazybek("gogol", "Гоголь көшесі", "улица Гоголя", ["40", "44", "48", "52"]),
  kazybek("stepnoy-3", "Степной-3 шағын ауданы", "микрорайон Степной-3", ["1", "5", "12", "14"]),
  kazybek("alikhanov", "Әлиханов көшесі", "улица Алиханова", ["7", "11", "13"]),
  kazybek("mira", "Бейбітшілік бульвары", "бульвар Мира", ["15", "25", "29"]),
  kazybek("zhambyl", "Жамбыл көшесі", "улица Жамбыла", ["17", "21"]),
  // Alikhan Bokeikhan district
  bokeikhan("mukanov", "Мұқанов көшесі", "улица Муканова", ["3", "7", "9"]),
  bokeikhan("vostok-2", "Восток-2 шағын ауданы", "микрорайон Восток-2", ["4", "10", "16"]),
  bokeikhan("vostok-5", "Восток-5 шағын ауданы", "микрорайон Восток-5", ["2", "6", "8", "21"]),
  bokeikhan("mkr-11a", "11А шағын ауданы", "микрорайон 11А", ["1", "3", "15"]),
  bokeikhan("mkr-12", "12 шағын ауданы", "микрорайон 12", ["5", "19", "23"]),
  bokeikhan("mkr-21", "Пришахтинск, 21 шағын ауданы", "Пришахтинск, микрорайон 21", ["2", "8", "30"]),
];
