import { describe, expect, it } from "@jest/globals";
import { canReserve, freeSeats, outsideQuota } from "@/lib/seats/quota";

describe("outsideQuota (3:1 by default)", () => {
  it.each([
    [0, 0],
    [3, 0],
    [4, 1],
    [5, 1],
    [7, 1],
    [8, 2],
    [25, 6],
    [28, 7],
  ])("capacity %i → %i out-of-catchment seats", (capacity, quota) => {
    expect(outsideQuota(capacity)).toBe(quota);
  });

  it("follows a configured ratio", () => {
    expect(outsideQuota(25, { catchment: 1, outside: 1 })).toBe(12);
    expect(outsideQuota(25, { catchment: 1, outside: 0 })).toBe(0);
    expect(outsideQuota(25, { catchment: 0, outside: 1 })).toBe(25);
  });

  it("refuses a 0:0 or negative ratio", () => {
    expect(() => outsideQuota(25, { catchment: 0, outside: 0 })).toThrow(RangeError);
    expect(() => outsideQuota(25, { catchment: -1, outside: 1 })).toThrow(RangeError);
  });
});

describe("freeSeats", () => {
  it("an empty class of 25: all free, 6 for outsiders", () => {
    expect(freeSeats({ capacity: 25, reservedCatchment: 0, reservedOutside: 0 })).toEqual({
      total: 25,
      forCatchment: 25,
      forOutside: 6,
    });
  });

  it("outsiders stop at the quota while catchment seats remain", () => {
    expect(freeSeats({ capacity: 25, reservedCatchment: 3, reservedOutside: 6 })).toEqual({
      total: 16,
      forCatchment: 16,
      forOutside: 0,
    });
  });

  it("catchment children can take the seats the quota left to outsiders", () => {
    expect(freeSeats({ capacity: 25, reservedCatchment: 23, reservedOutside: 0 })).toEqual({
      total: 2,
      forCatchment: 2,
      forOutside: 2,
    });
  });

  it("a full school has 0 free of every kind", () => {
    expect(freeSeats({ capacity: 25, reservedCatchment: 19, reservedOutside: 6 })).toEqual({
      total: 0,
      forCatchment: 0,
      forOutside: 0,
    });
    expect(freeSeats({ capacity: 25, reservedCatchment: 25, reservedOutside: 0 })).toEqual({
      total: 0,
      forCatchment: 0,
      forOutside: 0,
    });
  });

  it("never goes negative when capacity was lowered below the reservations", () => {
    expect(freeSeats({ capacity: 20, reservedCatchment: 18, reservedOutside: 6 })).toEqual({
      total: 0,
      forCatchment: 0,
      forOutside: 0,
    });
  });
});

describe("canReserve", () => {
  it("capacity 5: one outsider, then only catchment children", () => {
    const empty = { capacity: 5, reservedCatchment: 0, reservedOutside: 0 };
    expect(canReserve(empty, false)).toBe(true);
    const oneOutsider = { ...empty, reservedOutside: 1 };
    expect(canReserve(oneOutsider, false)).toBe(false);
    expect(canReserve(oneOutsider, true)).toBe(true);
    const full = { ...empty, reservedCatchment: 4, reservedOutside: 1 };
    expect(canReserve(full, true)).toBe(false);
    expect(canReserve(full, false)).toBe(false);
  });

  it("capacity 3 has no out-of-catchment seat at 3:1", () => {
    expect(canReserve({ capacity: 3, reservedCatchment: 0, reservedOutside: 0 }, false)).toBe(false);
  });
});
