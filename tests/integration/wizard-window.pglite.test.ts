// X-4 on another business date: on 20 June 2026 Karaganda's window (29 June – 31 August) has
// not opened yet, so its schools take no applications, and the parent is told the dates.
process.env.APP_TODAY = "2026-06-20";
const { afterAll, beforeAll, describe, expect, it } = await import("@jest/globals");
const { useAppDatabase } = await import("./suites/app-database");
const { DEMO_CITIZENS } = await import("@/prisma/seed/citizens");
const { ORG } = await import("@/prisma/seed/organisations");

describe("opening window by APP_TODAY (X-4)", () => {
  let setup: Awaited<ReturnType<typeof useAppDatabase>>;
  beforeAll(async () => {
    setup = await useAppDatabase("pglite");
  });
  afterAll(async () => {
    await setup?.cleanup();
  });

  it("a Karaganda school is not open yet, with the dates to tell", async () => {
    const { checkOpeningWindow } = await import("@/lib/server/opening/check-opening-window");
    expect(await checkOpeningWindow(ORG.school63)).toMatchObject({
      ok: false,
      state: "NOT_YET",
      opensOn: "2026-06-29",
      closesOn: "2026-08-31",
    });
  });

  it("the school step refuses the school, so the draft cannot go on", async () => {
    const { db } = await import("@/lib/server/db");
    const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
    const { saveChildStep } = await import("@/lib/server/applications/save-child-step");
    const { saveSchoolWay } = await import("@/lib/server/applications/save-school-way");
    const { saveSchoolChoice } = await import("@/lib/server/applications/save-school-choice");
    await signInParent(DEMO_CITIZENS.eligibleMother);
    const prisma = await db();
    const parent = await prisma.user.findUniqueOrThrow({ where: { iin: DEMO_CITIZENS.eligibleMother } });
    await prisma.childConsent.create({
      data: { parentId: parent.id, childIin: DEMO_CITIZENS.eligibleChild, code: "000000", status: "CONFIRMED", confirmedAt: new Date() },
    });
    const saved = await saveChildStep(parent, "new", { applicant: {}, child: { iin: DEMO_CITIZENS.eligibleChild, specialNeeds: false } });
    if (!saved.ok) throw new Error(`step 1 failed: ${JSON.stringify(saved)}`);
    await saveSchoolWay(parent.id, saved.draftId, true);
    expect(await saveSchoolChoice(parent.id, saved.draftId, ORG.school63)).toMatchObject({
      ok: false,
      code: "CLOSED",
      window: { state: "NOT_YET", opensOn: "2026-06-29" },
    });
    const draft = await prisma.application.findUniqueOrThrow({ where: { id: saved.draftId } });
    expect(draft.schoolId).toBeNull();
  });
});

export {};
