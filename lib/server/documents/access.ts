import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { CurrentUser } from "@/lib/server/auth/session";
import { can } from "@/lib/auth/permissions";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";

type Reader = PrismaClient | Prisma.TransactionClient;

export type ApplicationScope = { parentId: string; schoolId: string | null; status: ApplicationStatus };

/**
 * Who may open an application's files and issued documents: the parent who owns it, always;
 * the chosen school's director once it is submitted, and its executors only while they hold the
 * 1st-grade service (S-4). Everybody else is answered "not found" by the caller.
 */
export async function canReadApplicationFiles(
  client: Reader,
  user: Pick<CurrentUser, "id" | "role" | "organisationId">,
  application: ApplicationScope,
): Promise<boolean> {
  if (can(user.role, "application:view-own")) return application.parentId === user.id;
  if (!user.organisationId || application.schoolId !== user.organisationId || application.status === "DRAFT") return false;
  return seesFirstGrade(client, user);
}
