import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getSchoolInformationSystem } from "@/lib/server/integrations/school-information-system";
import { schoolIdOf } from "@/lib/server/staff/access";
import { suggestRole } from "@/lib/server/staff/suggest-role";

/**
 * S-1: the school's staff as the school information system lists them, each marked when an
 * account already exists for them (imported earlier), with the role the import suggests.
 */
export async function listImportCandidates(user: CurrentUser) {
  const schoolId = schoolIdOf(user);
  const people = await getSchoolInformationSystem().staffOf(schoolId);
  const imported = await (
    await db()
  ).user.findMany({
    where: { sisPortalId: { in: people.map((p) => p.portalId) } },
    select: { sisPortalId: true, login: true },
  });
  const byPortalId = new Map(imported.map((u) => [u.sisPortalId, u.login]));
  return people.map((p) => ({
    ...p,
    isImported: byPortalId.has(p.portalId),
    login: byPortalId.get(p.portalId) ?? p.login,
    suggestedRole: suggestRole(p.position),
  }));
}
