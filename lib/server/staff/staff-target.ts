import "server-only";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { maybeSchoolIdOf } from "@/lib/server/staff/access";

export type StaffChangeError = "NOT_FOUND" | "SELF";

/**
 * A staff account of the administrator's own school that may be changed: not a parent, not
 * deleted (deleted accounts have no login), and — for blocking, deleting and role changes —
 * not the administrator themselves, who would otherwise lock the school out.
 */
export async function findStaffTarget(
  tx: Prisma.TransactionClient,
  admin: CurrentUser,
  userId: string,
  { allowSelf }: { allowSelf: boolean },
): Promise<{ error: StaffChangeError } | { target: User }> {
  const schoolId = maybeSchoolIdOf(admin);
  if (!schoolId) return { error: "NOT_FOUND" };
  const target = await tx.user.findFirst({
    where: { id: userId, organisationId: schoolId, role: { not: "PARENT" }, login: { not: null } },
  });
  if (!target) return { error: "NOT_FOUND" };
  if (!allowSelf && target.id === admin.id) return { error: "SELF" };
  return { target };
}
