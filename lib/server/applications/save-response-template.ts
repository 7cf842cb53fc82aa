import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { auditActorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";
import type { TemplateInput } from "@/lib/application/response-template-schema";

/** Creates a template (no id) or changes one of the caller's school. */
export async function saveResponseTemplate(
  user: CurrentUser,
  id: string | null,
  input: TemplateInput,
): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  const schoolId = maybeSchoolIdOf(user);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    // An executor without the admission service (S-4) works on no application: no templates either.
    if (!(await seesFirstGrade(tx, user))) return { ok: false, error: "NOT_FOUND" } as const;
    if (id) {
      const written = await tx.responseTemplate.updateMany({ where: { id, organisationId: schoolId }, data: input });
      if (written.count !== 1) return { ok: false, error: "NOT_FOUND" } as const;
    } else {
      id = (await tx.responseTemplate.create({ data: { organisationId: schoolId, ...input } })).id;
    }
    await audit(tx, { actor: auditActorOf(user), action: "template.saved", entity: "response_template", entityId: id, details: input });
    return { ok: true } as const;
  });
}
