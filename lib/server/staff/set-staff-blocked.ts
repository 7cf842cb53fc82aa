import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { endAllSessions } from "@/lib/server/auth/session-version";
import { auditActorOf } from "@/lib/server/staff/access";
import { findStaffTarget, type StaffChangeError } from "@/lib/server/staff/staff-target";

/**
 * S-1: block or unblock a staff account. A blocked person is signed out at their next click
 * (the session reloads the user on every request) and cannot sign in.
 */
export async function setStaffBlocked(
  admin: CurrentUser,
  userId: string,
  isBlocked: boolean,
): Promise<{ ok: true } | { ok: false; error: StaffChangeError }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const found = await findStaffTarget(tx, admin, userId, { allowSelf: false });
    if ("error" in found) return { ok: false, error: found.error } as const;
    const status = isBlocked ? "BLOCKED" : "ACTIVE";
    if (found.target.status === status) return { ok: true } as const;
    await tx.user.update({ where: { id: found.target.id }, data: { status } });
    // Unblocking must not bring back the sessions the block ended.
    await endAllSessions(tx, found.target.id);
    await audit(tx, {
      actor: auditActorOf(admin),
      action: isBlocked ? "user.blocked" : "user.unblocked",
      entity: "user",
      entityId: found.target.id,
    });
    return { ok: true } as const;
  });
}
