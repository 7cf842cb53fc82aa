import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { ServiceCode } from "@/lib/generated/prisma/enums";
import { SERVICE_ASSIGNEE_ROLES } from "@/lib/auth/first-grade";
import { audit } from "@/lib/server/audit";
import { auditActorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import { SERVICES } from "@/lib/application/list-filters";

/**
 * S-4: the director gives an executor of the school the services they handle (and takes the
 * others away). Only executors can hold services; the audit row names what was given and taken.
 */
export async function setServiceAssignments(
  director: CurrentUser,
  userId: string,
  services: readonly ServiceCode[],
): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  const schoolId = maybeSchoolIdOf(director);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const wanted = new Set(services.filter((s) => (SERVICES as readonly string[]).includes(s)));
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const executor = await tx.user.findFirst({
      where: { id: userId, organisationId: schoolId, role: { in: [...SERVICE_ASSIGNEE_ROLES] }, login: { not: null } },
      include: { assignments: true },
    });
    if (!executor) return { ok: false, error: "NOT_FOUND" } as const;
    const held = new Set(executor.assignments.map((a) => a.service));
    const given = [...wanted].filter((s) => !held.has(s));
    const taken = [...held].filter((s) => !wanted.has(s));
    if (given.length === 0 && taken.length === 0) return { ok: true } as const;
    if (taken.length) await tx.serviceAssignment.deleteMany({ where: { userId, service: { in: taken } } });
    if (given.length) {
      await tx.serviceAssignment.createMany({
        data: given.map((service) => ({ userId, service, assignedBy: director.id })),
        skipDuplicates: true,
      });
    }
    await audit(tx, {
      actor: auditActorOf(director),
      action: "user.services-assigned",
      entity: "user",
      entityId: userId,
      details: { given, taken },
    });
    return { ok: true } as const;
  });
}
