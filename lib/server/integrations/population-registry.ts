import "server-only";
import { env } from "@/lib/server/env";
import { addressText, createLocalAddressRegistry, type ResolvedAddress } from "@/lib/server/integrations/address-registry";
import { clientSource, isoDay, type DbClient } from "@/lib/server/integrations/local-db";

// Population registry (§2): citizens by IIN with their registration address, and the
// parent–child links behind "Add child" (P-3).

export type Sex = "MALE" | "FEMALE";
export type Kinship = "MOTHER" | "FATHER" | "GUARDIAN";

export type RegistrationAddress = ResolvedAddress & {
  apartment: string | null;
};

export type RegistryCitizen = {
  iin: string;
  surname: string;
  name: string;
  patronymic: string | null;
  /** "Surname Name Patronymic" */
  fullName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  phone: string | null;
  /** Resolved up to the region; textKk / textRu include the apartment. Null when not registered. */
  address: RegistrationAddress | null;
};

export type RegistryChild = RegistryCitizen & { kinship: Kinship };

export type PopulationRegistry = {
  findCitizen(iin: string): Promise<RegistryCitizen | null>;
  /** The children the registry links to this parent or guardian, eldest first. */
  childrenOf(parentIin: string): Promise<RegistryChild[]>;
};

type CitizenRow = {
  iin: string;
  surname: string;
  name: string;
  patronymic: string | null;
  birthDate: Date;
  sex: Sex;
  phone: string | null;
  registrationBuildingId: string | null;
  apartment: string | null;
};

const CITIZEN_SELECT = {
  iin: true,
  surname: true,
  name: true,
  patronymic: true,
  birthDate: true,
  sex: true,
  phone: true,
  registrationBuildingId: true,
  apartment: true,
} as const;

export function createLocalPopulationRegistry(client?: DbClient): PopulationRegistry {
  const prisma = clientSource(client);
  const addresses = createLocalAddressRegistry(client);

  async function toCitizens(rows: readonly CitizenRow[]): Promise<RegistryCitizen[]> {
    const buildingIds = rows.map((r) => r.registrationBuildingId).filter((id): id is string => id !== null);
    const resolved = await addresses.addressesOf(buildingIds);
    return rows.map((row) => {
      const base = row.registrationBuildingId ? resolved.get(row.registrationBuildingId) : undefined;
      const address: RegistrationAddress | null = base
        ? {
            ...base,
            apartment: row.apartment,
            ...addressText(base.unitPath, { nameKk: base.streetKk, nameRu: base.streetRu }, base.number, row.apartment),
          }
        : null;
      return {
        iin: row.iin,
        surname: row.surname,
        name: row.name,
        patronymic: row.patronymic,
        fullName: [row.surname, row.name, row.patronymic].filter(Boolean).join(" "),
        birthDate: isoDay(row.birthDate),
        sex: row.sex,
        phone: row.phone,
        address,
      };
    });
  }

  return {
    async findCitizen(iin) {
      if (!/^\d{12}$/.test(iin)) return null;
      const db = await prisma();
      const row = await db.citizen.findUnique({ where: { iin }, select: CITIZEN_SELECT });
      return row ? ((await toCitizens([row]))[0] ?? null) : null;
    },
    async childrenOf(parentIin) {
      if (!/^\d{12}$/.test(parentIin)) return [];
      const db = await prisma();
      const links = await db.registryKinship.findMany({
        where: { parentIin },
        select: { kinship: true, child: { select: CITIZEN_SELECT } },
        orderBy: [{ child: { birthDate: "asc" } }, { child: { name: "asc" } }],
      });
      const children = await toCitizens(links.map((l) => l.child));
      return children.map((child, i) => ({ ...child, kinship: links[i]?.kinship ?? "GUARDIAN" }));
    },
  };
}

let local: PopulationRegistry | undefined;

/**
 * The population registry chosen by REGISTRY_ADAPTER (only "local" exists today). Given a
 * client, the local registry reads through it (the database or transaction the caller uses).
 */
export function getPopulationRegistry(client?: DbClient): PopulationRegistry {
  switch (env().REGISTRY_ADAPTER) {
    case "local":
      return client ? createLocalPopulationRegistry(client) : (local ??= createLocalPopulationRegistry());
  }
}
