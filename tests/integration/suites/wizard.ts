// The wizard's use cases against each database (run by wizard.pglite / wizard.postgres):
// the blocking checks of step 1, the catchment lookup, the outside-catchment cascade, the
// opening window on the business date, drafts saved and resumed per parent and child.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS, type CitizenRole } from "@/prisma/seed/citizens";
import { ORG } from "@/prisma/seed/organisations";

export function defineWizardSuite(target: Target) {
  describe(`wizard on ${target} (APP_TODAY ${process.env.APP_TODAY})`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
      },
    });

    /** The parent's user (created by the eGov sign-in), with consent given for the listed children. */
    async function parentWithConsent(role: CitizenRole, children: CitizenRole[] = []) {
      await app.signInParent(DEMO_CITIZENS[role]);
      const prisma = await app.db();
      const parent = await prisma.user.findUniqueOrThrow({ where: { iin: DEMO_CITIZENS[role] }, include: { organisation: true } });
      for (const child of children) {
        await prisma.childConsent.upsert({
          where: { parentId_childIin: { parentId: parent.id, childIin: DEMO_CITIZENS[child] } },
          create: { parentId: parent.id, childIin: DEMO_CITIZENS[child], code: "000000", status: "CONFIRMED", confirmedAt: new Date() },
          update: { status: "CONFIRMED", confirmedAt: new Date() },
        });
      }
      return parent;
    }

    describe("checkChildEligibility (P-3)", () => {
      run("a child turning six on 31 December may apply", async () => {
        const parent = await parentWithConsent("dec31Mother", ["turnsSixOnDec31Child"]);
        expect(await app.checkChildEligibility(parent, DEMO_CITIZENS.turnsSixOnDec31Child)).toEqual({ ok: true });
      });

      run("a child turning six on 1 January is too young, and the date is given", async () => {
        const parent = await parentWithConsent("jan1Mother", ["turnsSixOnJan1Child"]);
        expect(await app.checkChildEligibility(parent, DEMO_CITIZENS.turnsSixOnJan1Child)).toEqual({
          ok: false,
          code: "AGE",
          reason: "TOO_YOUNG",
          turnsSixOn: "2027-01-01",
        });
      });

      run("an enrolled child is refused with the organisation and the grade", async () => {
        const parent = await parentWithConsent("enrolledMother", ["enrolledChild"]);
        const result = await app.checkChildEligibility(parent, DEMO_CITIZENS.enrolledChild);
        expect(result).toMatchObject({ ok: false, code: "ENROLLED", grade: 1 });
        expect(result.ok === false && result.code === "ENROLLED" && result.organisationName).toContain("№45");
      });

      run("without confirmed consent the child's data is not used", async () => {
        const parent = await parentWithConsent("eligibleFather");
        expect(await app.checkChildEligibility(parent, DEMO_CITIZENS.eligibleChild)).toEqual({ ok: false, code: "NO_CONSENT" });
        const prisma = await app.db();
        await prisma.childConsent.create({ data: { parentId: parent.id, childIin: DEMO_CITIZENS.eligibleChild, code: "123456" } });
        expect(await app.checkChildEligibility(parent, DEMO_CITIZENS.eligibleChild)).toEqual({ ok: false, code: "NO_CONSENT" });
      });

      run("another family's child is not yours", async () => {
        const parent = await parentWithConsent("eligibleMother");
        expect(await app.checkChildEligibility(parent, DEMO_CITIZENS.twinBoy)).toEqual({ ok: false, code: "NOT_YOUR_CHILD" });
      });

      run("an open application blocks both parents; only its own parent is shown which one", async () => {
        const father = await parentWithConsent("twinsFather", ["twinBoy", "twinGirl"]);
        const mother = await parentWithConsent("twinsMother", ["twinBoy"]);
        const prisma = await app.db();
        const open = await prisma.application.create({
          data: {
            parentId: father.id,
            childIin: DEMO_CITIZENS.twinBoy,
            openChildIin: DEMO_CITIZENS.twinBoy,
            status: "UNDER_REVIEW",
            academicYear: "2026-2027",
            schoolId: ORG.school9,
            submittedAt: new Date(),
          },
        });
        expect(await app.checkChildEligibility(father, DEMO_CITIZENS.twinBoy)).toEqual({
          ok: false,
          code: "OPEN_APPLICATION",
          own: { id: open.id, number: open.number },
        });
        expect(await app.checkChildEligibility(mother, DEMO_CITIZENS.twinBoy)).toEqual({ ok: false, code: "OPEN_APPLICATION", own: null });
        // The twin sister is not blocked by her brother's application.
        expect(await app.checkChildEligibility(father, DEMO_CITIZENS.twinGirl)).toEqual({ ok: true });
        // A withdrawn one no longer blocks.
        await prisma.application.update({ where: { id: open.id }, data: { status: "WITHDRAWN", openChildIin: null } });
        expect(await app.checkChildEligibility(father, DEMO_CITIZENS.twinBoy)).toEqual({ ok: true });
      });
    });

    describe("school lookup (P-4)", () => {
      run("by microdistrict: the registration address finds school №63", async () => {
        const found = await app.findCatchmentSchools(DEMO_CITIZENS.eligibleChild);
        expect(found.address?.buildingId).toBe("b-krg-erzhanov-22");
        expect(found.schools.map((s) => s.id)).toEqual([ORG.school63]);
      });

      run("an address in two catchments lists both schools", async () => {
        const found = await app.findCatchmentSchools(DEMO_CITIZENS.twoCatchmentChild);
        expect(found.schools.map((s) => s.id).sort()).toEqual([ORG.school63, ORG.school97].sort());
      });

      run("an address attached to no school lists none (Figure 14's message)", async () => {
        const found = await app.findCatchmentSchools(DEMO_CITIZENS.noCatchmentChild);
        expect(found.address).not.toBeNull();
        expect(found.schools).toEqual([]);
      });

      run("outside the microdistrict: only schools with a campaign that admit by choice", async () => {
        const kazybek = (await app.listChoiceSchools("krg-kazybek")).map((s) => s.id);
        expect(kazybek).toEqual(expect.arrayContaining([ORG.school63, ORG.school97, ORG.gymnasium93, ORG.school45]));
        expect(kazybek).not.toContain(ORG.school82); // catchment children only
        const bokeikhan = (await app.listChoiceSchools("krg-bokeikhan")).map((s) => s.id);
        expect(bokeikhan).toEqual(expect.arrayContaining([ORG.school9, ORG.school101, ORG.school76]));
        expect(bokeikhan).not.toContain(ORG.school22); // catchment children only
        expect(bokeikhan).not.toContain(ORG.school35); // no admission settings
        // A rural district lists the schools of its villages.
        expect((await app.listChoiceSchools("mzh-karakoga-ro")).map((s) => s.id)).toEqual([ORG.karakoga]);
        // The whole city administration covers both districts.
        expect((await app.listChoiceSchools("krg-city")).length).toBe(kazybek.length + bokeikhan.length);
      });

      run("the cascade drops picks that do not belong under the level above", async () => {
        const cascade = await app.resolveCascade(["kz-sko", "sko-mzh", "mzh-karakoga-ro", "mzh-karakoga"]);
        expect(cascade.path.map((u) => u.id)).toEqual(["kz-sko", "sko-mzh", "mzh-karakoga-ro", "mzh-karakoga"]);
        const stale = await app.resolveCascade(["kz-krg", "sko-mzh"]);
        expect(stale.selected?.id).toBe("kz-krg");
        expect(stale.levels[1]?.options.map((o) => o.id)).toEqual(["krg-city"]);
      });

      run("free seats per language: all of them by catchment, the quota's share outside (X-2)", async () => {
        const byCatchment = await app.getSeatOptions(ORG.school101, "2026-2027", true);
        const outside = await app.getSeatOptions(ORG.school101, "2026-2027", false);
        const kk = (list: typeof byCatchment) => list.find((s) => s.language === "KK" && s.classType === "GENERAL");
        expect(kk(byCatchment)?.free).toBe(5);
        expect(kk(outside)?.free).toBe(1);
      });
    });

    describe("opening window (X-4)", () => {
      run("Karaganda and North Kazakhstan take applications on 6 July 2026", async () => {
        expect(await app.checkOpeningWindow(ORG.school63)).toEqual({ ok: true, opensOn: "2026-06-29", closesOn: "2026-08-31" });
        expect((await app.checkOpeningWindow(ORG.karakoga)).ok).toBe(true);
      });

      run("before and after the window the dates are given", async () => {
        expect(await app.checkOpeningWindow(ORG.school63, "2026-06-28")).toMatchObject({
          ok: false,
          state: "NOT_YET",
          opensOn: "2026-06-29",
          closesOn: "2026-08-31",
          region: { nameKk: "Қарағанды облысы" },
        });
        expect(await app.checkOpeningWindow(ORG.school63, "2026-09-01")).toMatchObject({ ok: false, state: "CLOSED" });
        expect(await app.checkOpeningWindow("no-such-school")).toMatchObject({ ok: false, state: "NO_WINDOW" });
      });
    });

    describe("drafts", () => {
      run("step 1 makes one draft per parent and child, and a second start resumes it", async () => {
        const parent = await parentWithConsent("twoCatchmentMother", ["twoCatchmentChild"]);
        const input = { applicant: { extraPhone: "+77011234567" }, child: { iin: DEMO_CITIZENS.twoCatchmentChild, specialNeeds: false } };
        const first = await app.saveChildStep(parent, "new", input);
        expect(first).toMatchObject({ ok: true, resumed: false });
        const again = await app.saveChildStep(parent, "new", { ...input, child: { ...input.child, specialNeeds: true } });
        expect(again).toMatchObject({ ok: true, resumed: true });
        if (!first.ok || !again.ok) throw new Error("unreachable");
        expect(again.draftId).toBe(first.draftId);
        const prisma = await app.db();
        const draft = await prisma.application.findUniqueOrThrow({ where: { id: first.draftId } });
        expect(draft).toMatchObject({
          status: "DRAFT",
          parentId: parent.id,
          childIin: DEMO_CITIZENS.twoCatchmentChild,
          academicYear: "2026-2027",
        });
        expect(draft.answers).toEqual({ applicant: input.applicant, child: { ...input.child, specialNeeds: true } });
        expect(draft.openChildIin).toBeNull();
      });

      run("step 1 refuses an ineligible child and makes no draft", async () => {
        const parent = await parentWithConsent("enrolledFather", ["enrolledChild"]);
        const result = await app.saveChildStep(parent, "new", {
          applicant: {},
          child: { iin: DEMO_CITIZENS.enrolledChild, specialNeeds: false },
        });
        expect(result).toMatchObject({ ok: false, code: "INELIGIBLE", eligibility: { code: "ENROLLED" } });
        const prisma = await app.db();
        expect(await prisma.application.count({ where: { parentId: parent.id } })).toBe(0);
      });

      run("step 2 saves the way, the school and the seat, resets what depends on them, and sets the columns", async () => {
        const parent = await parentWithConsent("eligibleMother", ["eligibleChild"]);
        const saved = await app.saveChildStep(parent, "new", {
          applicant: {},
          child: { iin: DEMO_CITIZENS.eligibleChild, specialNeeds: false },
        });
        if (!saved.ok) throw new Error(`step 1 failed: ${JSON.stringify(saved)}`);
        const id = saved.draftId;
        expect(await app.saveSchoolChoice(parent.id, id, ORG.school63)).toEqual({ ok: false, code: "WAY_MISSING" });
        expect(await app.saveSchoolWay(parent.id, id, true)).toEqual({ ok: true });
        // Not in the child's catchment.
        expect(await app.saveSchoolChoice(parent.id, id, ORG.school97)).toEqual({ ok: false, code: "NOT_OFFERED" });
        expect(await app.saveSchoolChoice(parent.id, id, ORG.school63)).toEqual({ ok: true });
        expect(await app.saveSchoolSeat(parent.id, id, { language: "EN", classType: "GENERAL" })).toEqual({
          ok: false,
          code: "NOT_OFFERED",
        });
        expect(await app.saveSchoolSeat(parent.id, id, { language: "KK", classType: "GENERAL" })).toEqual({ ok: true });
        const prisma = await app.db();
        let draft = await prisma.application.findUniqueOrThrow({ where: { id } });
        expect(draft).toMatchObject({ schoolId: ORG.school63, isCatchment: true, language: "KK", classType: "GENERAL", seatId: null });
        const state = await app.loadWizardFresh(parent.id, id);
        expect(state?.resumeAt).toBe("documents");

        // Outside the microdistrict now: the school and language go, the way stays.
        expect(await app.saveSchoolWay(parent.id, id, false)).toEqual({ ok: true });
        draft = await prisma.application.findUniqueOrThrow({ where: { id } });
        expect(draft).toMatchObject({ schoolId: null, isCatchment: false, language: null, classType: null });
        expect(draft.answers).toMatchObject({ school: { byCatchment: false } });
        expect(await app.saveSchoolChoice(parent.id, id, ORG.school82)).toEqual({ ok: false, code: "NOT_OFFERED" });
        expect(await app.saveSchoolChoice(parent.id, id, ORG.school76)).toEqual({ ok: true });
        expect((await app.loadWizardFresh(parent.id, id))?.resumeAt).toBe("school/language");
      });

      run("a full unit cannot be chosen outside the microdistrict once the quota is used", async () => {
        const parent = await parentWithConsent("raceMotherB", ["raceChildB"]);
        const saved = await app.saveChildStep(parent, "new", {
          applicant: {},
          child: { iin: DEMO_CITIZENS.raceChildB, specialNeeds: false },
        });
        if (!saved.ok) throw new Error("step 1 failed");
        await app.saveSchoolWay(parent.id, saved.draftId, false);
        expect(await app.saveSchoolChoice(parent.id, saved.draftId, ORG.school101)).toEqual({ ok: true });
        const prisma = await app.db();
        await prisma.seatCapacity.update({ where: { id: "seat-sch-krg-101-2026-general-kk" }, data: { reservedOutside: 1 } });
        expect(await app.saveSchoolSeat(parent.id, saved.draftId, { language: "KK", classType: "GENERAL" })).toEqual({
          ok: false,
          code: "FULL",
        });
        expect(await app.saveSchoolSeat(parent.id, saved.draftId, { language: "RU", classType: "GENERAL" })).toEqual({ ok: true });
        await prisma.seatCapacity.update({ where: { id: "seat-sch-krg-101-2026-general-kk" }, data: { reservedOutside: 0 } });
      });

      run("transport: asked only where offered; the address is needed only when the family lives elsewhere", async () => {
        const parent = await parentWithConsent("ruralMother", ["ruralChild"]);
        const saved = await app.saveChildStep(parent, "new", {
          applicant: {},
          child: { iin: DEMO_CITIZENS.ruralChild, specialNeeds: false },
        });
        if (!saved.ok) throw new Error("step 1 failed");
        const id = saved.draftId;
        await app.saveSchoolWay(parent.id, id, true);
        expect(await app.saveSchoolChoice(parent.id, id, ORG.karakoga)).toEqual({ ok: true });
        expect(await app.saveSchoolSeat(parent.id, id, { language: "KK", classType: "GENERAL" })).toEqual({ ok: true });
        expect((await app.loadWizardFresh(parent.id, id))?.resumeAt).toBe("school/transport");
        expect(await app.saveTransport(parent.id, id, { needed: true, sameAsRegistration: false })).toEqual({ ok: true });
        expect((await app.loadWizardFresh(parent.id, id))?.resumeAt).toBe("school/transport-address");
        expect(await app.saveTransportAddress(parent.id, id, { unitIds: ["kz-sko"], street: "Орталық", house: "3" })).toEqual({
          ok: false,
          code: "UNITS_INCOMPLETE",
          missing: "districtId",
        });
        const units = ["kz-sko", "sko-mzh", "mzh-karakoga-ro", "mzh-karakoga"];
        expect(await app.saveTransportAddress(parent.id, id, { unitIds: units, street: "Орталық көшесі", house: "3" })).toEqual({
          ok: true,
        });
        const state = await app.loadWizardFresh(parent.id, id);
        expect(state?.draft.answers.school?.transport).toEqual({
          needed: true,
          sameAsRegistration: false,
          address: {
            regionId: "kz-sko",
            districtId: "sko-mzh",
            ruralDistrictId: "mzh-karakoga-ro",
            settlementId: "mzh-karakoga",
            street: "Орталық көшесі",
            house: "3",
          },
        });
        expect(state?.resumeAt).toBe("documents");
        // Back to "same as registration": the entered address is forgotten.
        expect(await app.saveTransport(parent.id, id, { needed: true, sameAsRegistration: true })).toEqual({ ok: true });
        expect((await app.loadWizardFresh(parent.id, id))?.draft.answers.school?.transport).toEqual({
          needed: true,
          sameAsRegistration: true,
          address: null,
        });
      });

      run("step 3 needs every document, checked on the server; a guessed draft id is not found", async () => {
        const parent = await parentWithConsent("specialNeedsMother", ["specialNeedsChild"]);
        const saved = await app.saveChildStep(parent, "new", {
          applicant: {},
          child: { iin: DEMO_CITIZENS.specialNeedsChild, specialNeeds: true },
        });
        if (!saved.ok) throw new Error("step 1 failed");
        const consents = { dataCorrect: true as const, externalDataConsent: true as const };
        expect(await app.saveDocumentsStep(parent.id, saved.draftId, consents)).toEqual({
          ok: false,
          code: "DOCUMENTS_MISSING",
          missing: ["PHOTO", "F065", "F052", "PMPK"],
        });
        const stranger = await parentWithConsent("eligibleFather");
        expect(await app.saveDocumentsStep(stranger.id, saved.draftId, consents)).toEqual({ ok: false, code: "NOT_FOUND" });
        expect(await app.saveSchoolWay(stranger.id, saved.draftId, true)).toEqual({ ok: false, code: "NOT_FOUND" });
        expect(await app.loadWizardFresh(stranger.id, saved.draftId)).toBeNull();
      });

      run("a draft for the wrong child cannot be switched to another child", async () => {
        const father = await parentWithConsent("twinsFather", ["twinBoy", "twinGirl"]);
        const girl = await app.saveChildStep(father, "new", { applicant: {}, child: { iin: DEMO_CITIZENS.twinGirl, specialNeeds: false } });
        if (!girl.ok) throw new Error("step 1 failed");
        expect(
          await app.saveChildStep(father, girl.draftId, { applicant: {}, child: { iin: DEMO_CITIZENS.twinBoy, specialNeeds: false } }),
        ).toEqual({
          ok: false,
          code: "CHILD_LOCKED",
        });
        const drafts = await app.listMyDrafts(father.id);
        expect(drafts.map((d) => [d.childIin, d.resumeAt])).toContainEqual([DEMO_CITIZENS.twinGirl, "school/way"]);
      });
    });
  });
}

async function loadApp() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
  const { checkChildEligibility } = await import("@/lib/server/applications/check-child");
  const { checkOpeningWindow } = await import("@/lib/server/opening/check-opening-window");
  const { findCatchmentSchools } = await import("@/lib/server/catchments/find-catchment-schools");
  const { listChoiceSchools } = await import("@/lib/server/schools/list-choice-schools");
  const { resolveCascade } = await import("@/lib/server/catchments/address-cascade");
  const { getSeatOptions } = await import("@/lib/server/schools/get-seat-options");
  const { saveChildStep } = await import("@/lib/server/applications/save-child-step");
  const { saveSchoolWay } = await import("@/lib/server/applications/save-school-way");
  const { saveSchoolChoice } = await import("@/lib/server/applications/save-school-choice");
  const { saveSchoolSeat } = await import("@/lib/server/applications/save-school-seat");
  const { saveTransport } = await import("@/lib/server/applications/save-transport");
  const { saveTransportAddress } = await import("@/lib/server/applications/save-transport-address");
  const { saveDocumentsStep } = await import("@/lib/server/applications/save-documents-step");
  const { loadWizardFresh, listMyDrafts } = await import("@/lib/server/applications/load-wizard");
  return {
    db,
    signInParent,
    checkChildEligibility,
    checkOpeningWindow,
    findCatchmentSchools,
    listChoiceSchools,
    resolveCascade,
    getSeatOptions,
    saveChildStep,
    saveSchoolWay,
    saveSchoolChoice,
    saveSchoolSeat,
    saveTransport,
    saveTransportAddress,
    saveDocumentsStep,
    loadWizardFresh,
    listMyDrafts,
  };
}
