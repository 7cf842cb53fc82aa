import "server-only";
import { env } from "@/lib/server/env";
import { clientSource, isoDay, type DbClient } from "@/lib/server/integrations/local-db";

// Enrolment registry (§2): is the child already a pupil somewhere? (P-3 check 2)

export type Enrolment = {
  organisationName: string;
  grade: number;
  /** YYYY-MM-DD */
  since: string;
};

export type EnrolmentRegistry = {
  /** The child's current enrolment (the most recent one), or null. */
  enrolmentOf(childIin: string): Promise<Enrolment | null>;
};

export function createLocalEnrolmentRegistry(client?: DbClient): EnrolmentRegistry {
  const prisma = clientSource(client);
  return {
    async enrolmentOf(childIin) {
      const db = await prisma();
      const row = await db.registryEnrolment.findFirst({
        where: { childIin },
        orderBy: [{ since: "desc" }, { id: "asc" }],
      });
      return row ? { organisationName: row.organisationName, grade: row.grade, since: isoDay(row.since) } : null;
    },
  };
}

let local: EnrolmentRegistry | undefined;

/** The enrolment registry chosen by REGISTRY_ADAPTER (only "local" exists today). */
export function getEnrolmentRegistry(): EnrolmentRegistry {
  switch (env().REGISTRY_ADAPTER) {
    case "local":
      return (local ??= createLocalEnrolmentRegistry());
  }
}
