import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ClassType, Language } from "@/lib/generated/prisma/enums";

/** The capacity unit (school, academic year, class type, language) an application competes for. */
export async function findSeatUnit(
  client: PrismaClient | Prisma.TransactionClient,
  unit: { schoolId: string; academicYear: string; classType: ClassType; language: Language },
) {
  return client.seatCapacity.findFirst({
    where: {
      classType: unit.classType,
      language: unit.language,
      campaign: { schoolId: unit.schoolId, academicYear: unit.academicYear },
    },
  });
}

/** Whether the registration building lies in the school's catchment (by street or by building). */
export async function isInCatchment(
  client: PrismaClient | Prisma.TransactionClient,
  schoolId: string,
  buildingId: string | null | undefined,
): Promise<boolean> {
  if (!buildingId) return false;
  const building = await client.building.findUnique({ where: { id: buildingId }, select: { streetId: true } });
  if (!building) return false;
  const hit = await client.catchment.findFirst({
    where: { schoolId, OR: [{ buildingId }, { streetId: building.streetId }] },
    select: { id: true },
  });
  return hit !== null;
}
