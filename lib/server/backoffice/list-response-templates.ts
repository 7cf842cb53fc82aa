import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { schoolIdOf } from "./access";

/** S-6: the school's response templates, oldest first. */
export async function listResponseTemplates(user: CurrentUser) {
  const schoolId = schoolIdOf(user);
  return (await db()).responseTemplate.findMany({ where: { organisationId: schoolId }, orderBy: { createdAt: "asc" } });
}
