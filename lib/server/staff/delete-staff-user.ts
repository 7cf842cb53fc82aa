import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { endAllSessions } from "@/lib/server/auth/session-version";
import { auditActorOf } from "@/lib/server/staff/access";
import { findStaffTarget, type StaffChangeError } from "@/lib/server/staff/staff-target";

/**
 * S-1 "delete from the system". The row stays — history rows, audit entries and signed
 * documents name this person and must keep doing so — but the account is gone: blocked, its
 * login, password, contacts and portal id removed (the person may be imported afresh later),
 * its services taken away. The name is kept for the history.
 */
export async function deleteStaffUser(admin: CurrentUser, userId: string): Promise<{ ok: true } | { ok: false; error: StaffChangeError }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const found = await findStaffTarget(tx, admin, userId, { allowSelf: false });
    if ("error" in found) return { ok: false, error: found.error } as const;
    const { target } = found;
    await tx.serviceAssignment.deleteMany({ where: { userId: target.id } });
    await tx.user.update({
      where: { id: target.id },
      data: { status: "BLOCKED", login: null, passwordHash: null, email: null, phone: null, sisPortalId: null },
    });
    await endAllSessions(tx, target.id);
    await audit(tx, {
      actor: auditActorOf(admin),
      action: "user.deleted",
      entity: "user",
      entityId: target.id,
      details: { login: target.login, sisPortalId: target.sisPortalId, role: target.role },
    });
    return { ok: true } as const;
  });
}
