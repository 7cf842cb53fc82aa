import "server-only";
import { freeSeats } from "@/lib/seats/quota";
import { db } from "@/lib/server/db";

export type SeatOption = {
  classType: "GENERAL" | "GYMNASIUM";
  language: "KK" | "RU" | "EN" | "TR";
  capacity: number;
  /** Free seats for this child: every free seat by catchment, the quota's share outside it. */
  free: number;
};

const CLASS_ORDER = { GENERAL: 0, GYMNASIUM: 1 } as const;
const LANGUAGE_ORDER = { KK: 0, RU: 1, EN: 2, TR: 3 } as const;

/** The capacity units of the school's campaign with the seats still free, read live. */
export async function getSeatOptions(schoolId: string, academicYear: string, isCatchment: boolean): Promise<SeatOption[]> {
  const prisma = await db();
  const seats = await prisma.seatCapacity.findMany({
    where: { campaign: { schoolId, academicYear } },
    select: { classType: true, language: true, capacity: true, reservedCatchment: true, reservedOutside: true },
  });
  return seats
    .map((seat) => {
      const free = freeSeats(seat);
      return {
        classType: seat.classType,
        language: seat.language,
        capacity: seat.capacity,
        free: isCatchment ? free.forCatchment : free.forOutside,
      };
    })
    .sort((a, b) => CLASS_ORDER[a.classType] - CLASS_ORDER[b.classType] || LANGUAGE_ORDER[a.language] - LANGUAGE_ORDER[b.language]);
}
