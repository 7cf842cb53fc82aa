// D-2 catchments: whole streets and single buildings attached to schools.
// Deliberate cases:
//   * b-krg-erubaev-35 lies in two catchments: its street belongs to school №63 and the building
//     alone is also attached to school-gymnasium №97 (the "attached to more than one school" list).
//   * Zhambyl street (Kazybek bi) and Prishakhtinsk microdistrict 21 belong to no school, and of
//     microdistrict 12 only building 19 is attached: the "unattached addresses" list.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORG } from "./organisations";

export const TWO_CATCHMENT_BUILDING = "b-krg-erubaev-35";
export const NO_CATCHMENT_BUILDING = "b-krg-mkr-21-8";

const STREET_CATCHMENTS: ReadonlyArray<[schoolId: string, streetIds: string[]]> = [
  [ORG.school63, ["st-krg-erzhanov", "st-krg-erubaev"]],
  [ORG.school97, ["st-krg-bukhar-zhyrau"]],
  [ORG.gymnasium93, ["st-krg-gogol"]],
  [ORG.school45, ["st-krg-stepnoy-3"]],
  [ORG.school82, ["st-krg-alikhanov", "st-krg-mira"]],
  [ORG.school9, ["st-krg-mukanov"]],
  [ORG.school22, ["st-krg-vostok-2"]],
  [ORG.school101, ["st-krg-vostok-5"]],
  [ORG.school76, ["st-krg-mkr-11a"]],
  [ORG.karakoga, ["st-kkg-ortalyk", "st-kkg-mektep", "st-kkg-zhastar"]],
  [ORG.bulaevo1, ["st-bul-yubileinaya", "st-bul-tselinnaya"]],
  [ORG.bulaevoGymnasium, ["st-bul-zhumabaev", "st-bul-shkolnaya"]],
];

const BUILDING_CATCHMENTS: ReadonlyArray<[schoolId: string, buildingIds: string[]]> = [
  [ORG.school97, [TWO_CATCHMENT_BUILDING]],
  [ORG.school76, ["b-krg-mkr-12-5"]],
  [ORG.school35, ["b-krg-mkr-12-19", "b-krg-mkr-12-23"]],
];

export const CATCHMENTS: readonly Prisma.CatchmentCreateManyInput[] = [
  ...STREET_CATCHMENTS.flatMap(([schoolId, streetIds]) =>
    streetIds.map((streetId) => ({ id: `cat-${schoolId}-${streetId}`, schoolId, streetId })),
  ),
  ...BUILDING_CATCHMENTS.flatMap(([schoolId, buildingIds]) =>
    buildingIds.map((buildingId) => ({ id: `cat-${schoolId}-${buildingId}`, schoolId, buildingId })),
  ),
];
