// The local implementations of the outside systems (lib/server/integrations/*) over the
// seeded registry tables of an in-memory PGlite.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { Database } from "@/lib/server/db/client";
import { seedDemoData } from "@/lib/server/db/seed";
import { createLocalAddressRegistry } from "@/lib/server/integrations/address-registry";
import { createLocalCalendar } from "@/lib/server/integrations/calendar";
import { createLocalEnrolmentRegistry } from "@/lib/server/integrations/enrolment-registry";
import { createLocalHealthSystem } from "@/lib/server/integrations/health-system";
import { createLocalPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { createLocalSchoolInformationSystem } from "@/lib/server/integrations/school-information-system";
import { createLocalSmsGateway } from "@/lib/server/integrations/sms-gateway";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { ORG } from "@/prisma/seed/organisations";
import { openMigratedPglite } from "../fixtures/databases";

let database: Database;

beforeAll(async () => {
  database = await openMigratedPglite();
  await seedDemoData(database.prisma);
});

afterAll(async () => {
  await database?.close();
});

describe("population registry", () => {
  it("finds a citizen with the registration address resolved up to the region", async () => {
    const mother = await createLocalPopulationRegistry(database.prisma).findCitizen(DEMO_CITIZENS.twinsMother);
    expect(mother).toMatchObject({
      surname: "Сәрсенбаева",
      name: "Меруерт",
      patronymic: "Қанатқызы",
      fullName: "Сәрсенбаева Меруерт Қанатқызы",
      sex: "FEMALE",
      birthDate: "1993-01-27",
      phone: expect.stringMatching(/^\+77\d{9}$/),
    });
    expect(mother?.address).toMatchObject({
      buildingId: "b-krg-mukanov-7",
      streetId: "st-krg-mukanov",
      apartment: "3",
      regionId: "kz-krg",
      textKk: "Қарағанды облысы, Қарағанды Қ.Ә., Әлихан Бөкейхан атындағы аудан, Мұқанов көшесі, 7 үй, 3 пәтер",
      textRu: "Карагандинская область, Караганда Г.А., район имени Алихана Бокейхана, улица Муканова, дом 7, кв. 3",
    });
    expect(mother?.address?.unitPath.map((u) => u.level)).toEqual(["REGION", "CITY", "DISTRICT"]);
  });

  it("lists the two children of the two-child family with their full address", async () => {
    const children = await createLocalPopulationRegistry(database.prisma).childrenOf(DEMO_CITIZENS.twinsMother);
    expect(children.map((c) => c.iin).sort()).toEqual([DEMO_CITIZENS.twinBoy, DEMO_CITIZENS.twinGirl].sort());
    for (const child of children) {
      expect(child).toMatchObject({ birthDate: "2020-02-11", kinship: "MOTHER", phone: null });
      expect(child.address?.textRu).toContain("улица Муканова, дом 7, кв. 3");
    }
    expect(children.map((c) => c.sex).sort()).toEqual(["FEMALE", "MALE"]);
  });

  it("knows guardians, rural addresses and nobody it should not", async () => {
    const registry = createLocalPopulationRegistry(database.prisma);
    const [ward] = await registry.childrenOf(DEMO_CITIZENS.guardianGrandmother);
    expect(ward).toMatchObject({ iin: DEMO_CITIZENS.guardianChild, kinship: "GUARDIAN" });
    const rural = await registry.findCitizen(DEMO_CITIZENS.ruralChild);
    expect(rural?.address?.unitPath.map((u) => u.id)).toEqual(["kz-sko", "sko-mzh", "mzh-karakoga-ro", "mzh-karakoga"]);
    expect(rural?.address?.textKk).toContain("Қарақоға ауылы, Орталық көшесі, 12 үй");
    expect(rural?.address?.apartment).toBeNull();
    expect(await registry.childrenOf(DEMO_CITIZENS.adultWithoutChildren)).toEqual([]);
    expect(await registry.findCitizen("000000000000")).toBeNull();
    expect(await registry.findCitizen("not an iin")).toBeNull();
  });
});

describe("address registry", () => {
  it("walks the hierarchy from the regions down to the buildings", async () => {
    const registry = createLocalAddressRegistry(database.prisma);
    expect(await registry.unitChildren(null)).toHaveLength(20);
    expect((await registry.unitChildren("kz-krg")).map((u) => u.id)).toEqual(["krg-city"]);
    expect((await registry.unitChildren("krg-city")).map((u) => u.level)).toEqual(["DISTRICT", "DISTRICT"]);
    expect((await registry.unit("mzh-karakoga"))?.level).toBe("SETTLEMENT");
    expect(await registry.unit("nowhere")).toBeNull();
    const streets = await registry.streetsOf("krg-kazybek");
    expect(streets.map((s) => s.id)).toContain("st-krg-erzhanov");
    expect((await registry.buildingsOf("st-krg-erzhanov")).map((b) => b.number)).toEqual(["18", "22", "26", "30", "34"]);
    expect((await registry.unitPath("mzh-karakoga")).map((u) => u.id)).toEqual(["kz-sko", "sko-mzh", "mzh-karakoga-ro", "mzh-karakoga"]);
  });

  it("resolves an address and the region of a building, a street or a unit", async () => {
    const registry = createLocalAddressRegistry(database.prisma);
    expect(await registry.addressOf("b-krg-erzhanov-18")).toMatchObject({
      streetId: "st-krg-erzhanov",
      number: "18",
      textRu: "Карагандинская область, Караганда Г.А., район имени Казыбек би, улица Ержанова, дом 18",
    });
    expect(await registry.addressOf("b-nowhere")).toBeNull();
    expect((await registry.regionOf("b-kkg-ortalyk-12"))?.id).toBe("kz-sko");
    expect((await registry.regionOf("st-krg-mukanov"))?.regionCode).toBe("KARAGANDA");
    expect((await registry.regionOf("krg-kazybek"))?.id).toBe("kz-krg");
    expect((await registry.regionOf("kz-ast"))?.id).toBe("kz-ast");
    expect(await registry.regionOf("nowhere")).toBeNull();
    const many = await registry.addressesOf(["b-krg-erzhanov-18", "b-bul-yubileinaya-8", "b-nowhere"]);
    expect([...many.keys()].sort()).toEqual(["b-bul-yubileinaya-8", "b-krg-erzhanov-18"]);
  });
});

describe("enrolment registry and health system", () => {
  it("reports the enrolled child's school and grade, and nothing for the others", async () => {
    const registry = createLocalEnrolmentRegistry(database.prisma);
    expect(await registry.enrolmentOf(DEMO_CITIZENS.enrolledChild)).toEqual({
      organisationName: "КГУ «Общеобразовательная школа №45 имени Абая»",
      grade: 1,
      since: "2025-09-01",
    });
    expect(await registry.enrolmentOf(DEMO_CITIZENS.eligibleChild)).toBeNull();
  });

  it("returns both forms, one form, or nothing", async () => {
    const health = createLocalHealthSystem(database.prisma);
    const docs = await health.healthDocuments(DEMO_CITIZENS.eligibleChild);
    expect(docs.map((d) => d.form)).toEqual(["F065", "F052"]);
    expect(docs[0]).toMatchObject({ issuedOn: expect.stringMatching(/^2026-04-\d\d$/), organisation: expect.any(String) });
    expect((await health.healthDocuments(DEMO_CITIZENS.onlyF065Child)).map((d) => d.form)).toEqual(["F065"]);
    expect(await health.healthDocuments(DEMO_CITIZENS.noHealthChild)).toEqual([]);
  });
});

describe("school information system", () => {
  it("lists a school's staff and creates a pupil account once", async () => {
    const sis = createLocalSchoolInformationSystem(database.prisma);
    const staff = await sis.staffOf(ORG.school63);
    expect(staff.length).toBeGreaterThanOrEqual(6);
    expect(staff[0]).toMatchObject({ organisationId: ORG.school63, birthDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });

    const request = { organisationId: ORG.school63, childIin: DEMO_CITIZENS.eligibleChild, className: "1 «А»" };
    const login = await sis.createPupilAccount(request);
    expect(await sis.createPupilAccount({ ...request, className: "1 «Ә»" })).toBe(login);
    const accounts = await database.prisma.registrySisAccount.findMany({ where: { childIin: DEMO_CITIZENS.eligibleChild } });
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.className).toBe("1 «Ә»");
  });
});

describe("SMS gateway", () => {
  it("sends, records the reply and shows both newest first", async () => {
    const sms = createLocalSmsGateway(database.prisma);
    const phone = "+77010000001";
    await sms.send({ phone, sender: "1414", text: "КДК 4821: келісім үшін 511 деп жауап беріңіз" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await sms.recordReply({ phone: "8 701 000 00 01", text: "511" });
    await sms.send({ phone: "+77019999999", text: "Басқа нөмір" });

    const box = await sms.outbox({ phone, limit: 10 });
    expect(box.map((m) => [m.direction, m.sender, m.text])).toEqual([
      ["INCOMING", phone, "511"],
      ["OUTGOING", "1414", "КДК 4821: келісім үшін 511 деп жауап беріңіз"],
    ]);
    expect(await sms.outbox({ phone, limit: 10, direction: "OUTGOING" })).toHaveLength(1);
    expect((await sms.outbox({ limit: 1 }))[0]?.sender).toBe("Qabyldau");
    await expect(sms.send({ phone, text: "  " })).rejects.toThrow();
  });
});

describe("calendar", () => {
  it("returns the exceptions of a period and a region's opening window", async () => {
    const calendar = createLocalCalendar(database.prisma);
    const march = await calendar.exceptions("2026-03-01", "2026-03-31");
    expect(march.map((d) => d.date)).toEqual([
      "2026-03-08",
      "2026-03-09",
      "2026-03-21",
      "2026-03-22",
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
    ]);
    expect(march.every((d) => d.kind === "HOLIDAY" && d.nameKk && d.nameRu)).toBe(true);
    expect(await calendar.openingWindowOf("kz-krg", "2026-2027")).toEqual({
      regionId: "kz-krg",
      academicYear: "2026-2027",
      opensOn: "2026-06-29",
      closesOn: "2026-08-31",
    });
    expect(await calendar.openingWindowOf("kz-krg", "2030-2031")).toBeNull();
    const windows = await calendar.openingWindows("2026-2027");
    expect(windows).toHaveLength(20);
    expect(windows[0]?.opensOn).toBe("2026-05-27");
  });
});
