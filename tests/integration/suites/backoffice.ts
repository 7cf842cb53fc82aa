// The school back office (S-1 … S-8) on each database, through the same use cases the pages
// and server actions call. Run by backoffice.pglite.test.ts and backoffice.postgres.test.ts.
// On PostgreSQL the "at once" cases really run in parallel (two connections, two transactions);
// PGlite serialises them, which must give the same outcome.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { loadBackoffice } from "./backoffice-app";
import { ORG } from "@/prisma/seed/organisations";

export function defineBackofficeSuite(target: Target) {
  describe(`school back office on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadBackoffice>>;
    const run = onAppDatabase(target, {
      // The demo's business date: Monday 6 July 2026, Astana Day (a holiday).
      env: { APP_TODAY: "2026-07-06" },
      load: async () => {
        app = await loadBackoffice();
      },
      // The first test loads the term and list modules; on a busy machine that alone took ~60 s.
      testTimeout: 120_000,
    });

    const staff = async (login: string) => (await app.db()).user.findUniqueOrThrow({ where: { login }, include: { organisation: true } });
    const application = async (id: string) => (await app.db()).application.findUniqueOrThrow({ where: { id } });
    const seat = async (id: string) => (await app.db()).seatCapacity.findUniqueOrThrow({ where: { id } });
    const almaty = (local: string) => new Date(`${local}:00+05:00`);
    const filters = (extra: Record<string, string> = {}) => app.parseListFilters(extra);

    /** Start a signed decision, sign it as the NCALayer stand-in would, and return the request. */
    async function signed(login: string, applicationId: string, decision: "ACCEPT" | "REJECT", reason?: string) {
      const user = await staff(login);
      const version = (await application(applicationId)).version;
      const started = await app.startDecision(user, { applicationId, decision, reason, expectedVersion: version });
      if (!started.ok) throw new Error(`start ${decision}: ${started.error}`);
      await app.signAsStandIn(await app.db(), started.requestId, started.signerIin);
      return { user, requestId: started.requestId, version };
    }

    run("S-8: the term counts working hours only, across the weekend and the seeded Astana Day holiday", async () => {
      const calendar = await app.loadWorkingCalendar();
      // Friday 19:40, after hours → starts Tuesday 09:00 (Monday 6 July is a holiday) → due Tuesday 18:30.
      expect(app.termDueAt(almaty("2026-07-03T19:40"), calendar)).toEqual(almaty("2026-07-07T18:30"));
      // Friday 16:30: 2 h on Friday, the remaining 7.5 h on Tuesday.
      expect(app.termDueAt(almaty("2026-07-03T16:30"), calendar)).toEqual(almaty("2026-07-07T16:30"));
      // Wednesday 10:15 → Thursday 10:15: long past on the business date.
      expect(app.termDueAt(almaty("2026-07-01T10:15"), calendar)).toEqual(almaty("2026-07-02T10:15"));

      const list = await app.listApplications(await staff("school63.director"), filters());
      const termOf = (number: number) => list.rows.find((r) => r.number === number)?.term?.state;
      const seeded = await (await app.db()).application.findMany({ where: { schoolId: ORG.school63 } });
      const numberOf = (id: string) => seeded.find((a) => a.id === id)?.number ?? 0;
      expect(termOf(numberOf("app-seed-leapday-63"))).toBe("ON_TIME");
      expect(termOf(numberOf("app-seed-guardian-63"))).toBe("ON_TIME");
      expect(termOf(numberOf("app-seed-onlyf065-63"))).toBe("OVERDUE");
      expect(list.overdue).toBeGreaterThanOrEqual(1);
    });

    run("S-8: the holiday calendar is national: a school administrator cannot change it", async () => {
      const schoolAdmin = await staff("school63.admin");
      expect(await app.saveCalendarDay(schoolAdmin, { date: "2026-07-07", kind: "HOLIDAY", nameKk: "Сынақ", nameRu: "Проверка" })).toEqual({
        ok: false,
        error: "NOT_ALLOWED",
      });
      expect(await app.removeCalendarDay(schoolAdmin, "2026-07-06")).toEqual({ ok: false, error: "NOT_FOUND" });
      const prisma = await app.db();
      expect(await prisma.calendarDay.count({ where: { date: new Date("2026-07-07T00:00:00Z") } })).toBe(0);
      expect(await prisma.calendarDay.count({ where: { date: new Date("2026-07-06T00:00:00Z") } })).toBe(1);
    });

    run("S-8: a holiday the region administrator adds moves the term; removing it moves it back; both audited", async () => {
      const admin = await staff("ministry.admin");
      const before = await app.loadWorkingCalendar();
      const arrived = almaty("2026-07-03T19:40");
      expect(await app.saveCalendarDay(admin, { date: "2026-07-07", kind: "HOLIDAY", nameKk: "Сынақ", nameRu: "Проверка" })).toEqual({
        ok: true,
      });
      expect(app.termDueAt(arrived, await app.loadWorkingCalendar())).toEqual(almaty("2026-07-08T18:30"));
      // A moved working day must be a weekend day.
      expect(await app.saveCalendarDay(admin, { date: "2026-07-08", kind: "WORKDAY", nameKk: "Ж", nameRu: "Р" })).toEqual({
        ok: false,
        error: "WORKDAY_NOT_WEEKEND",
      });
      expect(await app.removeCalendarDay(admin, "2026-07-07")).toEqual({ ok: true });
      expect(app.termDueAt(arrived, await app.loadWorkingCalendar())).toEqual(app.termDueAt(arrived, before));
      const prisma = await app.db();
      expect(await prisma.auditEntry.count({ where: { entity: "calendar_day", entityId: "2026-07-07" } })).toBe(2);
    });

    run("S-4 / S-6: an unassigned executor cannot add, change or delete response templates; the director can", async () => {
      const executor2 = await staff("school63.executor2");
      const director = await staff("school63.director");
      const input = { textKk: "Үлгі", textRu: "Шаблон" };
      expect(await app.canEditResponseTemplates(executor2)).toBe(false);
      expect(await app.saveResponseTemplate(executor2, null, input)).toEqual({ ok: false, error: "NOT_FOUND" });
      const existing = (await app.listResponseTemplates(director))[0]!;
      expect(await app.saveResponseTemplate(executor2, existing.id, input)).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await app.deleteResponseTemplate(executor2, existing.id)).toEqual({ ok: false, error: "NOT_FOUND" });
      const prisma = await app.db();
      expect(await prisma.responseTemplate.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ textKk: existing.textKk });
      expect(await prisma.responseTemplate.count({ where: { textRu: "Шаблон" } })).toBe(0);
      expect(await app.canEditResponseTemplates(director)).toBe(true);
      expect(await app.saveResponseTemplate(director, null, input)).toEqual({ ok: true });
      expect(await app.canEditResponseTemplates(await staff("school63.executor1"))).toBe(true);
    });

    run(
      "S-4 / S-5: an unassigned executor sees nothing; given the service they see the list; another school's id is not found",
      async () => {
        const director = await staff("school63.director");
        const executor2 = await staff("school63.executor2");
        expect((await app.listApplications(executor2, filters())).isVisible).toBe(false);
        const review = {
          applicationId: "app-seed-leapday-63",
          event: "CONFIRM_DOCUMENTS" as const,
          comment: "x",
          inclusion: false,
          expectedVersion: 1,
        };
        expect(await app.reviewApplication(executor2, review)).toEqual({ ok: false, error: "NOT_FOUND" });
        // Another school's application, by a fully entitled executor of school №63.
        expect(
          await app.reviewApplication(await staff("school63.executor1"), {
            ...review,
            applicationId: "app-seed-bulaevo-9",
            event: "SEND_TO_DIRECTOR",
          }),
        ).toEqual({ ok: false, error: "NOT_FOUND" });
        await expect(app.getApplicationForStaff(await staff("school63.director"), "app-seed-bulaevo-9")).rejects.toThrow();

        expect(await app.setServiceAssignments(director, executor2.id, ["FIRST_GRADE", "MEALS"])).toEqual({ ok: true });
        const seen = await app.listApplications(await staff("school63.executor2"), filters());
        expect(seen.isVisible).toBe(true);
        expect(seen.rows.every((r) => r.id.endsWith("-63"))).toBe(true);
        // Filters: by status, by IIN prefix, by a fragment of the sender's name in any case.
        const underReview = await app.listApplications(director, filters({ status: "UNDER_REVIEW" }));
        expect(underReview.rows.every((r) => r.status === "UNDER_REVIEW")).toBe(true);
        expect(underReview.counts.AWAITING_SIGNATURE).toBe(1);
        const byName = await app.listApplications(director, filters({ name: "иманғалиева" }));
        expect(byName.rows.map((r) => r.id)).toEqual(["app-seed-leapday-63"]);
        const prisma = await app.db();
        expect(await prisma.auditEntry.count({ where: { action: "user.services-assigned", entityId: executor2.id } })).toBe(1);
      },
    );

    run("X-1: two staff confirming one application at once — exactly one succeeds, the other is told CONFLICT", async () => {
      const [a, b] = [await staff("school63.executor1"), await staff("school63.executor2")];
      const before = await application("app-seed-guardian-63");
      const input = (comment: string) => ({
        applicationId: before.id,
        event: "CONFIRM_DOCUMENTS" as const,
        comment,
        inclusion: false,
        expectedVersion: before.version,
      });
      const results = await Promise.all([app.reviewApplication(a, input("Бірінші")), app.reviewApplication(b, input("Екінші"))]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "CONFLICT" }]);
      const after = await application(before.id);
      expect(after).toMatchObject({ status: "DOCUMENTS_CONFIRMED", version: before.version + 1 });
      const prisma = await app.db();
      expect(await prisma.applicationEvent.count({ where: { applicationId: before.id, toStatus: "DOCUMENTS_CONFIRMED" } })).toBe(1);
      // A confirmation needs a comment and the inclusion mark.
      const other = await application("app-seed-leapday-63");
      expect(
        await app.reviewApplication(a, {
          applicationId: other.id,
          event: "CONFIRM_DOCUMENTS",
          comment: " ",
          inclusion: true,
          expectedVersion: other.version,
        }),
      ).toEqual({ ok: false, error: "COMMENT_REQUIRED" });
      expect(
        await app.reviewApplication(a, {
          applicationId: other.id,
          event: "CONFIRM_DOCUMENTS",
          comment: "Ок",
          inclusion: null,
          expectedVersion: other.version,
        }),
      ).toEqual({ ok: false, error: "INCLUSION_REQUIRED" });
    });

    run("S-6 / S-7: confirm, send, sign — ACCEPTED with a receipt, the parent notified in the cabinet and by SMS", async () => {
      const executor = await staff("school63.executor1");
      const id = "app-seed-leapday-63";
      let v = (await application(id)).version;
      expect(
        await app.reviewApplication(executor, {
          applicationId: id,
          event: "CONFIRM_DOCUMENTS",
          comment: "Өтініш қабылданды",
          inclusion: false,
          expectedVersion: v,
        }),
      ).toMatchObject({ ok: true, status: "DOCUMENTS_CONFIRMED" });
      v = (await application(id)).version;
      // The executor cannot accept; only the director signs.
      expect(await app.startDecision(executor, { applicationId: id, decision: "ACCEPT", expectedVersion: v })).toEqual({
        ok: false,
        error: "NOT_ALLOWED_FROM_STATUS",
      });
      expect(await app.reviewApplication(executor, { applicationId: id, event: "SEND_TO_DIRECTOR", expectedVersion: v })).toMatchObject({
        ok: true,
        status: "AWAITING_SIGNATURE",
      });
      expect(await app.startDecision(executor, { applicationId: id, decision: "REJECT", reason: "x", expectedVersion: v + 1 })).toEqual({
        ok: false,
        error: "ROLE_NOT_ALLOWED",
      });

      const { user, requestId, version } = await signed("school63.director", id, "ACCEPT");
      const done = await app.completeDecision(user, { requestId, decision: "ACCEPT", expectedVersion: version });
      expect(done).toMatchObject({ ok: true, status: "ACCEPTED", repeated: false });
      // The same signature completed again (a double click): the first outcome, nothing new.
      expect(await app.completeDecision(user, { requestId, decision: "ACCEPT", expectedVersion: version })).toMatchObject({
        ok: true,
        status: "ACCEPTED",
        repeated: true,
      });
      const prisma = await app.db();
      const issued = await prisma.issuedDocument.findMany({ where: { applicationId: id } });
      expect(issued.map((d) => d.kind)).toEqual(["RECEIPT"]);
      expect(JSON.parse(issued[0]!.payload)).toMatchObject({ decision: "ACCEPT", applicationId: id, school: { id: ORG.school63 } });
      const parent = await prisma.user.findFirstOrThrow({ where: { applications: { some: { id } } } });
      expect(await prisma.notification.count({ where: { userId: parent.id, key: "status_ACCEPTED" } })).toBe(1);
      expect(await prisma.smsMessage.count({ where: { phone: parent.phone!, text: { contains: "Қабылданды" } } })).toBe(1);
      expect((await application(id)).decidedAt).not.toBeNull();
    });

    run("S-6: the executor's signed refusal — REJECTED with its reason, the seat released, a REFUSAL issued", async () => {
      const id = "app-seed-onlyf065-63";
      const before = await application(id);
      const seatBefore = await seat(before.seatId!);
      const executor = await staff("school63.executor1");
      expect(
        await app.startDecision(executor, { applicationId: id, decision: "REJECT", reason: "  ", expectedVersion: before.version }),
      ).toEqual({ ok: false, error: "REASON_REQUIRED" });
      const { user, requestId, version } = await signed("school63.executor1", id, "REJECT", "Құжаттар толық емес");
      expect(await app.completeDecision(user, { requestId, decision: "REJECT", expectedVersion: version })).toMatchObject({
        ok: true,
        status: "REJECTED",
      });
      expect(await application(id)).toMatchObject({ status: "REJECTED", reviewComment: "Құжаттар толық емес", openChildIin: null });
      const seatAfter = await seat(before.seatId!);
      expect(seatAfter.reservedOutside).toBe(seatBefore.reservedOutside - 1);
      const prisma = await app.db();
      expect((await prisma.issuedDocument.findMany({ where: { applicationId: id } })).map((d) => d.kind)).toEqual(["REFUSAL"]);
    });

    run("the director's signature is bound to its request: replayed on another decision request it is refused", async () => {
      const id = "app-seed-karakoga-63";
      const before = await application(id);
      const first = await signed("school63.director", id, "ACCEPT");
      // A second acceptance of the same application, the same day: the same content but its own id.
      const second = await app.startDecision(first.user, { applicationId: id, decision: "ACCEPT", expectedVersion: first.version });
      if (!second.ok) throw new Error(second.error);
      const prisma = await app.db();
      const firstRow = await prisma.signingRequest.findUniqueOrThrow({ where: { id: first.requestId } });
      expect(JSON.parse(firstRow.payload)).toMatchObject({ requestId: first.requestId, applicationId: id });
      const replayed = await app.attachSignature(prisma, {
        id: second.requestId,
        cms: firstRow.cms!,
        channel: "EDS",
        requestedById: first.user.id,
      });
      expect(replayed).toMatchObject({ ok: false, error: "BAD_SIGNATURE" });
      expect(
        await app.completeDecision(first.user, { requestId: second.requestId, decision: "ACCEPT", expectedVersion: first.version }),
      ).toEqual({ ok: false, error: "NOT_SIGNED" });
      expect(await application(id)).toMatchObject({ status: before.status, version: before.version });
    });

    run("X-1: the director's acceptance and refusal of one application at once — exactly one is taken", async () => {
      const id = "app-seed-karakoga-63";
      const seatId = (await application(id)).seatId!;
      const seatBefore = await seat(seatId);
      const accept = await signed("school63.director", id, "ACCEPT");
      const reject = await signed("school63.director", id, "REJECT", "Орын жоқ");
      const results = await Promise.all([
        app.completeDecision(accept.user, { requestId: accept.requestId, decision: "ACCEPT", expectedVersion: accept.version }),
        app.completeDecision(reject.user, { requestId: reject.requestId, decision: "REJECT", expectedVersion: reject.version }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "CONFLICT" }]);
      const after = await application(id);
      const prisma = await app.db();
      const issued = await prisma.issuedDocument.findMany({ where: { applicationId: id } });
      expect(issued).toHaveLength(1);
      expect(issued[0]!.kind).toBe(after.status === "ACCEPTED" ? "RECEIPT" : "REFUSAL");
      const seatAfter = await seat(seatId);
      expect(seatAfter.reservedOutside).toBe(seatBefore.reservedOutside - (after.status === "REJECTED" ? 1 : 0));
      // The loser's signature is not spent: it stays SIGNED and simply expires.
      const loser = results[0]!.ok ? reject.requestId : accept.requestId;
      expect((await prisma.signingRequest.findUniqueOrThrow({ where: { id: loser } })).status).toBe("SIGNED");
    });
  });
}
