import { describe, expect, it } from "@jest/globals";
import { almatyDay, almatyMoment, calendarDay, formatDay, formatLongDate, formatMoment } from "@/lib/i18n/dates";
import { maskIin } from "@/lib/iin/mask";
import { addressLine } from "@/lib/address/address-line";

describe("dates on documents", () => {
  it("count the day in Almaty, five hours ahead of UTC", () => {
    expect(almatyDay(new Date("2026-11-22T18:59:00Z"))).toBe("22.11.2026");
    expect(almatyDay(new Date("2026-11-22T19:00:00Z"))).toBe("23.11.2026");
    expect(almatyMoment(new Date("2026-11-22T09:05:09Z"))).toBe("22.11.2026 14:05:09");
  });

  it("show a calendar date as it is, whatever the time zone", () => {
    expect(calendarDay("2020-03-14")).toBe("14.03.2020");
    expect(calendarDay(new Date("2020-03-14T00:00:00Z"))).toBe("14.03.2020");
  });
});

describe("dates on screens", () => {
  it("follow the reader's language and keep the calendar date", () => {
    expect(formatDay("2026-03-14", "ru")).toContain("14");
    expect(formatDay("2026-03-14", "ru")).toContain("марта");
    expect(formatDay("2026-03-14", "ru", "short")).toBe("14.03.2026");
    expect(formatLongDate("2026-03-14", "ru")).toContain("2026");
    expect(formatMoment(new Date("2026-11-22T19:30:00Z"), "ru")).toBe("23.11.2026, 00:30");
  });
});

describe("one IIN mask and one address line", () => {
  it("masks an IIN the same way for the dialog and the documents", () => {
    expect(maskIin("920415400123")).toBe("*********123");
    expect(maskIin("")).toBe("************");
  });

  it("writes an address in Kazakh or Russian", () => {
    const parts = { units: ["Қарағанды", "Алихан Бөкейхан ауданы"], street: "Бұқар жырау", house: "12", apartment: "5" };
    expect(addressLine(parts, "kk")).toBe("Қарағанды, Алихан Бөкейхан ауданы, Бұқар жырау, 12 үй, 5 пәтер");
    expect(addressLine({ ...parts, apartment: null }, "ru")).toBe("Қарағанды, Алихан Бөкейхан ауданы, Бұқар жырау, дом 12");
    expect(addressLine(parts, "en")).toBe("Қарағанды, Алихан Бөкейхан ауданы, Бұқар жырау, дом 12, кв. 5");
  });
});
