// the Kazakh individual identification number (ЖСН / ИИН).
// Layout: YYMMDD, a century/sex digit (1–6), a 4-digit serial, a check digit.

export type Sex = "MALE" | "FEMALE";

export type IinFacts = {
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
};

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const TWELVE_DIGITS = /^\d{12}$/;
const ELEVEN_DIGITS = /^\d{11}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function weightedMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += Number(digits.charAt(i)) * (weights[i] ?? 0);
  }
  return sum % 11;
}

/**
 * Check digit for the first 11 digits, or null when both weight sets give 10: no valid IIN
 * starts with such a prefix (the registry skips that serial).
 */
export function iinCheckDigit(first11: string): number | null {
  if (!ELEVEN_DIGITS.test(first11)) return null;
  const first = weightedMod11(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Birth date and sex encoded in an IIN, or null when the IIN is malformed or the date is not real. */
export function parseIin(iin: string): IinFacts | null {
  if (!TWELVE_DIGITS.test(iin)) return null;
  const yy = Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const centuryDigit = Number(iin.charAt(6));
  if (centuryDigit < 1 || centuryDigit > 6) return null;
  // 1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; odd digits are men.
  const century = 1800 + Math.floor((centuryDigit - 1) / 2) * 100;
  const year = century + yy;
  if (!isRealDate(year, month, day)) return null;
  return {
    birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    sex: centuryDigit % 2 === 1 ? "MALE" : "FEMALE",
  };
}

/** Twelve digits, a real birth date, a century digit 1–6 and a matching check digit. */
export function isValidIin(iin: string): boolean {
  if (parseIin(iin) === null) return false;
  const check = iinCheckDigit(iin.slice(0, 11));
  return check !== null && check === Number(iin.charAt(11));
}

/**
 * Builds a valid IIN for seed and test data. Returns null when the birth date is outside
 * 1800–2099 or not real, the serial is outside 0–9999, or the serial has no check digit
 * (callers then try the next serial).
 */
export function makeIin(birthDate: string, sex: Sex, serial: number): string | null {
  const m = ISO_DATE.exec(birthDate);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1800 || year > 2099 || !isRealDate(year, month, day)) return null;
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) return null;
  const centuryBase = (Math.floor(year / 100) - 18) * 2 + 1; // 1800s → 1, 1900s → 3, 2000s → 5
  const centuryDigit = sex === "MALE" ? centuryBase : centuryBase + 1;
  const first11 = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${centuryDigit}${pad(serial, 4)}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}

/** the registry's birth date and sex must agree with what the IIN encodes. */
export function iinAgreesWith(iin: string, birthDate: string, sex: Sex): boolean {
  if (!isValidIin(iin)) return false;
  const facts = parseIin(iin);
  return facts !== null && facts.birthDate === birthDate && facts.sex === sex;
}
