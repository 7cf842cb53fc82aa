// Staff choosing their own password after a temporary one (S-1 import and reset), through the
// use cases the pages call. Run by password-change.pglite.test.ts and password-change.postgres.test.ts.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";

async function loadApp() {
  const { db } = await import("@/lib/server/db");
  const { resetStaffPassword } = await import("@/lib/server/staff/reset-staff-password");
  const { importStaff } = await import("@/lib/server/staff/import-staff");
  const { changeOwnPassword } = await import("@/lib/server/auth/change-own-password");
  const { verifyPassword } = await import("@/lib/server/auth/password");
  const { MAX_FAILURES } = await import("@/lib/server/auth/throttle");
  return { db, resetStaffPassword, importStaff, changeOwnPassword, verifyPassword, MAX_FAILURES };
}

export function definePasswordChangeSuite(target: Target) {
  describe(`staff password change on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
      },
    });

    const staff = async (login: string) => (await app.db()).user.findUniqueOrThrow({ where: { login }, include: { organisation: true } });

    /** The administrator resets `login`'s password; returns the temporary one. */
    const resetBy = async (adminLogin: string, login: string) => {
      const reset = await app.resetStaffPassword(await staff(adminLogin), (await staff(login)).id);
      if (!reset.ok) throw new Error(reset.error);
      return reset.temporaryPassword;
    };

    run("a reset asks for a new password; the person sets one and the temporary one stops working", async () => {
      const temporary = await resetBy("school63.admin", "school63.psychologist");
      const before = await staff("school63.psychologist");
      expect(before.passwordChangeRequired).toBe(true);

      expect(await app.changeOwnPassword(before, { currentPassword: "Demo2026!", newPassword: "Mektep-2026-kuz" })).toEqual({
        ok: false,
        error: "WRONG_CURRENT",
      });
      expect(await app.changeOwnPassword(before, { currentPassword: temporary, newPassword: "Mektep-2026-kuz" })).toEqual({ ok: true });

      const after = await staff("school63.psychologist");
      expect(after.passwordChangeRequired).toBe(false);
      expect(after.passwordChangedAt).not.toBeNull();
      expect(await app.verifyPassword("Mektep-2026-kuz", after.passwordHash!)).toBe(true);
      expect(await app.verifyPassword(temporary, after.passwordHash!)).toBe(false);
      // The failed try above is forgotten once the password is changed.
      const prisma = await app.db();
      expect(await prisma.signInThrottle.count({ where: { key: "login:school63.psychologist" } })).toBe(0);
      const entry = await prisma.auditEntry.findFirstOrThrow({ where: { action: "user.password-changed", entityId: after.id } });
      expect(entry).toMatchObject({ actorId: after.id, details: { wasTemporary: true } });
      expect(JSON.stringify(entry.details)).not.toContain("Mektep");
    });

    run("guessing the current password locks the login as at the sign-in page", async () => {
      const user = await staff("school9.methodologist");
      for (let i = 0; i < app.MAX_FAILURES - 1; i++) {
        expect(await app.changeOwnPassword(user, { currentPassword: `wrong-${i}`, newPassword: "Jana-parol-77" })).toEqual({
          ok: false,
          error: "WRONG_CURRENT",
        });
      }
      expect(await app.changeOwnPassword(user, { currentPassword: "wrong-last", newPassword: "Jana-parol-77" })).toEqual({
        ok: false,
        error: "THROTTLED",
      });
      // Even the right password is refused while the lock lasts, and nothing was changed.
      expect(await app.changeOwnPassword(user, { currentPassword: "Demo2026!", newPassword: "Jana-parol-77" })).toEqual({
        ok: false,
        error: "THROTTLED",
      });
      expect(await app.verifyPassword("Demo2026!", (await staff("school9.methodologist")).passwordHash!)).toBe(true);
    });

    run("two changes from two open tabs at once: one wins, the other is told the password changed meanwhile", async () => {
      const user = await staff("karakoga.socped");
      const results = await Promise.all([
        app.changeOwnPassword(user, { currentPassword: "Demo2026!", newPassword: "Birinshi-tab-1" }),
        app.changeOwnPassword(user, { currentPassword: "Demo2026!", newPassword: "Ekinshi-tab-2" }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "CHANGED_MEANWHILE" }]);
      const hash = (await staff("karakoga.socped")).passwordHash!;
      const winner = results[0]!.ok ? "Birinshi-tab-1" : "Ekinshi-tab-2";
      expect(await app.verifyPassword(winner, hash)).toBe(true);
      expect(await app.db().then((p) => p.auditEntry.count({ where: { action: "user.password-changed", entityId: user.id } }))).toBe(1);
    });

    run("people imported from the school information system must choose their own password", async () => {
      const result = await app.importStaff(await staff("school63.admin"), [{ portalId: "BLM-63-009", role: "HR" }]);
      expect(result.created).toHaveLength(1);
      const created = await (await app.db()).user.findUniqueOrThrow({ where: { id: result.created[0]!.userId } });
      expect(created.passwordChangeRequired).toBe(true);
      // The seeded demo accounts are not asked.
      expect((await staff("school63.director")).passwordChangeRequired).toBe(false);
    });
  });
}
