import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { isServiceAssignee } from "@/lib/auth/first-grade";
import { audit } from "@/lib/server/audit";
import { auditActorOf } from "@/lib/server/staff/access";
import { findStaffTarget, type StaffChangeError } from "@/lib/server/staff/staff-target";
import type { StaffUserInput } from "@/lib/staff/staff-schemas";

/**
 * S-1: edit a staff member's name, e-mail and phone, and give their role. An administrator
 * cannot change their own role. Leaving the executor role takes the services away (S-4).
 */
export async function updateStaffUser(
  admin: CurrentUser,
  userId: string,
  input: StaffUserInput,
): Promise<{ ok: true } | { ok: false; error: StaffChangeError }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const found = await findStaffTarget(tx, admin, userId, { allowSelf: true });
    if ("error" in found) return { ok: false, error: found.error } as const;
    const { target } = found;
    if (target.id === admin.id && input.role !== target.role) return { ok: false, error: "SELF" } as const;
    const before = { fullName: target.fullName, email: target.email, phone: target.phone, role: target.role };
    const changed = Object.fromEntries(Object.entries(input).filter(([key, value]) => before[key as keyof typeof before] !== value));
    if (Object.keys(changed).length === 0) return { ok: true } as const;
    await tx.user.update({ where: { id: target.id }, data: input });
    if (isServiceAssignee(target.role) && !isServiceAssignee(input.role)) {
      await tx.serviceAssignment.deleteMany({ where: { userId: target.id } });
    }
    await audit(tx, {
      actor: auditActorOf(admin),
      action: changed.role ? "user.role-changed" : "user.updated",
      entity: "user",
      entityId: target.id,
      details: {
        before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof before]])),
        after: changed,
      },
    });
    return { ok: true } as const;
  });
}
