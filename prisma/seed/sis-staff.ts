// The school information system's staff lists (Bilimal e-school / EduMark), the source of the
// S-1 / D-1 import. For the staffed organisations the list holds the people already imported
// (same portal id as their User row) and some not imported yet; every other school gets a list
// of six so that its administrator has someone to import.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORG, SCHOOLS } from "./organisations";
import { STAFF } from "./staff";

type Person = [portalId: string, fullName: string, birthDate: string, position: string];

const NOT_IMPORTED: ReadonlyArray<[organisationId: string, people: Person[]]> = [
  [
    ORG.school63,
    [
      ["BLM-63-006", "Байжанова Әлия Қанатқызы", "1979-05-14", "Заместитель директора по воспитательной работе"],
      ["BLM-63-007", "Кузнецова Татьяна Владимировна", "1981-08-22", "Учитель начальных классов"],
      ["BLM-63-008", "Тұрсынбекова Мадина Ерланқызы", "1995-01-09", "Учитель начальных классов"],
      ["BLM-63-009", "Ахметжанов Руслан Маратович", "1986-11-30", "Специалист по кадрам"],
    ],
  ],
  [
    ORG.school9,
    [
      ["BLM-09-005", "Гриценко Ольга Николаевна", "1980-03-03", "Учитель начальных классов"],
      ["BLM-09-006", "Сейтқазиева Айгүл Болатқызы", "1991-10-10", "Учитель начальных классов"],
      ["BLM-09-007", "Жұмағұлов Нұрлан Асқарұлы", "1975-05-25", "Заместитель директора по воспитательной работе"],
    ],
  ],
  [
    ORG.karakoga,
    [
      ["BLM-KKG-005", "Бондаренко Людмила Ивановна", "1974-06-06", "Учитель начальных классов"],
      ["BLM-KKG-006", "Жақыпова Сәуле Маратқызы", "1992-02-02", "Учитель начальных классов"],
      ["BLM-KKG-007", "Тоқтаров Асхат Нұрланұлы", "1985-11-11", "Фельдшер"],
    ],
  ],
  [
    ORG.karagandaOffice,
    [
      ["BLM-GOROO-003", "Сидорова Анна Михайловна", "1990-04-12", "Специалист по общему среднему образованию"],
      ["BLM-GOROO-004", "Омаров Талғат Серікұлы", "1978-07-30", "Заведующий сектором"],
    ],
  ],
];

const SURNAMES = [
  ...["Ахметов", "Бекенов", "Дүйсенов", "Ержанов", "Жақсылықов", "Исабеков", "Кенжебаев"],
  ...["Маратов", "Нұрпейісов", "Оразбаев", "Сапаров", "Төлегенов", "Үсенов", "Шәріпов"],
];
const WOMEN = ["Айгүл", "Гүлнар", "Жұлдыз", "Мәдина", "Сәуле", "Ләззат", "Динара", "Ақбота"];
const MEN = ["Асқар", "Бауыржан", "Ерлан", "Нұрлан", "Талғат", "Арман"];
const FATHERS = ["Серік", "Болат", "Қайрат", "Марат", "Ержан", "Төлеген", "Жанат"];
const POSITIONS = [
  "Директор",
  "Заместитель директора по учебной работе",
  "Учитель начальных классов",
  "Учитель начальных классов",
  "Педагог-психолог",
  "Учитель информатики",
];

/** Six made-up staff members of school number k; even positions are women. */
function generatedList(schoolId: string, k: number): Person[] {
  return POSITIONS.map((position, j) => {
    const isWoman = j % 2 === 0;
    const surname = SURNAMES[(k * 5 + j * 3) % SURNAMES.length] ?? "";
    const given = isWoman ? WOMEN[(k + j) % WOMEN.length] : MEN[(k + j) % MEN.length];
    const father = FATHERS[(k * 3 + j) % FATHERS.length];
    const fullName = `${surname}${isWoman ? "а" : ""} ${given} ${father}${isWoman ? "қызы" : "ұлы"}`;
    // The director is the eldest; the rest are spread over the following years.
    const year = 1966 + j * 4 + (k % 5);
    const month = String(1 + ((k * 5 + j * 7) % 12)).padStart(2, "0");
    const birthDate = `${year}-${month}-${String(1 + ((k * 3 + j * 11) % 28)).padStart(2, "0")}`;
    return [`BLM-${schoolId.replace(/^sch-/, "").toUpperCase()}-${String(j + 1).padStart(3, "0")}`, fullName, birthDate, position];
  });
}

const LATIN: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ы: "y",
  і: "i",
  э: "e",
  ю: "yu",
  я: "ya",
  ь: "",
  ъ: "",
};
const latin = (s: string) => [...s.toLowerCase()].map((ch) => LATIN[ch] ?? ch).join("");

/** The e-school login: surname and the first letter of the given name, plus the last two digits of the portal id, e.g. "kasenova.b01". */
function sisLogin(fullName: string, portalId: string): string {
  const [surname = "", given = ""] = fullName.split(" ");
  return `${latin(surname)}.${latin(given).charAt(0)}${portalId.slice(-2)}`;
}

const staffedOrgs = new Set(NOT_IMPORTED.map(([orgId]) => orgId));

const ALL: ReadonlyArray<[organisationId: string, person: Person]> = [
  ...STAFF.filter((s) => s.sisPortalId).map((s): [string, Person] => [
    s.organisationId,
    [s.sisPortalId ?? "", s.fullName, s.birthDate ?? "1980-01-01", s.position ?? ""],
  ]),
  ...NOT_IMPORTED.flatMap(([orgId, people]) => people.map((p): [string, Person] => [orgId, p])),
  ...SCHOOLS.filter((s) => !staffedOrgs.has(s.id)).flatMap((s, k) => generatedList(s.id, k).map((p): [string, Person] => [s.id, p])),
];

export const SIS_STAFF: readonly Prisma.RegistrySisStaffCreateManyInput[] = ALL.map(
  ([organisationId, [portalId, fullName, birthDate, position]]) => ({
    portalId,
    organisationId,
    fullName,
    login: sisLogin(fullName, portalId),
    birthDate: new Date(`${birthDate}T00:00:00Z`),
    position,
  }),
);
