import "server-only";
import { getAddressRegistry, type AddressUnitInfo } from "@/lib/server/integrations/address-registry";

export type CascadeLevel = {
  /** The units to choose from at this depth (regions first). */
  options: AddressUnitInfo[];
  /** The chosen one, when it is one of `options`. */
  selectedId: string | null;
};

export type Cascade = {
  levels: CascadeLevel[];
  /** The deepest unit chosen, or null when not even a region is. */
  selected: AddressUnitInfo | null;
  /** The chosen units from the region down. */
  path: AddressUnitInfo[];
};

/**
 * Region → district / city administration → rural district → settlement, one select per depth
 * (P-4 outside the microdistrict, P-4a actual address). `chosen[i]` is what the parent picked at
 * depth i; a pick that is not a child of the one above (the parent changed a higher level) ends
 * the chain there, so stale lower picks are dropped.
 */
export async function resolveCascade(chosen: readonly (string | null | undefined)[]): Promise<Cascade> {
  const registry = getAddressRegistry();
  const levels: CascadeLevel[] = [];
  const path: AddressUnitInfo[] = [];
  let options = await registry.unitChildren(null);
  for (let depth = 0; options.length > 0 && depth < 6; depth++) {
    const pick = options.find((o) => o.id === chosen[depth]) ?? null;
    levels.push({ options, selectedId: pick?.id ?? null });
    if (!pick) break;
    path.push(pick);
    options = await registry.unitChildren(pick.id);
  }
  return { levels, selected: path.at(-1) ?? null, path };
}

/** Every unit at or below `unitId` (the demo tree is small; a real registry would answer this itself). */
export async function unitSubtree(unitId: string): Promise<string[]> {
  const registry = getAddressRegistry();
  const ids = [unitId];
  for (let i = 0; i < ids.length && ids.length < 5000; i++) {
    const id = ids[i];
    if (id) ids.push(...(await registry.unitChildren(id)).map((u) => u.id));
  }
  return ids;
}

/** Which field of a transport address a unit of this level fills. */
export function addressFieldOf(level: AddressUnitInfo["level"]): "regionId" | "districtId" | "ruralDistrictId" | "settlementId" {
  switch (level) {
    case "REGION":
      return "regionId";
    case "CITY":
    case "DISTRICT":
      return "districtId";
    case "RURAL_DISTRICT":
      return "ruralDistrictId";
    case "SETTLEMENT":
      return "settlementId";
  }
}
