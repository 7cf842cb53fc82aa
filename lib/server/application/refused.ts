import "server-only";

/**
 * Thrown inside a transaction to roll it back with a reason the caller turns into a plain
 * answer ("no seat left", "not allowed now"): nothing of a refused act is kept.
 */
export class Refused<Reason extends string> extends Error {
  constructor(readonly reason: Reason) {
    super(reason);
  }
}
