import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { auditActorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";

/** S-6: removes one of the school's templates (comments already written keep their text). */
export async function deleteResponseTemplate(user: CurrentUser, id: string): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  const schoolId = maybeSchoolIdOf(user);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    // An executor without the admission service (S-4) works on no application: no templates either.
    if (!(await seesFirstGrade(tx, user))) return { ok: false, error: "NOT_FOUND" } as const;
    const written = await tx.responseTemplate.deleteMany({ where: { id, organisationId: schoolId } });
    if (written.count !== 1) return { ok: false, error: "NOT_FOUND" } as const;
    await audit(tx, { actor: auditActorOf(user), action: "template.deleted", entity: "response_template", entityId: id });
    return { ok: true } as const;
  });
}
