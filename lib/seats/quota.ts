// seats of one capacity unit (school, academic year, class type, language).
// For every 3 catchment seats there is 1 out-of-catchment seat: out-of-catchment reservations
// never exceed ⌊capacity × outside / (catchment + outside)⌋ (= ⌊capacity / 4⌋ at 3:1).
// Catchment children may take any free seat, including ones the quota would allow outsiders.

export type QuotaRatio = { catchment: number; outside: number };

export const DEFAULT_QUOTA_RATIO: QuotaRatio = { catchment: 3, outside: 1 };

export type SeatCounters = {
  capacity: number;
  reservedCatchment: number;
  reservedOutside: number;
};

export type FreeSeats = {
  /** Seats nobody holds. */
  total: number;
  /** What a catchment child can still get: every free seat. */
  forCatchment: number;
  /** What an out-of-catchment child can still get: free seats within the quota. */
  forOutside: number;
};

function assertRatio(ratio: QuotaRatio): void {
  const { catchment, outside } = ratio;
  if (!(catchment >= 0 && outside >= 0 && catchment + outside > 0)) {
    throw new RangeError(`quota ratio must be non-negative and not 0:0, got ${catchment}:${outside}`);
  }
}

/** The most out-of-catchment reservations a unit of this capacity may hold. */
export function outsideQuota(capacity: number, ratio: QuotaRatio = DEFAULT_QUOTA_RATIO): number {
  assertRatio(ratio);
  if (capacity <= 0) return 0;
  return Math.floor((capacity * ratio.outside) / (ratio.catchment + ratio.outside));
}

export function freeSeats(counters: SeatCounters, ratio: QuotaRatio = DEFAULT_QUOTA_RATIO): FreeSeats {
  const { capacity, reservedCatchment, reservedOutside } = counters;
  // Capacity may be lowered below what is already reserved; that leaves 0 free, never negative.
  const total = Math.max(0, capacity - reservedCatchment - reservedOutside);
  const forOutside = Math.max(0, Math.min(total, outsideQuota(capacity, ratio) - reservedOutside));
  return { total, forCatchment: total, forOutside };
}

/** Whether one more reservation of this kind fits. The caller re-checks under a row lock. */
export function canReserve(counters: SeatCounters, isCatchment: boolean, ratio: QuotaRatio = DEFAULT_QUOTA_RATIO): boolean {
  const free = freeSeats(counters, ratio);
  return (isCatchment ? free.forCatchment : free.forOutside) > 0;
}
