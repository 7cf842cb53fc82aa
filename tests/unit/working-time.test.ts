import { describe, expect, it } from "@jest/globals";
import {
  almatyDateOf,
  isWorkingDay,
  startOfTerm,
  termDueAt,
  termState,
  WORKING_DAY_MS,
  workingMillisBetween,
  type WorkingCalendar,
} from "@/lib/calendar/working-time";

/** An Almaty wall-clock time as an instant, e.g. at("2026-06-05 18:29"). */
const at = (local: string): Date => new Date(`${local.replace(" ", "T")}:00+05:00`);

const none: WorkingCalendar = [];
// Fixture: Monday 2026-03-23 is a holiday, Saturday 2026-03-28 a moved working day.
const calendar: WorkingCalendar = [
  { date: "2026-03-23", kind: "HOLIDAY" },
  { date: "2026-03-28", kind: "WORKDAY" },
];

describe("almatyDateOf", () => {
  it("reads the date in UTC+5, not in UTC", () => {
    expect(almatyDateOf(new Date("2026-06-05T18:59:59Z"))).toBe("2026-06-05");
    expect(almatyDateOf(new Date("2026-06-05T19:00:00Z"))).toBe("2026-06-06");
  });
});

describe("isWorkingDay", () => {
  it("is Monday to Friday by default", () => {
    expect(isWorkingDay("2026-06-05", none)).toBe(true); // Fri
    expect(isWorkingDay("2026-06-06", none)).toBe(false); // Sat
    expect(isWorkingDay("2026-06-07", none)).toBe(false); // Sun
    expect(isWorkingDay("2026-06-08", none)).toBe(true); // Mon
  });

  it("follows the calendar's holidays and moved working days", () => {
    expect(isWorkingDay("2026-03-23", calendar)).toBe(false);
    expect(isWorkingDay("2026-03-28", calendar)).toBe(true);
    expect(isWorkingDay("2026-03-29", calendar)).toBe(false);
  });

  it("throws on impossible dates", () => {
    expect(() => isWorkingDay("2026-02-30", none)).toThrow(RangeError);
  });
});

describe("startOfTerm and termDueAt", () => {
  it("Friday 18:29: starts at once, due Monday 18:29", () => {
    expect(startOfTerm(at("2026-06-05 18:29"), none)).toEqual(at("2026-06-05 18:29"));
    expect(termDueAt(at("2026-06-05 18:29"), none)).toEqual(at("2026-06-08 18:29"));
  });

  it("Friday 18:30 exactly is after hours", () => {
    expect(startOfTerm(at("2026-06-05 18:30"), none)).toEqual(at("2026-06-08 09:00"));
    expect(termDueAt(at("2026-06-05 18:30"), none)).toEqual(at("2026-06-08 18:30"));
  });

  it("Friday 18:31: starts Monday 09:00, due Monday 18:30", () => {
    expect(startOfTerm(at("2026-06-05 18:31"), none)).toEqual(at("2026-06-08 09:00"));
    expect(termDueAt(at("2026-06-05 18:31"), none)).toEqual(at("2026-06-08 18:30"));
  });

  it("Saturday and Sunday count from Monday 09:00", () => {
    expect(termDueAt(at("2026-06-06 12:00"), none)).toEqual(at("2026-06-08 18:30"));
    expect(termDueAt(at("2026-06-07 23:59"), none)).toEqual(at("2026-06-08 18:30"));
  });

  it("before 09:00 on a working day starts at 09:00 that day", () => {
    expect(startOfTerm(at("2026-06-10 08:00"), none)).toEqual(at("2026-06-10 09:00"));
    expect(termDueAt(at("2026-06-10 08:00"), none)).toEqual(at("2026-06-10 18:30"));
    // 01:00 Almaty is still the previous day in UTC
    expect(startOfTerm(at("2026-06-10 01:00"), none)).toEqual(at("2026-06-10 09:00"));
  });

  it("at 09:00 sharp is due 18:30 the same day; at noon, noon the next day", () => {
    expect(termDueAt(at("2026-06-10 09:00"), none)).toEqual(at("2026-06-10 18:30"));
    expect(termDueAt(at("2026-06-10 12:00"), none)).toEqual(at("2026-06-11 12:00"));
  });

  it("the evening before a holiday skips the weekend and the holiday", () => {
    expect(startOfTerm(at("2026-03-20 19:00"), calendar)).toEqual(at("2026-03-24 09:00"));
    expect(termDueAt(at("2026-03-20 19:00"), calendar)).toEqual(at("2026-03-24 18:30"));
    expect(termDueAt(at("2026-03-20 15:00"), calendar)).toEqual(at("2026-03-24 15:00"));
  });

  it("arriving on the holiday itself waits for the next working day", () => {
    expect(startOfTerm(at("2026-03-23 11:00"), calendar)).toEqual(at("2026-03-24 09:00"));
  });

  it("a moved working day on Saturday counts", () => {
    expect(startOfTerm(at("2026-03-27 19:00"), calendar)).toEqual(at("2026-03-28 09:00"));
    expect(termDueAt(at("2026-03-27 19:00"), calendar)).toEqual(at("2026-03-28 18:30"));
    expect(termDueAt(at("2026-03-27 14:00"), calendar)).toEqual(at("2026-03-28 14:00"));
    expect(termDueAt(at("2026-03-28 10:00"), calendar)).toEqual(at("2026-03-30 10:00"));
  });

  it("supports longer terms", () => {
    expect(termDueAt(at("2026-06-05 12:00"), none, 2)).toEqual(at("2026-06-09 12:00"));
  });

  it("gives up on a calendar without working days instead of looping", () => {
    const everyDayOff: WorkingCalendar = Array.from({ length: 4000 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      kind: "HOLIDAY",
    }));
    expect(() => startOfTerm(at("2026-01-01 10:00"), everyDayOff)).toThrow(RangeError);
  });
});

describe("workingMillisBetween", () => {
  it("counts only working hours", () => {
    expect(workingMillisBetween(at("2026-06-05 18:29"), at("2026-06-08 18:29"), none)).toBe(WORKING_DAY_MS);
    expect(workingMillisBetween(at("2026-06-05 20:00"), at("2026-06-08 08:00"), none)).toBe(0);
    expect(workingMillisBetween(at("2026-03-20 09:00"), at("2026-03-28 18:30"), calendar)).toBe(
      6 * WORKING_DAY_MS, // Fri, Tue, Wed, Thu, Fri, moved Sat
    );
  });

  it("is 0 when the end is not after the start", () => {
    expect(workingMillisBetween(at("2026-06-08 12:00"), at("2026-06-08 11:00"), none)).toBe(0);
  });

  it("agrees with termDueAt", () => {
    for (const arrival of ["2026-03-20 15:00", "2026-03-27 19:00", "2026-06-05 18:29", "2026-06-10 07:00"]) {
      const due = termDueAt(at(arrival), calendar);
      expect(workingMillisBetween(at(arrival), due, calendar)).toBe(WORKING_DAY_MS);
    }
  });
});

describe("termState", () => {
  const arrived = at("2026-06-05 18:31"); // due Monday 18:30

  it("is on time when decided by the due moment", () => {
    expect(termState(arrived, at("2026-06-08 18:30"), at("2026-06-20 10:00"), none)).toBe("ON_TIME");
  });

  it("is overdue when decided after the due moment", () => {
    expect(termState(arrived, at("2026-06-08 18:31"), at("2026-06-08 18:31"), none)).toBe("OVERDUE");
  });

  it("uses now while undecided", () => {
    expect(termState(arrived, null, at("2026-06-08 18:00"), none)).toBe("ON_TIME");
    expect(termState(arrived, null, at("2026-06-09 09:00"), none)).toBe("OVERDUE");
  });
});
