import "server-only";
import { currentAcademicYear } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { getPopulationRegistry, type RegistrationAddress } from "@/lib/server/integrations/population-registry";
import { byName, SCHOOL_OPTION_SELECT, type SchoolOption } from "@/lib/server/schools/school-option";

export type CatchmentSchools = {
  /** The child's registration address from the population registry; null when not registered. */
  address: RegistrationAddress | null;
  /** Schools whose catchment holds the address (by street or by the single building) and
   *  that have admission settings for the year; empty when the address is attached to none. */
  schools: SchoolOption[];
};

/** P-4 "by microdistrict": the schools the child belongs to by registration address. */
export async function findCatchmentSchools(childIin: string, academicYear: string = currentAcademicYear()): Promise<CatchmentSchools> {
  const citizen = await getPopulationRegistry().findCitizen(childIin);
  const address = citizen?.address ?? null;
  if (!address) return { address: null, schools: [] };
  const prisma = await db();
  const schools = await prisma.organisation.findMany({
    where: {
      kind: "SCHOOL",
      catchments: { some: { OR: [{ buildingId: address.buildingId }, { streetId: address.streetId }] } },
      // A school without admission settings does not appear to parents (S-3).
      campaigns: { some: { academicYear } },
    },
    select: SCHOOL_OPTION_SELECT,
  });
  return { address, schools: schools.sort(byName) };
}
