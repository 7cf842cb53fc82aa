import { describe, expect, it } from "@jest/globals";
import {
  academicYearFor,
  admissionYearOf,
  isRegionCode,
  OPENING_SCHEDULE_2026,
  openingState,
  openingWindowOf,
  REGION_CODES,
  REGION_NAMES,
} from "@/lib/calendar/opening";

describe("OPENING_SCHEDULE_2026", () => {
  it("gives each of the 20 regions exactly one window", () => {
    const listed = OPENING_SCHEDULE_2026.flatMap((row) => row.regions);
    expect(REGION_CODES).toHaveLength(20);
    expect([...listed].sort()).toEqual([...REGION_CODES].sort());
  });

  it("opens in four waves, all closing on 31 August", () => {
    expect(OPENING_SCHEDULE_2026.map((r) => r.opensOn)).toEqual(["2026-05-27", "2026-06-10", "2026-06-18", "2026-06-29"]);
    expect(new Set(OPENING_SCHEDULE_2026.map((r) => r.closesOn))).toEqual(new Set(["2026-08-31"]));
    expect(openingWindowOf("ASTANA")).toEqual({ opensOn: "2026-05-27", closesOn: "2026-08-31" });
    expect(openingWindowOf("SHYMKENT")?.opensOn).toBe("2026-06-18");
    expect(openingWindowOf("ALMATY_CITY")?.opensOn).toBe("2026-06-10");
    expect(openingWindowOf("ALMATY_REGION")?.opensOn).toBe("2026-06-18");
  });

  it("returns null for a region missing from a schedule", () => {
    expect(openingWindowOf("ASTANA", [])).toBeNull();
  });
});

describe("openingState", () => {
  const karaganda = openingWindowOf("KARAGANDA");
  if (!karaganda) throw new Error("Karaganda has no window");

  it.each([
    ["2026-06-28", "NOT_YET"],
    ["2026-06-29", "OPEN"],
    ["2026-07-15", "OPEN"],
    ["2026-08-31", "OPEN"],
    ["2026-09-01", "CLOSED"],
  ] as const)("Karaganda on %s is %s", (today, state) => {
    expect(openingState(karaganda, today)).toEqual({ state, opensOn: "2026-06-29", closesOn: "2026-08-31" });
  });
});

describe("REGION_NAMES", () => {
  it("names every region in three languages", () => {
    for (const code of REGION_CODES) {
      const name = REGION_NAMES[code];
      expect(name.kk && name.ru && name.en).toBeTruthy();
    }
    expect(REGION_NAMES.KARAGANDA).toEqual({
      kk: "Қарағанды облысы",
      ru: "Карагандинская область",
      en: "Karaganda Region",
    });
    expect(REGION_NAMES.NORTH_KAZAKHSTAN.kk).toBe("Солтүстік Қазақстан облысы");
    expect(REGION_NAMES.NORTH_KAZAKHSTAN.ru).toBe("Северо-Казахстанская область");
    expect(REGION_NAMES.ASTANA).toMatchObject({ kk: "Астана қаласы", ru: "город Астана" });
  });
});

describe("isRegionCode", () => {
  it("accepts known codes only", () => {
    expect(isRegionCode("ULYTAU")).toBe(true);
    expect(isRegionCode("ulytau")).toBe(false);
    expect(isRegionCode("SOUTH_KAZAKHSTAN")).toBe(false);
  });
});

describe("academic years", () => {
  it("maps any day of the admission year Y to Y-(Y+1)", () => {
    expect(academicYearFor("2026-01-01")).toBe("2026-2027");
    expect(academicYearFor("2026-07-01")).toBe("2026-2027");
    expect(academicYearFor("2026-12-31")).toBe("2026-2027");
    expect(academicYearFor("2027-01-01")).toBe("2027-2028");
  });

  it("reads the admission year back", () => {
    expect(admissionYearOf("2026-2027")).toBe(2026);
    expect(admissionYearOf(academicYearFor("2030-05-05"))).toBe(2030);
  });

  it("rejects malformed input", () => {
    expect(() => academicYearFor("2026")).toThrow(RangeError);
    expect(() => admissionYearOf("2026-2028")).toThrow(RangeError);
    expect(() => admissionYearOf("2026/2027")).toThrow(RangeError);
  });
});
