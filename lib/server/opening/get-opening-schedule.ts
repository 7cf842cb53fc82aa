import "server-only";
import { db } from "@/lib/server/db";

export type OpeningGroup = {
  opensOn: string;
  closesOn: string;
  regions: { id: string; nameKk: string; nameRu: string }[];
};

/** the regions grouped by their admission window for one academic year, earliest first. */
export async function getOpeningSchedule(academicYear: string): Promise<OpeningGroup[]> {
  const prisma = await db();
  const windows = await prisma.openingWindow.findMany({ where: { academicYear }, orderBy: { opensOn: "asc" } });
  const regions = await prisma.addressUnit.findMany({
    where: { id: { in: windows.map((w) => w.regionId) } },
    select: { id: true, nameKk: true, nameRu: true },
  });
  const byId = new Map(regions.map((r) => [r.id, r]));
  const groups = new Map<string, OpeningGroup>();
  for (const w of windows) {
    const opensOn = w.opensOn.toISOString().slice(0, 10);
    const closesOn = w.closesOn.toISOString().slice(0, 10);
    const key = `${opensOn}/${closesOn}`;
    const group = groups.get(key) ?? { opensOn, closesOn, regions: [] };
    const region = byId.get(w.regionId);
    if (region) group.regions.push(region);
    groups.set(key, group);
  }
  return [...groups.values()];
}
