import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { auditActorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import type { SchoolSettings } from "@/lib/school/school-schemas";

/** S-2: saves the profile of the administrator's own school; the audit row keeps what changed. */
export async function updateSchoolSettings(
  admin: CurrentUser,
  input: SchoolSettings,
): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  const schoolId = maybeSchoolIdOf(admin);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const school = await tx.organisation.findFirst({ where: { id: schoolId, kind: "SCHOOL" } });
    if (!school) return { ok: false, error: "NOT_FOUND" } as const;
    const before: Record<string, unknown> = { ...school };
    const changed = Object.fromEntries(
      Object.entries(input).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)),
    );
    if (Object.keys(changed).length === 0) return { ok: true } as const;
    await tx.organisation.update({ where: { id: schoolId }, data: input });
    await audit(tx, {
      actor: auditActorOf(admin),
      action: "school.settings-updated",
      entity: "organisation",
      entityId: schoolId,
      details: JSON.parse(JSON.stringify({ before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k]])), after: changed })),
    });
    return { ok: true } as const;
  });
}
