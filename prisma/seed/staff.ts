// Staff accounts (S-1, D-1) for three schools — two in Karaganda, one rural — the Karaganda
// city education office, the Magzhan Zhumabayev district office and the ministry.
// Everyone signs in with DEMO_PASSWORD. Executors handle "Admission to the 1st grade" only
// when the director assigned it (S-4): school63.executor2 deliberately has no assignment.
// Parents are not pre-created: their accounts appear at the first eGov sign-in (P-2).
import type { Role } from "@/lib/generated/prisma/client";
import { ORG, ORGANISATIONS } from "./organisations";

export const DEMO_PASSWORD = "Demo2026!";

export type StaffSeed = {
  login: string;
  role: Role;
  organisationId: string;
  fullName: string;
  /** Staff imported from the school information system keep its portal id. */
  sisPortalId?: string;
  birthDate?: string;
  position?: string;
  hasFirstGrade?: boolean;
};

export const STAFF: readonly StaffSeed[] = [
  // School №63, Karaganda — two executors, one of them without the service.
  {
    login: "school63.admin",
    role: "ADMINISTRATOR",
    organisationId: ORG.school63,
    fullName: "Қасенова Ботагөз Маратқызы",
    sisPortalId: "BLM-63-001",
    birthDate: "1984-02-11",
    position: "Учитель информатики",
  },
  {
    login: "school63.director",
    role: "DIRECTOR",
    organisationId: ORG.school63,
    fullName: "Жақсыбекова Гүлмира Төлеуқызы",
    sisPortalId: "BLM-63-002",
    birthDate: "1972-10-05",
    position: "Директор",
  },
  {
    login: "school63.executor1",
    role: "EXECUTOR",
    organisationId: ORG.school63,
    fullName: "Серікбаева Айнұр Болатқызы",
    sisPortalId: "BLM-63-003",
    birthDate: "1988-06-17",
    position: "Заместитель директора по учебной работе",
    hasFirstGrade: true,
  },
  {
    login: "school63.executor2",
    role: "EXECUTOR",
    organisationId: ORG.school63,
    fullName: "Ли Светлана Юрьевна",
    sisPortalId: "BLM-63-004",
    birthDate: "1990-12-01",
    position: "Учитель начальных классов",
  },
  {
    login: "school63.psychologist",
    role: "PSYCHOLOGIST",
    organisationId: ORG.school63,
    fullName: "Омарова Дина Сәкенқызы",
    sisPortalId: "BLM-63-005",
    birthDate: "1993-03-29",
    position: "Педагог-психолог",
  },
  // School №9, Karaganda (Maikuduk).
  {
    login: "school9.admin",
    role: "ADMINISTRATOR",
    organisationId: ORG.school9,
    fullName: "Иванова Марина Петровна",
    sisPortalId: "BLM-09-001",
    birthDate: "1983-04-04",
    position: "Учитель информатики",
  },
  {
    login: "school9.director",
    role: "DIRECTOR",
    organisationId: ORG.school9,
    fullName: "Тлеубаев Марат Қуанышұлы",
    sisPortalId: "BLM-09-002",
    birthDate: "1969-09-19",
    position: "Директор",
  },
  {
    login: "school9.executor",
    role: "EXECUTOR",
    organisationId: ORG.school9,
    fullName: "Әбенова Жаннат Серікқызы",
    sisPortalId: "BLM-09-003",
    birthDate: "1985-07-23",
    position: "Заместитель директора по учебной работе",
    hasFirstGrade: true,
  },
  {
    login: "school9.methodologist",
    role: "METHODOLOGIST",
    organisationId: ORG.school9,
    fullName: "Попова Елена Сергеевна",
    sisPortalId: "BLM-09-004",
    birthDate: "1977-01-15",
    position: "Методист",
  },
  // Karakoga secondary school, North Kazakhstan region.
  {
    login: "karakoga.admin",
    role: "ADMINISTRATOR",
    organisationId: ORG.karakoga,
    fullName: "Нұрмағанбетов Ерлан Бейбітұлы",
    sisPortalId: "BLM-KKG-001",
    birthDate: "1987-02-20",
    position: "Учитель информатики",
  },
  {
    login: "karakoga.director",
    role: "DIRECTOR",
    organisationId: ORG.karakoga,
    fullName: "Сейітов Бақытжан Әміржанұлы",
    sisPortalId: "BLM-KKG-002",
    birthDate: "1970-12-12",
    position: "Директор",
  },
  {
    login: "karakoga.executor",
    role: "EXECUTOR",
    organisationId: ORG.karakoga,
    fullName: "Мұхамеджанова Гүлшат Қайратқызы",
    sisPortalId: "BLM-KKG-003",
    birthDate: "1982-04-08",
    position: "Заместитель директора по учебной работе",
    hasFirstGrade: true,
  },
  {
    login: "karakoga.socped",
    role: "SOCIAL_PEDAGOGUE",
    organisationId: ORG.karakoga,
    fullName: "Әбілова Райхан Төлегенқызы",
    sisPortalId: "BLM-KKG-004",
    birthDate: "1989-09-01",
    position: "Социальный педагог",
  },
  // District offices and the ministry.
  {
    login: "krg-goroo.admin",
    role: "DISTRICT_ADMINISTRATOR",
    organisationId: ORG.karagandaOffice,
    fullName: "Жүнісова Ақмарал Ерланқызы",
    sisPortalId: "BLM-GOROO-001",
    birthDate: "1980-08-15",
    position: "Главный специалист",
  },
  {
    login: "krg-goroo.officer",
    role: "DISTRICT_OFFICER",
    organisationId: ORG.karagandaOffice,
    fullName: "Бекмұратов Нұржан Асқарұлы",
    sisPortalId: "BLM-GOROO-002",
    birthDate: "1986-03-27",
    position: "Методист отдела образования",
  },
  {
    login: "mzh-roo.admin",
    role: "DISTRICT_ADMINISTRATOR",
    organisationId: ORG.magzhanOffice,
    fullName: "Ковальчук Андрей Васильевич",
    sisPortalId: "BLM-MZH-001",
    birthDate: "1979-01-21",
    position: "Главный специалист",
  },
  {
    login: "ministry.admin",
    role: "REGION_ADMINISTRATOR",
    organisationId: ORG.ministry,
    fullName: "Сағындықова Әйгерім Бақытқызы",
  },
];

export const userId = (login: string): string => `u-${login}`;

export type DemoAccount = { login: string; role: Role; organisationId: string; organisation: string; fullName: string };

/** The staff accounts of the demo, for the README and tests. Password: DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = STAFF.map((s) => ({
  login: s.login,
  role: s.role,
  organisationId: s.organisationId,
  organisation: ORGANISATIONS.find((o) => o.id === s.organisationId)?.nameRu ?? s.organisationId,
  fullName: s.fullName,
}));
