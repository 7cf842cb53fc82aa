import "server-only";

/**
 * Thrown inside a transaction to roll it back with a reason the caller turns into a plain
 * answer ("no seat left", "not allowed now"): nothing of a refused act is kept. `detail` carries
 * what the answer needs besides the reason (e.g. which seat units stood in the way).
 */
export class Refused<Reason extends string, Detail = undefined> extends Error {
  constructor(
    readonly reason: Reason,
    readonly detail?: Detail,
  ) {
    super(reason);
  }
}
