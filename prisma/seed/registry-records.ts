// Health information system (forms 065/у and 052-2/у) and enrolment registry records.
// Every child has both forms except noHealthChild (none) and onlyF065Child (no F052).
import type { Prisma } from "@/lib/generated/prisma/client";
import { CITIZENS, DEMO_CHILDREN, DEMO_CITIZENS, type CitizenRole } from "./citizens";
import { ORGANISATIONS, ORG } from "./organisations";

const CLINIC_BY_STREET_PREFIX: ReadonlyArray<[prefix: string, clinic: string]> = [
  ["b-krg-mukanov", "КГП «Поликлиника №4 г. Караганды»"],
  ["b-krg-vostok", "КГП «Поликлиника №4 г. Караганды»"],
  ["b-krg-mkr-", "КГП «Поликлиника №5 г. Караганды»"],
  ["b-krg-", "КГП «Поликлиника №1 г. Караганды»"],
  ["b-kkg-", "КГП «Районная больница района Магжана Жумабаева», Каракогинский ФАП"],
  ["b-bul-", "КГП «Районная больница района Магжана Жумабаева»"],
];

const F065_SUMMARY =
  "Профилактические прививки по Национальному календарю: БЦЖ, ВГВ-1–3, АбКДС-ИПВ-Hib-1–4, ОПВ, " +
  "ККП-1, ПКВ-1–3 — выполнены в срок. Ревакцинация ККП-2 и АбКДС в 6 лет — по графику.";
const F052_SUMMARY =
  "Группа здоровья I. Физическое развитие среднее, гармоничное. Противопоказаний к обучению " + "в общеобразовательной школе нет.";
const F052_SPECIAL_NEEDS =
  "Группа здоровья II. Общее недоразвитие речи II уровня. Рекомендовано обследование " +
  "психолого-медико-педагогической консультацией (ПМПК).";

const WITHOUT_F065: readonly CitizenRole[] = ["noHealthChild"];
const WITHOUT_F052: readonly CitizenRole[] = ["noHealthChild", "onlyF065Child"];

function clinicOf(iin: string): string {
  const building = CITIZENS.find((c) => c.iin === iin)?.registrationBuildingId ?? "";
  return CLINIC_BY_STREET_PREFIX.find(([prefix]) => building.startsWith(prefix))?.[1] ?? "КГП «Городская поликлиника»";
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type HealthDoc = Prisma.RegistryHealthDocCreateManyInput;

export const HEALTH_DOCS: readonly HealthDoc[] = DEMO_CHILDREN.flatMap(({ role, iin }, i) => {
  // Issued at the spring check-up before school, on different days.
  const common = { childIin: iin, issuedOn: day(`2026-04-${String(6 + (i % 20)).padStart(2, "0")}`), organisation: clinicOf(iin) };
  const docs: HealthDoc[] = [];
  if (!WITHOUT_F065.includes(role)) {
    docs.push({ ...common, id: `hd-${iin}-f065`, form: "F065", summary: F065_SUMMARY });
  }
  if (!WITHOUT_F052.includes(role)) {
    const summary = role === "specialNeedsChild" ? F052_SPECIAL_NEEDS : F052_SUMMARY;
    docs.push({ ...common, id: `hd-${iin}-f052`, form: "F052", summary });
  }
  return docs;
});

const nameOf = (orgId: string) => ORGANISATIONS.find((o) => o.id === orgId)?.nameRu ?? orgId;

export const ENROLMENTS: readonly Prisma.RegistryEnrolmentCreateManyInput[] = [
  {
    id: "enr-enrolled-child",
    childIin: DEMO_CITIZENS.enrolledChild,
    organisationName: nameOf(ORG.school45),
    grade: 1,
    since: day("2025-09-01"),
  },
  {
    id: "enr-transfer-pupil",
    childIin: DEMO_CITIZENS.transferPupil,
    organisationName: nameOf(ORG.school22),
    grade: 3,
    since: day("2023-09-01"),
  },
];
