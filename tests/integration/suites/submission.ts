// Submission under load, idempotency and withdrawal, run on each database by thin test files.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";

export function defineSubmissionSuite(target: Target, raceSize: number) {
  describe(`submission on ${target}`, () => {
    let app: Awaited<ReturnType<typeof load>>;
    const run = onAppDatabase(target, {
      env: { APP_TODAY: "2026-07-06" }, // Karaganda's admission window is open
      load: async () => {
        app = await load();
      },
      setupTimeout: 120_000,
      testTimeout: 600_000,
    });

    run(`${raceSize} parents sign at once for 5 seats (1 outside the catchment): exactly 5 get one`, async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `race${target}`, 5);
      let t0 = Date.now();
      const families = await app.createSignedFamilies(prisma, school, {
        tag: "race", count: raceSize, outsideCount: Math.floor(raceSize / 5), serialBase: 9000,
      });
      console.log(`prepared ${raceSize} signed drafts in ${Date.now() - t0} ms`);
      t0 = Date.now();
      const results = await Promise.all(families.map((f) => app.submitApplication(f.parent, f.requestId)));
      console.log(`${raceSize} concurrent submissions in ${Date.now() - t0} ms`);

      const accepted = results.filter((r) => r.ok);
      expect(accepted).toHaveLength(5);
      const refused = results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error));
      expect(new Set(refused)).toEqual(new Set(refused.filter((e) => e === "NO_SEAT" || e === "QUOTA_USED")));
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment + seat.reservedOutside).toBe(5);
      expect(seat.reservedOutside).toBeLessThanOrEqual(1);
      const submitted = await prisma.application.findMany({ where: { schoolId: school.schoolId, status: "UNDER_REVIEW" } });
      expect(submitted).toHaveLength(5);
      expect(submitted.filter((a) => !a.isCatchment).length).toBe(seat.reservedOutside);
      // Nothing of a refused submission is kept: its draft stays a draft, its signature unused.
      expect(await prisma.application.count({ where: { schoolId: school.schoolId, status: "DRAFT" } })).toBe(raceSize - 5);
      expect(await prisma.signingRequest.count({ where: { id: { in: families.map((f) => f.requestId) }, status: "CONSUMED" } })).toBe(5);
      expect(await prisma.applicationEvent.count({ where: { application: { schoolId: school.schoolId } } })).toBe(5);
    });

    run("the same signed submission sent 5 times at once makes one application", async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `idem${target}`, 25);
      const [family] = await app.createSignedFamilies(prisma, school, { tag: "idem", count: 1, outsideCount: 0, serialBase: 9600 });
      const results = await Promise.all(Array.from({ length: 5 }, () => app.submitApplication(family!.parent, family!.requestId)));
      expect(results.every((r) => r.ok && r.applicationId === family!.applicationId)).toBe(true);
      expect(results.filter((r) => r.ok && !r.repeated)).toHaveLength(1);
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment).toBe(1);
      expect(await prisma.applicationEvent.count({ where: { applicationId: family!.applicationId } })).toBe(1);
      expect(await prisma.issuedDocument.count({ where: { applicationId: family!.applicationId, kind: "APPLICATION" } })).toBe(1);
      expect(await prisma.notification.count({ where: { userId: family!.parent.id } })).toBe(1);
    });

    run("withdrawing frees the seat, and the child may apply again", async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `wd${target}`, 1);
      const [first, second] = await app.createSignedFamilies(prisma, school, { tag: "wd", count: 2, outsideCount: 0, serialBase: 9700 });
      expect(await app.submitApplication(first!.parent, first!.requestId)).toMatchObject({ ok: true });
      expect(await app.submitApplication(second!.parent, second!.requestId)).toEqual({ ok: false, error: "NO_SEAT" });

      const prepared = await app.prepareWithdrawal(first!.parent, first!.applicationId);
      if (!prepared.ok) throw new Error(prepared.error);
      expect(await app.withdrawApplication(first!.parent, prepared.requestId)).toEqual({ ok: false, error: "NOT_SIGNED" });
      await app.signAsStandIn(prisma, prepared.requestId, first!.parent.iin!);
      expect(await app.withdrawApplication(first!.parent, prepared.requestId)).toEqual({ ok: true, applicationId: first!.applicationId });
      expect(await app.withdrawApplication(first!.parent, prepared.requestId)).toEqual({ ok: true, applicationId: first!.applicationId });

      const withdrawn = await prisma.application.findUniqueOrThrow({ where: { id: first!.applicationId } });
      expect(withdrawn.status).toBe("WITHDRAWN");
      expect(withdrawn.openChildIin).toBeNull();
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment).toBe(0);
      expect(await prisma.issuedDocument.count({ where: { applicationId: first!.applicationId, kind: "WITHDRAWAL" } })).toBe(1);
      // The freed seat goes to the next parent.
      expect(await app.submitApplication(second!.parent, second!.requestId)).toMatchObject({ ok: true });
      // Withdrawing again is refused: the status table does not allow it.
      expect(await app.prepareWithdrawal(first!.parent, first!.applicationId)).toEqual({ ok: false, error: "NOT_ALLOWED" });
    });

    run("one open application per child is enforced by the database itself", async () => {
      const prisma = await app.db();
      const other = await prisma.application.findFirstOrThrow({ where: { status: "UNDER_REVIEW", openChildIin: { not: null } } });
      await expect(
        prisma.application.create({
          data: { parentId: other.parentId, childIin: other.childIin, openChildIin: other.childIin, status: "UNDER_REVIEW", academicYear: other.academicYear },
        }),
      ).rejects.toMatchObject({ code: "P2002" });
    });
  });
}

async function load() {
  const { db } = await import("@/lib/server/db");
  const { submitApplication } = await import("@/lib/server/application/submit-application");
  const { prepareWithdrawal, withdrawApplication } = await import("@/lib/server/application/withdraw-application");
  const fixture = await import("../../../scripts/fixtures/signed-submissions");
  return { db, submitApplication, prepareWithdrawal, withdrawApplication, ...fixture };
}
