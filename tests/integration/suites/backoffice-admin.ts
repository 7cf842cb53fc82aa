// The administrator's side of the school back office (S-1 … S-3) on each database, through the
// use cases the pages call. Run by backoffice-admin.pglite.test.ts and backoffice-admin.postgres.test.ts.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { loadBackoffice } from "./backoffice-app";
import { ORG } from "@/prisma/seed/organisations";

export function defineBackofficeAdminSuite(target: Target) {
  describe(`school back office, administration, on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadBackoffice>>;
    const run = onAppDatabase(target, {
      // The demo's business date (6 July 2026): the campaign being edited is 2026-2027.
      env: { APP_TODAY: "2026-07-06" },
      load: async () => {
        app = await loadBackoffice();
      },
    });

    const staff = async (login: string) => (await app.db()).user.findUniqueOrThrow({ where: { login }, include: { organisation: true } });
    const seat = async (id: string) => (await app.db()).seatCapacity.findUniqueOrThrow({ where: { id } });

    run("S-3: seats can never be set below those reserved; the refusal saves nothing", async () => {
      const admin = await staff("school9.admin");
      const unit = await seat("seat-sch-krg-9-2026-general-ru");
      const reserved = unit.reservedCatchment + unit.reservedOutside;
      expect(reserved).toBeGreaterThan(0);
      const input = (capacity: number, maxPerClass = 30) => ({
        maxPerClass,
        classTypes: ["GENERAL" as const],
        admitsByChoice: true,
        seats: [{ classType: "GENERAL" as const, language: "RU" as const, capacity }],
      });
      expect(await app.updateCampaign(admin, input(reserved - 1))).toEqual({
        ok: false,
        error: "BELOW_RESERVED",
        below: [{ classType: "GENERAL", language: "RU", reserved }],
      });
      const prisma = await app.db();
      const campaign = await prisma.admissionCampaign.findUniqueOrThrow({ where: { id: unit.campaignId } });
      expect(campaign.maxPerClass).toBe(25);
      expect((await seat(unit.id)).capacity).toBe(unit.capacity);
      expect(await app.updateCampaign(admin, input(reserved))).toEqual({ ok: true });
      expect(await seat(unit.id)).toMatchObject({ capacity: reserved });
      expect(await prisma.auditEntry.count({ where: { action: "campaign.updated", entityId: unit.campaignId } })).toBe(1);
    });

    run("S-1: an import creates each person once, even two imports at the same moment", async () => {
      const admin = await staff("school63.admin");
      const people = [
        { portalId: "BLM-63-007", role: "EXECUTOR" as const },
        { portalId: "BLM-63-008", role: "METHODOLOGIST" as const },
      ];
      const [first, second] = await Promise.all([app.importStaff(admin, people), app.importStaff(admin, people)]);
      expect(first.created.length + second.created.length).toBe(2);
      expect(first.alreadyImported.length + second.alreadyImported.length).toBe(2);
      const again = await app.importStaff(admin, [...people, { portalId: "BLM-09-005", role: "EXECUTOR" as const }]);
      expect(again).toEqual({ created: [], alreadyImported: ["BLM-63-007", "BLM-63-008"], unknown: ["BLM-09-005"] });
      const prisma = await app.db();
      const created = [...first.created, ...second.created];
      for (const account of created) {
        const user = await prisma.user.findUniqueOrThrow({ where: { id: account.userId } });
        expect(user).toMatchObject({ organisationId: ORG.school63, sisPortalId: account.portalId, status: "ACTIVE", role: account.role });
        expect(await app.verifyPassword(account.temporaryPassword, user.passwordHash!)).toBe(true);
      }
      expect(await prisma.user.count({ where: { sisPortalId: { in: ["BLM-63-007", "BLM-63-008"] } } })).toBe(2);
      expect(await prisma.auditEntry.count({ where: { action: "user.imported", organisationId: ORG.school63 } })).toBe(2);
      const candidates = await app.listImportCandidates(admin);
      expect(candidates.find((c) => c.portalId === "BLM-63-007")?.isImported).toBe(true);
      expect(candidates.find((c) => c.portalId === "BLM-63-009")?.isImported).toBe(false);
    });

    run("S-1: an imported person whose login and its first numbered variant are taken gets the next one", async () => {
      const admin = await staff("school9.admin");
      const person = (await app.listImportCandidates(admin)).find((c) => c.portalId === "BLM-09-006");
      if (!person) throw new Error("BLM-09-006 is not in the seeded list");
      const prisma = await app.db();
      for (const login of [person.login, `${person.login}.2`]) {
        await prisma.user.create({ data: { role: "HR", login, fullName: `Бұрынғы ${login}`, organisationId: ORG.school63 } });
      }
      const result = await app.importStaff(admin, [{ portalId: "BLM-09-006", role: "EXECUTOR" }]);
      expect(result.created.map((c) => c.login)).toEqual([`${person.login}.3`]);
      expect(result.alreadyImported).toEqual([]);
    });

    run("S-1: edit, role, reset, block and delete — never oneself; every change audited", async () => {
      const admin = await staff("school63.admin");
      const target = await staff("school63.psychologist");
      expect(await app.setStaffBlocked(admin, admin.id, true)).toEqual({ ok: false, error: "SELF" });
      expect(await app.deleteStaffUser(admin, admin.id)).toEqual({ ok: false, error: "SELF" });
      expect(await app.updateStaffUser(admin, admin.id, { fullName: admin.fullName, email: null, phone: null, role: "EXECUTOR" })).toEqual({
        ok: false,
        error: "SELF",
      });
      // Another school's user reads as not found.
      expect(await app.setStaffBlocked(admin, (await staff("school9.director")).id, true)).toEqual({ ok: false, error: "NOT_FOUND" });

      expect(
        await app.updateStaffUser(admin, target.id, {
          fullName: "Омарова Дина",
          email: "dina@school63.kz",
          phone: "+77011234567",
          role: "SOCIAL_PEDAGOGUE",
        }),
      ).toEqual({ ok: true });
      const reset = await app.resetStaffPassword(admin, target.id);
      if (!reset.ok) throw new Error(reset.error);
      const prisma = await app.db();
      expect(
        await app.verifyPassword(
          reset.temporaryPassword,
          (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash!,
        ),
      ).toBe(true);
      expect(await app.setStaffBlocked(admin, target.id, true)).toEqual({ ok: true });
      expect(await app.setStaffBlocked(admin, target.id, false)).toEqual({ ok: true });
      expect(await app.deleteStaffUser(admin, target.id)).toEqual({ ok: true });
      const gone = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
      expect(gone).toMatchObject({ status: "BLOCKED", login: null, passwordHash: null, sisPortalId: null, fullName: "Омарова Дина" });
      expect((await app.listOrganisationStaff(admin)).some((s) => s.id === target.id)).toBe(false);
      const actions = (await prisma.auditEntry.findMany({ where: { entityId: target.id }, orderBy: { at: "asc" } })).map((a) => a.action);
      expect(actions).toEqual(["user.role-changed", "user.password-reset", "user.blocked", "user.unblocked", "user.deleted"]);
    });

    run("S-2: the school profile is validated and saved with an audit of what changed", async () => {
      const admin = await staff("school9.admin");
      const bad = app.schoolSettingsSchema.safeParse({
        nameKk: "",
        nameRu: "x",
        addressKk: "a",
        addressRu: "b",
        email: "nope",
        website: "ftp://x",
        phone: "12",
        languages: [],
        hasTransport: false,
      });
      expect(bad.success).toBe(false);
      const codes = bad.success ? [] : bad.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
      expect(codes).toEqual(
        expect.arrayContaining([
          "nameKk:nameKkRequired",
          "email:emailFormat",
          "website:websiteFormat",
          "phone:phoneFormat",
          "languages:languagesRequired",
        ]),
      );
      const prisma = await app.db();
      const school = await prisma.organisation.findUniqueOrThrow({ where: { id: ORG.school9 } });
      const input = {
        nameKk: school.nameKk,
        nameRu: school.nameRu,
        addressKk: school.addressKk,
        addressRu: school.addressRu,
        email: school.email,
        website: school.website,
        phone: school.phone,
        languages: ["RU" as const, "KK" as const],
        hasTransport: true,
      };
      expect(await app.updateSchoolSettings(admin, input)).toEqual({ ok: true });
      expect(await prisma.organisation.findUniqueOrThrow({ where: { id: ORG.school9 } })).toMatchObject({
        languages: ["RU", "KK"],
        hasTransport: true,
      });
      const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "school.settings-updated", entityId: ORG.school9 } });
      expect(entry.details).toMatchObject({
        before: { hasTransport: false, languages: ["RU"] },
        after: { hasTransport: true, languages: ["RU", "KK"] },
      });
    });
  });
}
