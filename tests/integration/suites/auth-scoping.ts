// Sign-in and data scoping, run against each database by the *.pglite / *.postgres test files.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { DEMO_PASSWORD } from "@/prisma/seed/staff";

type Authorize = (credentials: Record<string, string>, req: unknown) => Promise<{ id: string; role?: string } | null>;

export function defineAuthScopingSuite(target: Target) {
  describe(`sign-in and scoping on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
      },
    });

    async function staff(login: string) {
      const prisma = await app.db();
      return prisma.user.findUniqueOrThrow({ where: { login }, include: { organisation: true } });
    }

    run("staff sign in with the right password and get their role", async () => {
      const user = await app.authorize({ login: "school63.director", password: DEMO_PASSWORD }, request("10.0.0.1"));
      expect(user?.role).toBe("DIRECTOR");
      expect(await app.authorize({ login: "School63.Director", password: DEMO_PASSWORD }, request("10.0.0.1"))).not.toBeNull();
    });

    run("a wrong password and an unknown login fail the same way", async () => {
      expect(await app.authorize({ login: "school63.admin", password: "nope" }, request("10.0.0.2"))).toBeNull();
      expect(await app.authorize({ login: "no.such.person", password: "nope" }, request("10.0.0.2"))).toBeNull();
    });

    run("five failed attempts lock a login, existing or not, even with the right password", async () => {
      for (const login of ["school9.executor", "ghost.login"]) {
        for (let i = 0; i < 5; i++) {
          expect(await app.authorize({ login, password: `wrong-${i}` }, request(`10.0.1.${i}`))).toBeNull();
        }
        await expect(app.authorize({ login, password: DEMO_PASSWORD }, request("10.0.2.1"))).rejects.toThrow("throttled");
      }
      // Other logins from other addresses are unaffected.
      expect(await app.authorize({ login: "school9.director", password: DEMO_PASSWORD }, request("10.0.3.1"))).not.toBeNull();
    });

    run("a blocked staff member cannot sign in", async () => {
      const prisma = await app.db();
      await prisma.user.update({ where: { login: "karakoga.socped" }, data: { status: "BLOCKED" } });
      expect(await app.authorize({ login: "karakoga.socped", password: DEMO_PASSWORD }, request("10.0.4.1"))).toBeNull();
    });

    run("the first eGov sign-in creates the parent from the registry and records consent, once", async () => {
      const first = await app.signInParent(DEMO_CITIZENS.twinsFather);
      const again = await app.signInParent(DEMO_CITIZENS.twinsFather);
      expect(again?.id).toBe(first?.id);
      const prisma = await app.db();
      const parent = await prisma.user.findUniqueOrThrow({ where: { iin: DEMO_CITIZENS.twinsFather } });
      expect(parent.role).toBe("PARENT");
      expect(parent.fullName).toBe("Сәрсенбаев Ержан Төлеуұлы");
      expect(parent.dataConsentAt).not.toBeNull();
      expect(await prisma.auditEntry.count({ where: { action: "parent.created", entityId: parent.id } })).toBe(1);
    });

    run("the eGov stand-in lets adults in the registry sign in, and nobody else", async () => {
      expect(await app.claimsFor(DEMO_CITIZENS.eligibleMother)).toMatchObject({ iin: DEMO_CITIZENS.eligibleMother });
      expect(await app.claimsFor(DEMO_CITIZENS.eligibleChild)).toBeNull();
      expect(await app.claimsFor("000000000000")).toBeNull();
    });

    run("staff lists hold only the caller's own organisation", async () => {
      const list = await app.listOrganisationStaff(await staff("school9.admin"));
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((s) => s.login?.startsWith("school9."))).toBe(true);
    });

    run("applications are seen by the school's director and assigned executors only", async () => {
      const prisma = await app.db();
      const parent = await prisma.user.findUniqueOrThrow({ where: { iin: DEMO_CITIZENS.twinsFather } });
      // The demo seed already holds applications (prisma/seed/applications.ts): count the new one.
      const seen = async (login: string) => (await app.listApplications(await staff(login), app.parseListFilters({}))).total;
      const before63 = await seen("school63.director");
      const before9 = await seen("school9.director");
      await prisma.application.create({
        data: {
          parentId: parent.id,
          childIin: DEMO_CITIZENS.twinBoy,
          status: "UNDER_REVIEW",
          academicYear: "2026-2027",
          schoolId: (await staff("school63.director")).organisationId,
          submittedAt: new Date(),
        },
      });
      expect(await seen("school63.director")).toBe(before63 + 1);
      expect(await seen("school63.executor1")).toBe(before63 + 1);
      expect(await seen("school63.executor2")).toBe(0);
      expect(await seen("school9.director")).toBe(before9);
    });

    run("a district office sees its own territory: gaps, overlaps and its schools only", async () => {
      const city = await app.getCatchmentMap(await staff("krg-goroo.officer"));
      expect(city.overlapping.map((b) => b.id)).toContain("b-krg-erubaev-35");
      expect(city.overlapping.find((b) => b.id === "b-krg-erubaev-35")?.schools).toHaveLength(2);
      expect(city.unattached.map((b) => b.id)).toContain("b-krg-mkr-21-8");
      const rural = await app.getCatchmentMap(await staff("mzh-roo.admin"));
      expect(rural.schools.length).toBeGreaterThan(0);
      const citySchoolIds = new Set(city.schools.map((s) => s.id));
      expect(rural.schools.some((s) => citySchoolIds.has(s.id))).toBe(false);
      expect(rural.unattached.concat(rural.overlapping).some((b) => b.id.startsWith("b-krg-"))).toBe(false);
      // A school user asking for a district map is answered "not found".
      await expect(app.getCatchmentMap(await staff("school63.admin"))).rejects.toThrow();
    });

    run("P-3a: consent only for one's own child, given only by replying 511", async () => {
      await app.signInParent(DEMO_CITIZENS.eligibleMother);
      const prisma = await app.db();
      const parent = await prisma.user.findUniqueOrThrow({ where: { iin: DEMO_CITIZENS.eligibleMother }, include: { organisation: true } });
      expect(await app.requestChildConsent(parent, DEMO_CITIZENS.twinBoy)).toEqual({ ok: false, error: "not_your_child" });
      expect(await app.requestChildConsent(parent, DEMO_CITIZENS.eligibleChild)).toEqual({ ok: true });
      const sms = await prisma.smsMessage.findFirstOrThrow({ where: { phone: parent.phone!, sender: "1414" } });
      expect(sms.text).toContain("511");
      expect(await app.answerConsentSms(parent, DEMO_CITIZENS.eligibleChild, "512")).toEqual({ ok: false, error: "wrong_reply" });
      expect(await app.answerConsentSms(parent, DEMO_CITIZENS.eligibleChild, " 511 ")).toEqual({ ok: true });
      const consent = await prisma.childConsent.findFirstOrThrow({ where: { parentId: parent.id } });
      expect(consent.status).toBe("CONFIRMED");
      expect(await prisma.notification.count({ where: { userId: parent.id, key: "consentConfirmed" } })).toBe(1);
    });
  });
}

function request(address: string) {
  return { headers: { "x-forwarded-for": address } };
}

async function loadApp() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { authOptions } = await import("@/lib/server/auth/options");
  const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
  const { claimsFor } = await import("@/lib/server/stand-ins/egov-idp/claims");
  const { listOrganisationStaff } = await import("@/lib/server/staff/list-school-staff");
  const { listApplications } = await import("@/lib/server/applications/list-applications");
  const { parseListFilters } = await import("@/lib/application/list-filters");
  const { getCatchmentMap } = await import("@/lib/server/catchments/get-catchment-map");
  const { requestChildConsent } = await import("@/lib/server/children/request-child-consent");
  const { answerConsentSms } = await import("@/lib/server/children/answer-consent-sms");
  const provider = authOptions().providers.find((p) => p.id === "staff") as unknown as { authorize: Authorize };
  return {
    db,
    authorize: provider.authorize,
    signInParent,
    claimsFor,
    listOrganisationStaff,
    listApplications,
    parseListFilters,
    getCatchmentMap,
    requestChildConsent,
    answerConsentSms,
  };
}
