import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/session";

// Kept apart from ./access, which answers with Next's notFound(): this rule is also needed by
// code that runs outside a request (documents, the benchmark, scripts).

type Reader = PrismaClient | Prisma.TransactionClient;

/**
 * S-4: the director sees every application of the school; an executor only while the director
 * has given them the "Admission to the 1st grade" service. Nobody else sees applications.
 */
export async function seesFirstGrade(client: Reader, user: Pick<CurrentUser, "id" | "role">): Promise<boolean> {
  if (user.role === "DIRECTOR") return true;
  if (user.role !== "EXECUTOR") return false;
  const assignment = await client.serviceAssignment.findUnique({
    where: { userId_service: { userId: user.id, service: "FIRST_GRADE" } },
    select: { userId: true },
  });
  return assignment !== null;
}
