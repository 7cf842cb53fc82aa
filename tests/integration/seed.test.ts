// The demo data (prisma/seed/* loaded by lib/server/db/seed.ts) on an in-memory PGlite:
// every case the other tests and the demo rely on is really there.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Database } from "@/lib/server/db/client";
import { isDatabaseEmpty } from "@/lib/server/db/client";
import { seedDemoData, type SeedSummary } from "@/lib/server/db/seed";
import { verifyPassword } from "@/lib/server/auth/password";
import { iinAgreesWith, iinCheckDigit, isValidIin } from "@/lib/iin/iin";
import { checkAdmissionAge } from "@/lib/application/age";
import { REGION_CODES } from "@/lib/calendar/opening";
import { DEMO_CHILDREN, DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { ORG } from "@/prisma/seed/organisations";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/staff";
import { SCHOOL_WITHOUT_CAMPAIGN } from "@/prisma/seed/campaigns";
import { NO_CATCHMENT_BUILDING, TWO_CATCHMENT_BUILDING } from "@/prisma/seed/catchments";
import { openMigratedPglite } from "../fixtures/databases";

let database: Database;
let summary: SeedSummary;
const prisma = () => database.prisma;
const day = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  database = await openMigratedPglite();
  expect(await isDatabaseEmpty(database.prisma)).toBe(true);
  summary = await seedDemoData(database.prisma);
});

afterAll(async () => {
  await database?.close();
});

/** Schools whose catchment holds the building: through its street or the building itself. */
async function catchmentSchoolsOf(buildingId: string): Promise<string[]> {
  const building = await prisma().building.findUniqueOrThrow({ where: { id: buildingId } });
  const rows = await prisma().catchment.findMany({
    where: { OR: [{ buildingId }, { streetId: building.streetId }] },
  });
  return [...new Set(rows.map((r) => r.schoolId))].sort();
}

async function citizen(iin: string) {
  return prisma().citizen.findUniqueOrThrow({ where: { iin } });
}

describe("seedDemoData", () => {
  it("writes everything in one go and reports the counts", async () => {
    expect(summary.isSeeded).toBe(true);
    expect(summary.counts.citizens).toBeGreaterThanOrEqual(40);
    expect(summary.counts.schools).toBeGreaterThanOrEqual(12);
    expect(await prisma().citizen.count()).toBe(summary.counts.citizens);
    expect(await prisma().user.count()).toBe(summary.counts.users);
    expect(await prisma().catchment.count()).toBe(summary.counts.catchments);
  });

  it("refuses to seed twice", async () => {
    expect(await isDatabaseEmpty(prisma())).toBe(false);
    const before = await prisma().organisation.count();
    const again = await seedDemoData(prisma());
    expect(again.isSeeded).toBe(false);
    expect(await prisma().organisation.count()).toBe(before);
  });
});

describe("population registry data", () => {
  it("gives every citizen a valid IIN that agrees with the birth date and sex", async () => {
    const rows = await prisma().citizen.findMany();
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const row of rows) {
      expect(isValidIin(row.iin)).toBe(true);
      expect(iinAgreesWith(row.iin, day(row.birthDate), row.sex)).toBe(true);
    }
  });

  it("gives every adult a mobile phone and every child a parent", async () => {
    const children = new Set(DEMO_CHILDREN.map((c) => c.iin));
    for (const row of await prisma().citizen.findMany({ include: { parents: true } })) {
      if (children.has(row.iin)) expect(row.parents.length).toBeGreaterThan(0);
      else expect(row.phone).toMatch(/^\+77\d{9}$/);
    }
  });

  it("has the age-rule edge cases with their exact birth dates", async () => {
    const today = "2026-06-29";
    const eligible = await citizen(DEMO_CITIZENS.eligibleChild);
    expect(eligible.birthDate.getUTCFullYear()).toBe(2020);
    expect(checkAdmissionAge(day(eligible.birthDate), today).ok).toBe(true);
    const dec31 = await citizen(DEMO_CITIZENS.turnsSixOnDec31Child);
    expect(day(dec31.birthDate)).toBe("2020-12-31");
    expect(checkAdmissionAge(day(dec31.birthDate), today).ok).toBe(true);
    const jan1 = await citizen(DEMO_CITIZENS.turnsSixOnJan1Child);
    expect(day(jan1.birthDate)).toBe("2021-01-01");
    expect(checkAdmissionAge(day(jan1.birthDate), today)).toMatchObject({ ok: false, reason: "TOO_YOUNG" });
    expect(day((await citizen(DEMO_CITIZENS.leapDayChild)).birthDate)).toBe("2020-02-29");
  });

  it("has an enrolled child and a pupil for the transfer service", async () => {
    const enrolled = await prisma().registryEnrolment.findMany({ where: { childIin: DEMO_CITIZENS.enrolledChild } });
    expect(enrolled).toEqual([expect.objectContaining({ grade: 1 })]);
    const pupil = await prisma().registryEnrolment.findFirst({ where: { childIin: DEMO_CITIZENS.transferPupil } });
    expect(pupil?.grade).toBe(3);
    expect(await prisma().registryEnrolment.count({ where: { childIin: DEMO_CITIZENS.eligibleChild } })).toBe(0);
  });

  it("has health records for every child but the no-health one, and only F065 for one", async () => {
    for (const { role, iin } of DEMO_CHILDREN) {
      const forms = (await prisma().registryHealthDoc.findMany({ where: { childIin: iin } })).map((d) => d.form).sort();
      const expected = role === "noHealthChild" ? [] : role === "onlyF065Child" ? ["F065"] : ["F052", "F065"];
      expect({ role, forms }).toEqual({ role, forms: expected });
    }
  });

  it("has a family with two children of age", async () => {
    const links = await prisma().registryKinship.findMany({
      where: { parentIin: DEMO_CITIZENS.twinsMother },
      include: { child: true },
    });
    expect(links.map((l) => l.childIin).sort()).toEqual([DEMO_CITIZENS.twinBoy, DEMO_CITIZENS.twinGirl].sort());
    for (const l of links) expect(checkAdmissionAge(day(l.child.birthDate), "2026-07-01").ok).toBe(true);
  });

  it("places the catchment cases where they belong", async () => {
    const twoCatchment = await citizen(DEMO_CITIZENS.twoCatchmentChild);
    expect(twoCatchment.registrationBuildingId).toBe(TWO_CATCHMENT_BUILDING);
    expect(await catchmentSchoolsOf(TWO_CATCHMENT_BUILDING)).toEqual([ORG.school63, ORG.school97].sort());

    const noCatchment = await citizen(DEMO_CITIZENS.noCatchmentChild);
    expect(noCatchment.registrationBuildingId).toBe(NO_CATCHMENT_BUILDING);
    expect(await catchmentSchoolsOf(NO_CATCHMENT_BUILDING)).toEqual([]);
    expect((await citizen(DEMO_CITIZENS.noCatchmentMother)).registrationBuildingId).toBe(NO_CATCHMENT_BUILDING);

    expect(await catchmentSchoolsOf((await citizen(DEMO_CITIZENS.eligibleChild)).registrationBuildingId!)).toEqual([ORG.school63]);
    expect(await catchmentSchoolsOf((await citizen(DEMO_CITIZENS.raceChildA)).registrationBuildingId!)).toEqual([ORG.school101]);
  });

  it("has a rural family in Karakoga", async () => {
    const child = await prisma().citizen.findUniqueOrThrow({
      where: { iin: DEMO_CITIZENS.ruralChild },
      include: { registrationBuilding: { include: { street: true } } },
    });
    expect(child.registrationBuilding?.street.unitId).toBe("mzh-karakoga");
    expect(await catchmentSchoolsOf(child.registrationBuildingId!)).toEqual([ORG.karakoga]);
  });
});

describe("organisations and campaigns", () => {
  it("has at least 12 schools, 8 in Karaganda over both districts and 3 in Magzhan Zhumabayev district", async () => {
    const schools = await prisma().organisation.findMany({ where: { kind: "SCHOOL" } });
    expect(schools.length).toBeGreaterThanOrEqual(12);
    const inUnit = (...ids: string[]) => schools.filter((s) => ids.includes(s.addressUnitId));
    expect(inUnit("krg-kazybek", "krg-bokeikhan").length).toBeGreaterThanOrEqual(8);
    expect(inUnit("krg-kazybek").length).toBeGreaterThan(0);
    expect(inUnit("krg-bokeikhan").length).toBeGreaterThan(0);
    expect(inUnit("mzh-bulaevo", "mzh-karakoga").length).toBeGreaterThanOrEqual(3);
    for (const s of schools) {
      expect(s.districtOfficeId).toBeTruthy();
      expect(s.bin).toMatch(/^\d{12}$/);
      expect(iinCheckDigit(s.bin!.slice(0, 11))).toBe(Number(s.bin!.charAt(11)));
    }
    expect(schools.filter((s) => s.languages.includes("EN")).length).toBeGreaterThan(0);
    expect(schools.filter((s) => s.hasTransport && s.addressUnitId.startsWith("krg-")).length).toBeGreaterThan(0);
  });

  it("has a campaign for every school but one, and one nearly full school", async () => {
    const without = await prisma().organisation.findMany({ where: { kind: "SCHOOL", campaigns: { none: {} } } });
    expect(without.map((s) => s.id)).toEqual([SCHOOL_WITHOUT_CAMPAIGN]);
    const campaigns = await prisma().admissionCampaign.findMany({ include: { seats: true } });
    expect(campaigns.every((c) => c.academicYear === "2026-2027" && c.maxPerClass === 25 && c.seats.length > 0)).toBe(true);
    expect(campaigns.filter((c) => !c.admitsByChoice).length).toBeGreaterThanOrEqual(2);
    const small = campaigns.flatMap((c) => c.seats).filter((s) => s.capacity === 5);
    expect(small.length).toBe(1);
  });
});

describe("calendar and opening windows", () => {
  it("has all 20 regions with their opening window", async () => {
    const regions = await prisma().addressUnit.findMany({ where: { level: "REGION" } });
    expect(regions.map((r) => r.regionCode).sort()).toEqual([...REGION_CODES].sort());
    const windows = await prisma().openingWindow.findMany({ where: { academicYear: "2026-2027" } });
    expect(windows.map((w) => w.regionId).sort()).toEqual(regions.map((r) => r.id).sort());
    const karaganda = windows.find((w) => w.regionId === "kz-krg");
    expect(karaganda && [day(karaganda.opensOn), day(karaganda.closesOn)]).toEqual(["2026-06-29", "2026-08-31"]);
  });

  it("moves weekend holidays to the next working day and has a worked Saturday", async () => {
    const days = await prisma().calendarDay.findMany();
    const holidays = new Set(days.filter((d) => d.kind === "HOLIDAY").map((d) => day(d.date)));
    for (const d of ["2026-03-09", "2026-03-24", "2026-03-25", "2026-05-11", "2026-05-27", "2026-08-31", "2026-10-26", "2027-01-04"]) {
      expect(holidays.has(d)).toBe(true);
    }
    const workdays = days.filter((d) => d.kind === "WORKDAY");
    expect(workdays.length).toBeGreaterThan(0);
    expect(workdays.every((d) => d.date.getUTCDay() === 6)).toBe(true);
  });
});

describe("staff", () => {
  it("lets every demo account sign in with the demo password", async () => {
    const users = await prisma().user.findMany({ where: { login: { in: DEMO_ACCOUNTS.map((a) => a.login) } } });
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);
    for (const u of users) expect(await verifyPassword(DEMO_PASSWORD, u.passwordHash ?? "")).toBe(true);
    expect(await verifyPassword("demo2026!", users[0]?.passwordHash ?? "")).toBe(false);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(users.length);
  });

  it("staffs three schools and leaves one executor without the first-grade service", async () => {
    for (const school of [ORG.school63, ORG.school9, ORG.karakoga]) {
      const roles = (await prisma().user.findMany({ where: { organisationId: school } })).map((u) => u.role);
      expect(roles).toEqual(expect.arrayContaining(["ADMINISTRATOR", "DIRECTOR", "EXECUTOR"]));
      expect(roles.length).toBeGreaterThanOrEqual(4);
    }
    const executors = await prisma().user.findMany({ where: { role: "EXECUTOR" }, include: { assignments: true } });
    expect(executors.filter((e) => e.organisationId === ORG.school63)).toHaveLength(2);
    expect(executors.filter((e) => e.assignments.length === 0).map((e) => e.login)).toEqual(["school63.executor2"]);
    const office = (await prisma().user.findMany({ where: { organisationId: ORG.karagandaOffice } })).map((u) => u.role);
    expect(office.sort()).toEqual(["DISTRICT_ADMINISTRATOR", "DISTRICT_OFFICER"]);
    expect(await prisma().user.count({ where: { role: "REGION_ADMINISTRATOR" } })).toBe(1);
    // Parents exist only as the applicants of the back office's seeded applications.
    expect(await prisma().user.count({ where: { role: "PARENT", applications: { none: {} } } })).toBe(0);
  });

  it("lists staff in the school information system, some imported and some not", async () => {
    for (const school of await prisma().organisation.findMany({ where: { kind: "SCHOOL" } })) {
      expect(await prisma().registrySisStaff.count({ where: { organisationId: school.id } })).toBeGreaterThanOrEqual(6);
    }
    const sis = await prisma().registrySisStaff.findMany({ where: { organisationId: ORG.school63 } });
    const imported = new Set((await prisma().user.findMany({ where: { organisationId: ORG.school63 } })).map((u) => u.sisPortalId));
    expect(sis.filter((p) => imported.has(p.portalId)).length).toBeGreaterThan(0);
    expect(sis.filter((p) => !imported.has(p.portalId)).length).toBeGreaterThan(0);
  });

  it("gives every school three response templates", async () => {
    const schools = await prisma().organisation.findMany({ where: { kind: "SCHOOL" }, include: { templates: true } });
    for (const s of schools) expect(s.templates).toHaveLength(3);
  });
});
