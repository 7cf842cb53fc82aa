import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";

type Named = { nameKk: string; nameRu: string };
export type BuildingRef = { id: string; number: string; street: Named & { id: string } };

/**
 * D-2 for one district office: each of its schools' catchment (whole streets and single
 * buildings), the buildings of its territory no catchment holds, and those two or more hold.
 */
export async function getCatchmentMap(user: CurrentUser) {
  if (!user.organisationId) notFound();
  const prisma = await db();
  const office = await prisma.organisation.findFirst({
    where: { id: user.organisationId, kind: "DISTRICT_OFFICE" },
  });
  if (!office) notFound();

  const unitIds = await descendantUnits(office.addressUnitId);
  const [schools, buildings] = await Promise.all([
    prisma.organisation.findMany({
      where: { districtOfficeId: office.id, kind: "SCHOOL" },
      orderBy: { nameRu: "asc" },
      include: {
        catchments: {
          include: {
            street: { include: { _count: { select: { buildings: true } } } },
            building: { include: { street: true } },
          },
        },
      },
    }),
    prisma.building.findMany({
      where: { street: { unitId: { in: unitIds } } },
      include: { street: true },
      orderBy: [{ street: { nameRu: "asc" } }, { number: "asc" }],
    }),
  ]);

  // Which schools hold each building, by its street or by itself.
  const holders = new Map<string, Set<string>>();
  const hold = (buildingId: string, schoolId: string) => holders.set(buildingId, (holders.get(buildingId) ?? new Set()).add(schoolId));
  for (const school of schools) {
    for (const c of school.catchments) {
      if (c.buildingId) hold(c.buildingId, school.id);
    }
  }
  const streetHolders = new Map<string, string[]>();
  for (const school of schools) {
    for (const c of school.catchments) {
      if (c.streetId) streetHolders.set(c.streetId, [...(streetHolders.get(c.streetId) ?? []), school.id]);
    }
  }
  for (const b of buildings) for (const schoolId of streetHolders.get(b.streetId) ?? []) hold(b.id, schoolId);

  const schoolName = new Map(schools.map((s) => [s.id, { nameKk: s.nameKk, nameRu: s.nameRu }]));
  const toRef = (b: (typeof buildings)[number]): BuildingRef => ({
    id: b.id,
    number: b.number,
    street: { id: b.street.id, nameKk: b.street.nameKk, nameRu: b.street.nameRu },
  });

  return {
    office,
    schools: schools.map((s) => ({
      id: s.id,
      nameKk: s.nameKk,
      nameRu: s.nameRu,
      streets: s.catchments
        .filter((c) => c.street)
        .map((c) => ({ id: c.street!.id, nameKk: c.street!.nameKk, nameRu: c.street!.nameRu, buildings: c.street!._count.buildings })),
      buildings: s.catchments
        .filter((c) => c.building)
        .map((c) => ({ id: c.building!.id, number: c.building!.number, street: c.building!.street })),
    })),
    unattached: buildings.filter((b) => !holders.has(b.id)).map(toRef),
    overlapping: buildings
      .filter((b) => (holders.get(b.id)?.size ?? 0) > 1)
      .map((b) => ({ ...toRef(b), schools: [...holders.get(b.id)!].map((id) => schoolName.get(id)!) })),
  };
}

async function descendantUnits(rootId: string): Promise<string[]> {
  const prisma = await db();
  const all = [rootId];
  let frontier = [rootId];
  while (frontier.length) {
    const children = await prisma.addressUnit.findMany({ where: { parentId: { in: frontier } }, select: { id: true } });
    frontier = children.map((c) => c.id);
    all.push(...frontier);
  }
  return all;
}
