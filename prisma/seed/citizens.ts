// Population registry (§2): families with their registration addresses and parent–child links.
// Every IIN is built by makeIin from the birth date and sex, so X-5 holds for all of them.
// Each person has a role name; DEMO_CITIZENS maps role → IIN for tests and the README.
//
// The cases (one family each unless said otherwise):
//   eligibleChild          born 2020-03-14, six in 2026, catchment of school №63.
//   turnsSixOnDec31Child   born 2020-12-31: turns six on the last day that still counts — eligible.
//   turnsSixOnJan1Child    born 2021-01-01: one day late — refused by the age check.
//   enrolledChild          already in grade 1 of school №45 (enrolment registry) — refused.
//   specialNeedsChild      special educational needs: the parent ticks the box and uploads the
//                          PMPK conclusion; the registry holds no flag, only F052 mentions it.
//   noHealthChild          the health system has nothing: the parent uploads both forms.
//   onlyF065Child          only the vaccination card (F065) is on file; F052 must be uploaded.
//   twinBoy, twinGirl      twins of 2020: one parent, two children of age, two applications.
//   noCatchmentChild       lives in Prishakhtinsk mkr 21, attached to no school.
//   ruralChild             village of Karakoga, North Kazakhstan (school with free transport).
//   twoCatchmentChild      lives at Yerubayev 35, in the catchments of schools №63 and №97.
//   raceChildA, raceChildB both in the catchment of the nearly full school №101.
//   transferPupil          born 2017, grade 3 of school №22 (transfer service); his sister
//                          transferPupilSister (2020) is of age.
//   guardianChild          brought up by the grandmother (kinship GUARDIAN).
//   leapDayChild           born 29 February 2020.
//   adultWithoutChildren   an adult with no children in the registry.
import type { Prisma } from "@/lib/generated/prisma/client";
import { makeIin } from "@/lib/iin/iin";

type Adult = readonly [role: string, fullName: string, birthDate: string, sex: "M" | "F", kinship?: "GUARDIAN"];
type Child = readonly [role: string, fullName: string, birthDate: string, sex: "M" | "F"];
type FamilyInput = {
  /** Fixed family number: it seeds the IIN serials, so IINs stay put when families are added. */
  no: number;
  at: readonly [buildingId: string, apartment?: string];
  adults: readonly Adult[];
  children: readonly Child[];
};

export const FAMILIES = [
  {
    no: 1,
    at: ["b-krg-erzhanov-22", "14"],
    adults: [
      ["eligibleMother", "Нұрланова Айгерім Серікқызы", "1992-04-15", "F"],
      ["eligibleFather", "Нұрланов Ерлан Қайратұлы", "1990-09-02", "M"],
    ],
    children: [["eligibleChild", "Нұрланов Алихан Ерланұлы", "2020-03-14", "M"]],
  },
  {
    no: 2,
    at: ["b-krg-bukhar-zhyrau-49", "7"],
    adults: [
      ["dec31Mother", "Ахметова Дана Болатқызы", "1994-11-03", "F"],
      ["dec31Father", "Ахметов Асқар Маратұлы", "1991-02-19", "M"],
    ],
    children: [["turnsSixOnDec31Child", "Ахметова Аружан Асқарқызы", "2020-12-31", "F"]],
  },
  {
    no: 3,
    at: ["b-krg-gogol-44", "31"],
    adults: [
      ["jan1Mother", "Ким Ольга Викторовна", "1993-07-21", "F"],
      ["jan1Father", "Ким Денис Александрович", "1989-12-05", "M"],
    ],
    children: [["turnsSixOnJan1Child", "Ким Артём Денисович", "2021-01-01", "M"]],
  },
  {
    no: 4,
    at: ["b-krg-stepnoy-3-12", "12"],
    adults: [
      ["enrolledMother", "Сейітқалиева Гүлнар Жанатқызы", "1990-05-30", "F"],
      ["enrolledFather", "Сейітқалиев Бағдат Серікұлы", "1988-01-11", "M"],
    ],
    children: [["enrolledChild", "Сейітқалиев Нұрислам Бағдатұлы", "2019-08-17", "M"]],
  },
  {
    no: 5,
    at: ["b-krg-alikhanov-7", "5"],
    adults: [["specialNeedsMother", "Жұмабекова Салтанат Ерболқызы", "1991-03-08", "F"]],
    children: [["specialNeedsChild", "Жұмабекова Әмина Нұржанқызы", "2020-05-20", "F"]],
  },
  {
    no: 6,
    at: ["b-krg-mira-25", "40"],
    adults: [
      ["noHealthMother", "Волкова Екатерина Игоревна", "1995-10-12", "F"],
      ["noHealthFather", "Волков Сергей Николаевич", "1992-06-25", "M"],
    ],
    children: [["noHealthChild", "Волков Тимур Сергеевич", "2020-08-08", "M"]],
  },
  {
    no: 7,
    at: ["b-krg-mukanov-7", "3"],
    adults: [
      ["twinsMother", "Сәрсенбаева Меруерт Қанатқызы", "1993-01-27", "F"],
      ["twinsFather", "Сәрсенбаев Ержан Төлеуұлы", "1990-04-09", "M"],
    ],
    children: [
      ["twinBoy", "Сәрсенбаев Айбар Ержанұлы", "2020-02-11", "M"],
      ["twinGirl", "Сәрсенбаева Айзере Ержанқызы", "2020-02-11", "F"],
    ],
  },
  {
    no: 8,
    at: ["b-krg-mkr-21-8", "56"],
    adults: [
      ["noCatchmentMother", "Ибраева Әсел Нұрболқызы", "1996-09-14", "F"],
      ["noCatchmentFather", "Ибраев Дәурен Серікұлы", "1994-12-01", "M"],
    ],
    children: [["noCatchmentChild", "Ибраева Медина Дәуренқызы", "2020-07-01", "F"]],
  },
  {
    no: 9,
    at: ["b-kkg-ortalyk-12"],
    adults: [
      ["ruralMother", "Оспанова Жанар Бейбітқызы", "1992-08-18", "F"],
      ["ruralFather", "Оспанов Қайрат Жомартұлы", "1989-03-23", "M"],
    ],
    children: [["ruralChild", "Оспанов Еркебұлан Қайратұлы", "2020-04-04", "M"]],
  },
  {
    no: 10,
    at: ["b-krg-erubaev-35", "9"],
    adults: [
      ["twoCatchmentMother", "Смағұлова Индира Маратқызы", "1993-06-06", "F"],
      ["twoCatchmentFather", "Смағұлов Арман Ғалымұлы", "1991-11-29", "M"],
    ],
    children: [["twoCatchmentChild", "Смағұлов Даниял Арманұлы", "2020-10-10", "M"]],
  },
  {
    no: 11,
    at: ["b-krg-gogol-48", "17"],
    adults: [["onlyF065Mother", "Мұқанова Әсел Ерланқызы", "1997-02-14", "F"]],
    children: [["onlyF065Child", "Мұқанова Інжу Нұрланқызы", "2020-01-25", "F"]],
  },
  {
    no: 12,
    at: ["b-krg-vostok-5-6", "22"],
    adults: [["raceMotherA", "Тоқтарова Жазира Асанқызы", "1994-04-02", "F"]],
    children: [["raceChildA", "Тоқтаров Ислам Бауыржанұлы", "2020-06-15", "M"]],
  },
  {
    no: 13,
    at: ["b-krg-vostok-5-8", "3"],
    adults: [["raceMotherB", "Петренко Наталья Сергеевна", "1992-10-30", "F"]],
    children: [["raceChildB", "Петренко Максим Андреевич", "2020-09-09", "M"]],
  },
  {
    no: 14,
    at: ["b-krg-vostok-2-10", "44"],
    adults: [
      ["transferFather", "Әбдірахманов Серік Болатұлы", "1985-07-07", "M"],
      ["transferMother", "Әбдірахманова Ләззат Кенжеқызы", "1987-12-19", "F"],
    ],
    children: [
      ["transferPupil", "Әбдірахманов Алмас Серікұлы", "2017-05-05", "M"],
      ["transferPupilSister", "Әбдірахманова Томирис Серікқызы", "2020-11-22", "F"],
    ],
  },
  {
    no: 15,
    at: ["b-krg-bukhar-zhyrau-45", "8"],
    adults: [["guardianGrandmother", "Бөкейханова Роза Төлегенқызы", "1960-03-15", "F", "GUARDIAN"]],
    children: [["guardianChild", "Бөкейханов Әли Даниярұлы", "2020-09-30", "M"]],
  },
  {
    no: 16,
    at: ["b-bul-yubileinaya-8"],
    adults: [
      ["bulaevoMother", "Шевченко Ирина Павловна", "1990-01-19", "F"],
      ["bulaevoFather", "Шевченко Олег Викторович", "1988-08-08", "M"],
    ],
    children: [["bulaevoChild", "Шевченко Анна Олеговна", "2020-03-03", "F"]],
  },
  {
    no: 17,
    at: ["b-kkg-zhastar-11"],
    adults: [["karakogaMother", "Қасымова Гаухар Әділқызы", "1995-05-05", "F"]],
    children: [["karakogaChild", "Қасымов Нұрдәулет Ерасылұлы", "2020-12-01", "M"]],
  },
  {
    no: 18,
    at: ["b-krg-mukanov-3", "1"],
    adults: [["adultWithoutChildren", "Тәжібаев Бекзат Нұрланұлы", "1998-02-02", "M"]],
    children: [],
  },
  {
    no: 19,
    at: ["b-krg-erzhanov-30", "2"],
    adults: [["leapDayMother", "Иманғалиева Жанна Серікқызы", "1991-07-07", "F"]],
    children: [["leapDayChild", "Иманғалиев Арсен Тимурұлы", "2020-02-29", "M"]],
  },
] as const satisfies readonly FamilyInput[];

type Family = (typeof FAMILIES)[number];
export type CitizenRole = Family["adults"][number][0] | Family["children"][number][0];

const MOBILE_CODES = ["701", "705", "707", "747", "777", "702", "708", "771"] as const;

type Built = { role: CitizenRole; row: Prisma.CitizenCreateManyInput; isChild: boolean; family: number };

function build(family: FamilyInput, person: Adult | Child, index: number, isChild: boolean): Built {
  const [role, fullName, birthDate, sexLetter] = person;
  const [surname = "", name = "", ...rest] = fullName.split(" ");
  const sex = sexLetter === "M" ? "MALE" : "FEMALE";
  // Serials spaced ten apart: a serial without a valid check digit moves to the next one.
  let iin: string | null = null;
  for (let serial = family.no * 100 + index * 10; iin === null; serial++) iin = makeIin(birthDate, sex, serial);
  const code = MOBILE_CODES[(family.no + index) % MOBILE_CODES.length];
  return {
    role: role as CitizenRole,
    isChild,
    family: family.no,
    row: {
      iin,
      surname,
      name,
      patronymic: rest.length > 0 ? rest.join(" ") : null,
      birthDate: new Date(`${birthDate}T00:00:00Z`),
      sex,
      phone: isChild ? null : `+7${code}${String(4000000 + family.no * 100 + index).padStart(7, "0")}`,
      registrationBuildingId: family.at[0],
      apartment: family.at[1] ?? null,
    },
  };
}

const BUILT: readonly Built[] = FAMILIES.flatMap((family: FamilyInput) => [
  ...family.adults.map((adult, i) => build(family, adult, i, false)),
  ...family.children.map((child, i) => build(family, child, family.adults.length + i, true)),
]);

export const CITIZENS: readonly Prisma.CitizenCreateManyInput[] = BUILT.map((b) => b.row);

export const DEMO_CITIZENS = Object.fromEntries(BUILT.map((b) => [b.role, b.row.iin])) as Record<CitizenRole, string>;

/** Children of the registry (role, IIN), in family order. */
export const DEMO_CHILDREN: readonly { role: CitizenRole; iin: string }[] = BUILT.filter((b) => b.isChild).map((b) => ({
  role: b.role,
  iin: b.row.iin,
}));

export const KINSHIPS: readonly Prisma.RegistryKinshipCreateManyInput[] = FAMILIES.flatMap((family: FamilyInput) =>
  family.adults.flatMap(([parentRole, , , sex, guardian]) =>
    family.children.map(([childRole]) => ({
      parentIin: DEMO_CITIZENS[parentRole as CitizenRole],
      childIin: DEMO_CITIZENS[childRole as CitizenRole],
      kinship: guardian ?? (sex === "F" ? "MOTHER" : "FATHER"),
    })),
  ),
);
