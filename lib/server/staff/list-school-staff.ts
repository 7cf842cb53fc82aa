import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";

/**
 * Staff accounts of the caller's own organisation, never another's. Deleted accounts (no login
 * any more, kept only so that history keeps its names) are left out.
 */
export async function listOrganisationStaff(user: CurrentUser) {
  if (!user.organisationId) return [];
  return (await db()).user.findMany({
    where: { organisationId: user.organisationId, role: { not: "PARENT" }, login: { not: null } },
    orderBy: [{ role: "asc" }, { fullName: "asc" }],
    select: {
      id: true,
      fullName: true,
      login: true,
      email: true,
      phone: true,
      role: true,
      status: true,
      passwordChangeRequired: true,
      sisPortalId: true,
      createdAt: true,
      lastSignInAt: true,
      assignments: { select: { service: true } },
    },
  });
}
