// P-3 check 3: the child must be 6 or turn 6 by 31 December of the current year.
//
// Upper bound (our choice, the sources give none explicitly): first grade is for 6–7 year
// olds, so a child who is already 8 or older on 31 December of the admission year is refused
// as TOO_OLD. Such a child belongs to a later grade or needs the school to decide outside the
// online service, where a person can weigh the reasons.

export const MIN_AGE_ON_DEC_31 = 6;
export const MAX_AGE_ON_DEC_31 = 7;

export type AdmissionAgeResult =
  | { ok: true; ageOnDec31: number }
  | {
      ok: false;
      reason: "TOO_YOUNG" | "TOO_OLD";
      /** YYYY-MM-DD, the 6th birthday, so the parent can be told when to apply. */
      turnsSixOn: string;
      ageOnDec31: number;
    };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

// setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

type YMD = { year: number; month: number; day: number };

function parseDate(value: string, name: string): YMD {
  const m = ISO_DATE.exec(value);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  const d = utcDate(year, month, day);
  if (!m || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`${name} must be a real date in YYYY-MM-DD form, got "${value}"`);
  }
  return { year, month, day };
}

/**
 * The date a child born on `birthDate` turns `years` old. A 29 February child in a common year
 * counts the birthday on 1 March: only then have the full years elapsed.
 */
export function birthdayAt(birthDate: string, years: number): string {
  const { year, month, day } = parseDate(birthDate, "birthDate");
  const d = utcDate(year + years, month, day); // 29 Feb rolls over to 1 Mar
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * @param birthDate YYYY-MM-DD
 * @param today YYYY-MM-DD, the current date in Asia/Almaty; its year is the admission year.
 */
export function checkAdmissionAge(birthDate: string, today: string): AdmissionAgeResult {
  const birth = parseDate(birthDate, "birthDate");
  const { year: admissionYear } = parseDate(today, "today");
  // Every birthday of the year falls on or before 31 December, so the age then is a difference of years.
  const ageOnDec31 = admissionYear - birth.year;
  if (ageOnDec31 < MIN_AGE_ON_DEC_31) {
    return { ok: false, reason: "TOO_YOUNG", turnsSixOn: birthdayAt(birthDate, 6), ageOnDec31 };
  }
  if (ageOnDec31 > MAX_AGE_ON_DEC_31) {
    return { ok: false, reason: "TOO_OLD", turnsSixOn: birthdayAt(birthDate, 6), ageOnDec31 };
  }
  return { ok: true, ageOnDec31 };
}
