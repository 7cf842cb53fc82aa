import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import {
  FIRST_GRADE_SERVICE,
  SEES_ALL_ROLES,
  SERVICE_ASSIGNEE_ROLES,
  isServiceAssignee,
  seesFirstGradeApplications,
} from "@/lib/auth/first-grade";

// Kept apart from ./access, which answers with Next's notFound(): this rule is also needed by
// code that runs outside a request (documents, notifications, the benchmark, scripts).
// Both functions below apply the one pure rule of lib/auth/first-grade.ts.

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * S-4: the director sees every application of the school; an executor only while the director
 * has given them the "Admission to the 1st grade" service. Nobody else sees applications.
 */
export async function seesFirstGrade(client: Reader, user: Pick<CurrentUser, "id" | "role">): Promise<boolean> {
  if (!isServiceAssignee(user.role)) return seesFirstGradeApplications(user.role, []);
  const assignment = await client.serviceAssignment.findUnique({
    where: { userId_service: { userId: user.id, service: FIRST_GRADE_SERVICE } },
    select: { service: true },
  });
  return seesFirstGradeApplications(user.role, assignment ? [assignment.service] : []);
}

/** The same rule as a filter on users (e.g. whom to tell about a new application); add the school yourself. */
export function firstGradeStaffWhere(): Prisma.UserWhereInput {
  return {
    OR: [
      { role: { in: [...SEES_ALL_ROLES] } },
      { role: { in: [...SERVICE_ASSIGNEE_ROLES] }, assignments: { some: { service: FIRST_GRADE_SERVICE } } },
    ],
  };
}
