import "server-only";
import { env } from "@/lib/server/env";
import { clientSource, isoDay, type DbClient } from "@/lib/server/integrations/local-db";

// School information system (Bilimal e-school / EduMark, §2): the staff list behind the S-1 /
// D-1 import, and the pupil accounts created after class formation (S-9).

export type SisStaffMember = {
  portalId: string;
  organisationId: string;
  fullName: string;
  login: string;
  /** YYYY-MM-DD */
  birthDate: string;
  position: string;
};

export type PupilAccountRequest = { organisationId: string; childIin: string; className: string };

export type SchoolInformationSystem = {
  /** The organisation's staff as the school information system lists them, by name. */
  staffOf(organisationId: string): Promise<SisStaffMember[]>;
  /**
   * Creates the pupil's account and returns its login. Idempotent: asking again for the same
   * school and child returns the same login (and records a changed class name).
   */
  createPupilAccount(request: PupilAccountRequest): Promise<string>;
};

/** The login the local system gives a pupil: unique per school and child. */
export const pupilLogin = (organisationId: string, childIin: string): string => `${organisationId}.${childIin}`;

export function createLocalSchoolInformationSystem(client?: DbClient): SchoolInformationSystem {
  const prisma = clientSource(client);
  return {
    async staffOf(organisationId) {
      const db = await prisma();
      const rows = await db.registrySisStaff.findMany({ where: { organisationId }, orderBy: [{ fullName: "asc" }] });
      return rows.map((r) => ({ ...r, birthDate: isoDay(r.birthDate) }));
    },
    async createPupilAccount({ organisationId, childIin, className }) {
      if (!/^\d{12}$/.test(childIin)) throw new RangeError("childIin must be 12 digits");
      const db = await prisma();
      const account = await db.registrySisAccount.upsert({
        where: { organisationId_childIin: { organisationId, childIin } },
        create: { organisationId, childIin, className, login: pupilLogin(organisationId, childIin) },
        update: { className },
        select: { login: true },
      });
      return account.login;
    },
  };
}

let local: SchoolInformationSystem | undefined;

/** The school information system chosen by REGISTRY_ADAPTER (only "local" exists today). */
export function getSchoolInformationSystem(): SchoolInformationSystem {
  switch (env().REGISTRY_ADAPTER) {
    case "local":
      return (local ??= createLocalSchoolInformationSystem());
  }
}
