import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_QUOTA_RATIO } from "@/lib/seats/quota";

type Tx = Prisma.TransactionClient;

/**
 * take one seat of a capacity unit, in one conditional statement, so that two parents
 * can never both get the last seat and out-of-catchment seats never exceed their quota
 * (⌊capacity × outside / (catchment + outside)⌋, the rule of lib/seats/quota.ts). The row lock
 * PostgreSQL takes for the UPDATE serialises concurrent reservations of the same unit.
 */
export async function reserveSeat(tx: Tx, seatId: string, isCatchment: boolean): Promise<"RESERVED" | "FULL" | "QUOTA_USED"> {
  const { catchment, outside } = DEFAULT_QUOTA_RATIO;
  const reserved = await tx.$executeRaw`
    UPDATE seat_capacity
       SET "reservedCatchment" = "reservedCatchment" + ${isCatchment ? 1 : 0},
           "reservedOutside"   = "reservedOutside"   + ${isCatchment ? 0 : 1}
     WHERE id = ${seatId}
       AND "reservedCatchment" + "reservedOutside" < capacity
       AND (${isCatchment} OR "reservedOutside" < floor(capacity * ${outside}::numeric / ${catchment + outside}))`;
  if (reserved === 1) return "RESERVED";
  const seat = await tx.seatCapacity.findUnique({ where: { id: seatId } });
  if (seat && !isCatchment && seat.reservedCatchment + seat.reservedOutside < seat.capacity) return "QUOTA_USED";
  return "FULL";
}

/** Gives a seat back when an application that held one is rejected or withdrawn. */
export async function releaseSeat(tx: Tx, seatId: string, isCatchment: boolean): Promise<void> {
  if (isCatchment) {
    await tx.seatCapacity.updateMany({
      where: { id: seatId, reservedCatchment: { gt: 0 } },
      data: { reservedCatchment: { decrement: 1 } },
    });
  } else {
    await tx.seatCapacity.updateMany({ where: { id: seatId, reservedOutside: { gt: 0 } }, data: { reservedOutside: { decrement: 1 } } });
  }
}
