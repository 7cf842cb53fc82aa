import "server-only";
import { env } from "@/lib/server/env";
import { addressLine } from "@/lib/address/address-line";
import { clientSource, type DbClient } from "@/lib/server/integrations/local-db";

// Address registry (§2): region → city administration / district → rural district →
// settlement → street → building, every node with a stable id.

export type AddressLevel = "REGION" | "CITY" | "DISTRICT" | "RURAL_DISTRICT" | "SETTLEMENT";

export type AddressUnitInfo = {
  id: string;
  parentId: string | null;
  level: AddressLevel;
  nameKk: string;
  nameRu: string;
  /** Opening-schedule region code; REGION units only. */
  regionCode: string | null;
};

export type StreetInfo = { id: string; unitId: string; nameKk: string; nameRu: string };

export type BuildingInfo = { id: string; streetId: string; number: string };

export type AddressPathItem = { id: string; level: AddressLevel; nameKk: string; nameRu: string };

export type ResolvedAddress = {
  buildingId: string;
  streetId: string;
  /** House number as written ("18", "11А"). */
  number: string;
  /** Units from the region down to the street's unit. */
  unitPath: AddressPathItem[];
  regionId: string;
  streetKk: string;
  streetRu: string;
  /** "Қарағанды облысы, Қарағанды Қ.Ә., …, Ержанов көшесі, 18 үй" */
  textKk: string;
  /** "Карагандинская область, Караганда Г.А., …, улица Ержанова, дом 18" */
  textRu: string;
};

export type AddressRegistry = {
  /** Regions when parentId is null; otherwise the units directly under parentId. */
  unitChildren(parentId: string | null): Promise<AddressUnitInfo[]>;
  unit(id: string): Promise<AddressUnitInfo | null>;
  /** The units from the region down to this one. */
  unitPath(unitId: string): Promise<AddressPathItem[]>;
  streetsOf(unitId: string): Promise<StreetInfo[]>;
  buildingsOf(streetId: string): Promise<BuildingInfo[]>;
  addressOf(buildingId: string): Promise<ResolvedAddress | null>;
  /** Many buildings at once (catchment lists); unknown ids are left out. */
  addressesOf(buildingIds: readonly string[]): Promise<Map<string, ResolvedAddress>>;
  /** The REGION unit above a building, a street or a unit (a region is its own region). */
  regionOf(id: string): Promise<AddressUnitInfo | null>;
};

/** Address text in both languages; the apartment, when given, is appended. */
export function addressText(
  unitPath: readonly AddressPathItem[],
  street: { nameKk: string; nameRu: string },
  number: string,
  apartment?: string | null,
): { textKk: string; textRu: string } {
  return {
    textKk: addressLine({ units: unitPath.map((u) => u.nameKk), street: street.nameKk, house: number, apartment }, "kk"),
    textRu: addressLine({ units: unitPath.map((u) => u.nameRu), street: street.nameRu, house: number, apartment }, "ru"),
  };
}

const UNIT_SELECT = { id: true, parentId: true, level: true, nameKk: true, nameRu: true, regionCode: true } as const;

/** House numbers in natural order: 2, 8, 11А, 30. */
const byHouseNumber = (a: BuildingInfo, b: BuildingInfo) => a.number.localeCompare(b.number, "ru", { numeric: true });

export function createLocalAddressRegistry(client?: DbClient): AddressRegistry {
  const prisma = clientSource(client);

  /** Every unit on the way up from the given ones, fetched one level per query. */
  async function unitsUpFrom(unitIds: Iterable<string>): Promise<Map<string, AddressUnitInfo>> {
    const db = await prisma();
    const known = new Map<string, AddressUnitInfo>();
    let wanted = [...new Set(unitIds)];
    while (wanted.length > 0) {
      const rows = await db.addressUnit.findMany({ where: { id: { in: wanted } }, select: UNIT_SELECT });
      for (const row of rows) known.set(row.id, row);
      wanted = [...new Set(rows.map((r) => r.parentId).filter((id): id is string => id !== null && !known.has(id)))];
    }
    return known;
  }

  function pathOf(unitId: string, units: Map<string, AddressUnitInfo>): AddressPathItem[] {
    const path: AddressPathItem[] = [];
    for (let u = units.get(unitId); u; u = u.parentId ? units.get(u.parentId) : undefined) {
      path.unshift({ id: u.id, level: u.level, nameKk: u.nameKk, nameRu: u.nameRu });
      if (path.length > 10) throw new Error(`address unit cycle at ${unitId}`);
    }
    return path;
  }

  async function addressesOf(buildingIds: readonly string[]): Promise<Map<string, ResolvedAddress>> {
    const result = new Map<string, ResolvedAddress>();
    if (buildingIds.length === 0) return result;
    const db = await prisma();
    const buildings = await db.building.findMany({
      where: { id: { in: [...new Set(buildingIds)] } },
      select: { id: true, number: true, street: { select: { id: true, unitId: true, nameKk: true, nameRu: true } } },
    });
    const units = await unitsUpFrom(buildings.map((b) => b.street.unitId));
    for (const b of buildings) {
      const unitPath = pathOf(b.street.unitId, units);
      result.set(b.id, {
        buildingId: b.id,
        streetId: b.street.id,
        number: b.number,
        unitPath,
        regionId: unitPath[0]?.id ?? b.street.unitId,
        streetKk: b.street.nameKk,
        streetRu: b.street.nameRu,
        ...addressText(unitPath, b.street, b.number),
      });
    }
    return result;
  }

  return {
    async unitChildren(parentId) {
      const db = await prisma();
      return db.addressUnit.findMany({ where: { parentId }, select: UNIT_SELECT, orderBy: { nameKk: "asc" } });
    },
    async unit(id) {
      const db = await prisma();
      return db.addressUnit.findUnique({ where: { id }, select: UNIT_SELECT });
    },
    async unitPath(unitId) {
      return pathOf(unitId, await unitsUpFrom([unitId]));
    },
    async streetsOf(unitId) {
      const db = await prisma();
      return db.street.findMany({ where: { unitId }, orderBy: { nameKk: "asc" } });
    },
    async buildingsOf(streetId) {
      const db = await prisma();
      return (await db.building.findMany({ where: { streetId } })).sort(byHouseNumber);
    },
    async addressOf(buildingId) {
      return (await addressesOf([buildingId])).get(buildingId) ?? null;
    },
    addressesOf,
    async regionOf(id) {
      // Callers mostly pass an address unit (a school's settlement): try that first, and look
      // for a building or street only when no unit has this id.
      let unitId = id;
      let units = await unitsUpFrom([id]);
      if (!units.has(id)) {
        const db = await prisma();
        const building = await db.building.findUnique({ where: { id }, select: { street: { select: { unitId: true } } } });
        const street = building ? null : await db.street.findUnique({ where: { id }, select: { unitId: true } });
        const found = building?.street.unitId ?? street?.unitId;
        if (!found) return null;
        unitId = found;
        units = await unitsUpFrom([unitId]);
      }
      const top = pathOf(unitId, units)[0];
      const region = top ? units.get(top.id) : undefined;
      return region && region.level === "REGION" ? region : null;
    },
  };
}

let local: AddressRegistry | undefined;

/** The address registry chosen by REGISTRY_ADAPTER (only "local" exists today). */
export function getAddressRegistry(): AddressRegistry {
  switch (env().REGISTRY_ADAPTER) {
    case "local":
      return (local ??= createLocalAddressRegistry());
  }
}
