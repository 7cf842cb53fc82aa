import "server-only";
import type { TransportAddress } from "@/lib/application/wizard-schemas";
import { addressFieldOf, resolveCascade } from "@/lib/server/catchments/address-cascade";
import { findDraft, updateDraft } from "@/lib/server/applications/draft-store";

export type SaveTransportAddressResult =
  | { ok: true }
  | { ok: false; code: "NOT_FOUND" | "CONFLICT" | "NOT_ASKED" }
  /** The region, or the district / city administration under it, is not chosen. */
  | { ok: false; code: "UNITS_INCOMPLETE"; missing: "regionId" | "districtId" };

/**
 * P-4a: the actual residence address when it differs from the registration address: region /
 * city, district, (rural district, settlement) from the address registry, then street, house
 * and flat as written. `unitIds` are the picks at each depth of the cascade, region first.
 */
export async function saveTransportAddress(
  parentId: string,
  draftId: string,
  input: { unitIds: readonly string[]; street: string; house: string; apartment?: string },
): Promise<SaveTransportAddressResult> {
  const draft = await findDraft(parentId, draftId);
  if (!draft) return { ok: false, code: "NOT_FOUND" };
  const transport = draft.answers.school?.transport;
  if (!transport?.needed || transport.sameAsRegistration !== false) return { ok: false, code: "NOT_ASKED" };

  const { path } = await resolveCascade(input.unitIds);
  const fields: Partial<Record<ReturnType<typeof addressFieldOf>, string>> = {};
  // The deepest unit of each kind wins: in a city, the city district rather than the administration.
  for (const unit of path) fields[addressFieldOf(unit.level)] = unit.id;
  if (!fields.regionId) return { ok: false, code: "UNITS_INCOMPLETE", missing: "regionId" };
  if (!fields.districtId) return { ok: false, code: "UNITS_INCOMPLETE", missing: "districtId" };

  const address: TransportAddress = {
    regionId: fields.regionId,
    districtId: fields.districtId,
    ...(fields.ruralDistrictId ? { ruralDistrictId: fields.ruralDistrictId } : {}),
    ...(fields.settlementId ? { settlementId: fields.settlementId } : {}),
    street: input.street,
    house: input.house,
    ...(input.apartment ? { apartment: input.apartment } : {}),
  };
  const saved = await updateDraft(parentId, draft, (current) => ({
    answers: {
      ...current.answers,
      school: { ...current.answers.school, transport: { needed: true, sameAsRegistration: false, address } },
    },
  }));
  return saved.ok ? { ok: true } : saved;
}
