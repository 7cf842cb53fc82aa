import { describe, expect, it } from "@jest/globals";
import { iinAgreesWith, iinCheckDigit, isValidIin, makeIin, parseIin } from "@/lib/iin/iin";

describe("iinCheckDigit", () => {
  it("uses weights 1..11 when they do not give 10", () => {
    const prefix = "20022960001";
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * (i + 1), 0);
    expect(sum % 11).not.toBe(10);
    expect(iinCheckDigit(prefix)).toBe(sum % 11);
  });

  it("falls back to weights 3..11,1,2 when the first sum gives 10", () => {
    // 2 0 0 3 1 5 5 0 0 8 0 · (1..11) = 164 ≡ 10; · (3..11,1,2) = 124 ≡ 3.
    expect(iinCheckDigit("20031550080")).toBe(3);
    expect(isValidIin("200315500803")).toBe(true);
  });

  it("returns null when both weight sets give 10", () => {
    expect(iinCheckDigit("20031550089")).toBeNull();
    expect(makeIin("2020-03-15", "MALE", 89)).toBeNull();
  });

  it("rejects anything but 11 digits", () => {
    expect(iinCheckDigit("2003155008")).toBeNull();
    expect(iinCheckDigit("2003155008a")).toBeNull();
  });
});

describe("isValidIin", () => {
  it("accepts IINs of children born in 2019 and 2020 (century digits 5 and 6)", () => {
    expect(isValidIin("190415500016")).toBe(true);
    expect(isValidIin("200229600016")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidIin("190415500017")).toBe(false);
    expect(isValidIin("200315500804")).toBe(false);
  });

  it("rejects a prefix that has no check digit whatever the last digit", () => {
    for (let d = 0; d <= 9; d += 1) expect(isValidIin(`20031550089${d}`)).toBe(false);
  });

  it("rejects wrong length and non-digits", () => {
    for (const bad of ["", "19041550001", "1904155000160", "19041550001a", " 190415500016", "19041550-016", "١٩٠٤١٥٥٠٠٠١٦"]) {
      expect(isValidIin(bad)).toBe(false);
    }
  });

  it("rejects century digits 0, 7, 8, 9 and impossible dates", () => {
    for (const c of ["0", "7", "8", "9"]) {
      const first11 = `190415${c}0001`;
      expect(isValidIin(`${first11}${iinCheckDigit(first11) ?? 0}`)).toBe(false);
    }
    const feb29In2021 = "21022950001";
    expect(isValidIin(`${feb29In2021}${iinCheckDigit(feb29In2021) ?? 0}`)).toBe(false);
    const month13 = "20130150001";
    expect(isValidIin(`${month13}${iinCheckDigit(month13) ?? 0}`)).toBe(false);
  });
});

describe("parseIin", () => {
  it("reads birth date and sex from every century digit", () => {
    expect(parseIin("190415500016")).toEqual({ birthDate: "2019-04-15", sex: "MALE" });
    expect(parseIin("200229600016")).toEqual({ birthDate: "2020-02-29", sex: "FEMALE" });
    expect(parseIin("850101300000")).toEqual({ birthDate: "1985-01-01", sex: "MALE" });
    expect(parseIin("850101400000")).toEqual({ birthDate: "1985-01-01", sex: "FEMALE" });
    expect(parseIin("991231100000")).toEqual({ birthDate: "1899-12-31", sex: "MALE" });
    expect(parseIin("000101200000")).toEqual({ birthDate: "1800-01-01", sex: "FEMALE" });
  });

  it("knows 29 February only in leap years of the right century", () => {
    expect(parseIin("000229500000")?.birthDate).toBe("2000-02-29");
    expect(parseIin("000229300000")).toBeNull(); // 1900 was not a leap year
  });

  it("returns null for malformed input", () => {
    expect(parseIin("abc")).toBeNull();
    expect(parseIin("201301500000")).toBeNull();
    expect(parseIin("200100500000")).toBeNull();
    expect(parseIin("200101700000")).toBeNull();
  });
});

describe("makeIin", () => {
  it("builds valid IINs that encode the given date and sex", () => {
    const cases = [
      ["2020-12-31", "MALE"],
      ["2021-01-01", "FEMALE"],
      ["2020-02-29", "FEMALE"],
      ["1988-07-09", "MALE"],
      ["1899-03-01", "FEMALE"],
    ] as const;
    let built = 0;
    for (const [birthDate, sex] of cases) {
      for (let serial = 0; serial < 30; serial += 1) {
        const iin = makeIin(birthDate, sex, serial);
        if (iin === null) continue; // that serial has no check digit; seeds take the next one
        built += 1;
        expect(isValidIin(iin)).toBe(true);
        expect(parseIin(iin)).toEqual({ birthDate, sex });
      }
    }
    expect(built).toBeGreaterThan(cases.length * 25);
  });

  it("puts the serial in digits 8–11", () => {
    expect(makeIin("2019-04-15", "MALE", 1)).toBe("190415500016");
  });

  it("refuses impossible input", () => {
    expect(makeIin("2021-02-29", "MALE", 1)).toBeNull();
    expect(makeIin("2100-01-01", "MALE", 1)).toBeNull();
    expect(makeIin("1799-12-31", "MALE", 1)).toBeNull();
    expect(makeIin("2020-01-01", "MALE", 10000)).toBeNull();
    expect(makeIin("2020-01-01", "MALE", -1)).toBeNull();
    expect(makeIin("2020-1-1", "MALE", 1)).toBeNull();
  });
});

describe("iinAgreesWith", () => {
  it("is true only when date and sex both match a valid IIN", () => {
    expect(iinAgreesWith("200229600016", "2020-02-29", "FEMALE")).toBe(true);
    expect(iinAgreesWith("200229600016", "2020-02-29", "MALE")).toBe(false);
    expect(iinAgreesWith("200229600016", "2020-02-28", "FEMALE")).toBe(false);
    expect(iinAgreesWith("200229600017", "2020-02-29", "FEMALE")).toBe(false);
  });
});
