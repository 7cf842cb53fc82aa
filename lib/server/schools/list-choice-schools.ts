import "server-only";
import { currentAcademicYear } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { unitSubtree } from "@/lib/server/catchments/address-cascade";
import { byName, SCHOOL_OPTION_SELECT, type SchoolOption } from "@/lib/server/schools/school-option";

/**
 * P-4 "outside the microdistrict": schools standing in the unit (or below it) that take
 * out-of-catchment children this year — they have admission settings with "admission by choice".
 */
export async function listChoiceSchools(unitId: string, academicYear: string = currentAcademicYear()): Promise<SchoolOption[]> {
  const unitIds = await unitSubtree(unitId);
  const prisma = await db();
  const schools = await prisma.organisation.findMany({
    where: {
      kind: "SCHOOL",
      addressUnitId: { in: unitIds },
      campaigns: { some: { academicYear, admitsByChoice: true } },
    },
    select: SCHOOL_OPTION_SELECT,
  });
  return schools.sort(byName);
}

/** Whether a parent may choose this school outside the microdistrict this year. */
export async function isChoiceSchool(schoolId: string, academicYear: string = currentAcademicYear()): Promise<boolean> {
  const prisma = await db();
  const hit = await prisma.organisation.findFirst({
    where: { id: schoolId, kind: "SCHOOL", campaigns: { some: { academicYear, admitsByChoice: true } } },
    select: { id: true },
  });
  return hit !== null;
}
