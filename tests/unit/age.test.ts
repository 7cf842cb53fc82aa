import { describe, expect, it } from "@jest/globals";
import { birthdayAt, checkAdmissionAge } from "@/lib/application/age";

describe("checkAdmissionAge (P-3: 6 or turning 6 by 31 December)", () => {
  const today = "2026-07-01";

  it("admits a child born on 31 December six years before", () => {
    expect(checkAdmissionAge("2020-12-31", today)).toEqual({ ok: true, ageOnDec31: 6 });
  });

  it("refuses a child born on 1 January five years before, saying when they turn 6", () => {
    expect(checkAdmissionAge("2021-01-01", today)).toEqual({
      ok: false,
      reason: "TOO_YOUNG",
      turnsSixOn: "2027-01-01",
      ageOnDec31: 5,
    });
  });

  it("admits a leap-day child born 2020-02-29", () => {
    expect(checkAdmissionAge("2020-02-29", today)).toEqual({ ok: true, ageOnDec31: 6 });
  });

  it("names 1 March as a leap-day child's 6th birthday in a common year", () => {
    expect(checkAdmissionAge("2024-02-29", today)).toEqual({
      ok: false,
      reason: "TOO_YOUNG",
      turnsSixOn: "2030-03-01",
      ageOnDec31: 2,
    });
    expect(birthdayAt("2020-02-29", 4)).toBe("2024-02-29");
  });

  it("admits 7-year-olds and refuses those already 8 by 31 December", () => {
    expect(checkAdmissionAge("2019-01-01", today)).toEqual({ ok: true, ageOnDec31: 7 });
    expect(checkAdmissionAge("2019-12-31", today)).toEqual({ ok: true, ageOnDec31: 7 });
    expect(checkAdmissionAge("2018-12-31", today)).toEqual({
      ok: false,
      reason: "TOO_OLD",
      turnsSixOn: "2024-12-31",
      ageOnDec31: 8,
    });
  });

  it("depends on the year of today only, not on the day", () => {
    expect(checkAdmissionAge("2020-12-31", "2026-01-01").ok).toBe(true);
    expect(checkAdmissionAge("2020-12-31", "2026-12-31").ok).toBe(true);
    expect(checkAdmissionAge("2020-12-31", "2025-12-31")).toMatchObject({ ok: false, reason: "TOO_YOUNG" });
  });

  it("refuses a birth date in the future as too young", () => {
    expect(checkAdmissionAge("2026-09-01", today)).toMatchObject({ ok: false, reason: "TOO_YOUNG" });
  });

  it("throws on malformed dates rather than guessing", () => {
    expect(() => checkAdmissionAge("2021-02-29", today)).toThrow(RangeError);
    expect(() => checkAdmissionAge("2020-12-31", "01.07.2026")).toThrow(RangeError);
  });
});
