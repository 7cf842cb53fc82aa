import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { hashPassword } from "@/lib/server/auth/password";
import { clearFailures, loginKey } from "@/lib/server/auth/throttle";
import { audit } from "@/lib/server/audit";
import { endAllSessions } from "@/lib/server/auth/session-version";
import { auditActorOf } from "@/lib/server/staff/access";
import { findStaffTarget, type StaffChangeError } from "@/lib/server/staff/staff-target";
import { temporaryPassword } from "@/lib/server/staff/temporary-password";

/**
 * S-1: a new temporary password for a staff member, returned once for the administrator to
 * pass on; only its hash is kept and the audit row records the reset, never the password.
 * The person must choose their own password at the next sign-in.
 * Administrators change their own password elsewhere, not by resetting it here.
 */
export async function resetStaffPassword(
  admin: CurrentUser,
  userId: string,
): Promise<{ ok: true; login: string; temporaryPassword: string } | { ok: false; error: StaffChangeError }> {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const found = await findStaffTarget(tx, admin, userId, { allowSelf: false });
    if ("error" in found) return { ok: false, error: found.error } as const;
    await tx.user.update({ where: { id: found.target.id }, data: { passwordHash: hash, passwordChangeRequired: true } });
    await endAllSessions(tx, found.target.id);
    // A reset also lifts a sign-in lock, or the person could not use the new password for a while.
    if (found.target.login) await clearFailures(tx, [loginKey(found.target.login)]);
    await audit(tx, { actor: auditActorOf(admin), action: "user.password-reset", entity: "user", entityId: found.target.id });
    return { ok: true, login: found.target.login ?? "", temporaryPassword: password } as const;
  });
}
