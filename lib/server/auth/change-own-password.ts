import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { ChangePasswordInput } from "@/lib/auth/password-policy";
import type { CurrentUser } from "@/lib/server/auth/session";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { endAllSessions } from "@/lib/server/auth/session-version";
import { clearFailures, isLocked, loginKey, recordFailure, throttleKeys } from "@/lib/server/auth/throttle";

export type ChangeOwnPasswordError = "WRONG_CURRENT" | "THROTTLED" | "CHANGED_MEANWHILE";

/**
 * A staff member chooses their own password. The current one is asked for again (a session
 * left open on a shared school computer must not be enough), and a wrong one counts as a failed
 * sign-in for the login, so guessing here is throttled as at the sign-in page. Clears the
 * "must change" mark left by a temporary password; the audit row never holds a password.
 */
export async function changeOwnPassword(
  user: CurrentUser,
  input: Pick<ChangePasswordInput, "currentPassword" | "newPassword">,
  clientAddress?: string,
): Promise<{ ok: true } | { ok: false; error: ChangeOwnPasswordError }> {
  const { login, passwordHash } = user;
  if (!login || !passwordHash) return { ok: false, error: "WRONG_CURRENT" };
  const prisma = await db();
  const keys = throttleKeys(login, clientAddress);
  if (await isLocked(prisma, keys)) return { ok: false, error: "THROTTLED" };
  if (!(await verifyPassword(input.currentPassword, passwordHash))) {
    await recordFailure(prisma, keys);
    return { ok: false, error: (await isLocked(prisma, keys)) ? "THROTTLED" : "WRONG_CURRENT" };
  }
  const hash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    // Compare-and-set on the hash just verified: a reset or another change in between wins.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash, status: "ACTIVE" },
      data: { passwordHash: hash, passwordChangeRequired: false, passwordChangedAt: new Date() },
    });
    if (count === 0) return { ok: false, error: "CHANGED_MEANWHILE" } as const;
    // Whoever may have seen the old password is signed out everywhere.
    await endAllSessions(tx, user.id);
    await clearFailures(tx, [loginKey(login)]);
    await audit(tx, {
      actor: { id: user.id, role: user.role, organisationId: user.organisationId },
      action: "user.password-changed",
      entity: "user",
      entityId: user.id,
      details: { wasTemporary: user.passwordChangeRequired },
    });
    return { ok: true } as const;
  });
}
