import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { schoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";

/** S-6: the school's response templates, oldest first. */
export async function listResponseTemplates(user: CurrentUser) {
  const schoolId = schoolIdOf(user);
  return (await db()).responseTemplate.findMany({ where: { organisationId: schoolId }, orderBy: { createdAt: "asc" } });
}

/**
 * S-4 / S-6: the templates are the admission's tools, so only those who work on admission change
 * them: the director, and an executor while they hold the "Admission to the 1st grade" service.
 */
export async function canEditResponseTemplates(user: CurrentUser): Promise<boolean> {
  return seesFirstGrade(await db(), user);
}
