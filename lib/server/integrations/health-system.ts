import "server-only";
import { env } from "@/lib/server/env";
import { clientSource, isoDay, type DbClient } from "@/lib/server/integrations/local-db";

// Health information system (§2): form 065/у (vaccination card) and form 052-2/у (child health
// passport) by child IIN. It may have nothing; then the parent uploads the forms (P-5).

export type HealthForm = "F065" | "F052";

export type HealthDocument = {
  form: HealthForm;
  /** YYYY-MM-DD */
  issuedOn: string;
  organisation: string;
  summary: string;
};

export type HealthSystem = {
  /** The child's forms, F065 before F052; empty when the system has nothing. */
  healthDocuments(childIin: string): Promise<HealthDocument[]>;
};

const FORM_ORDER: Record<HealthForm, number> = { F065: 0, F052: 1 };

export function createLocalHealthSystem(client?: DbClient): HealthSystem {
  const prisma = clientSource(client);
  return {
    async healthDocuments(childIin) {
      const db = await prisma();
      const rows = await db.registryHealthDoc.findMany({ where: { childIin } });
      return rows
        .sort((a, b) => FORM_ORDER[a.form] - FORM_ORDER[b.form])
        .map((r) => ({ form: r.form, issuedOn: isoDay(r.issuedOn), organisation: r.organisation, summary: r.summary }));
    },
  };
}

let local: HealthSystem | undefined;

/** The health information system chosen by REGISTRY_ADAPTER (only "local" exists today). */
export function getHealthSystem(): HealthSystem {
  switch (env().REGISTRY_ADAPTER) {
    case "local":
      return (local ??= createLocalHealthSystem());
  }
}
