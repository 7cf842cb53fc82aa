import "server-only";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { isValidIin } from "@/lib/iin/iin";

export type CitizenClaims = {
  sub: string;
  iin: string;
  name: string;
  family_name: string;
  given_name: string;
  middle_name?: string;
  birthdate: string;
  phone_number?: string;
};

const ADULT_AGE = 18;

/** Claims for a citizen who may sign in: known to the population registry and an adult. */
export async function claimsFor(iin: string, today = new Date()): Promise<CitizenClaims | null> {
  if (!isValidIin(iin)) return null;
  const citizen = await getPopulationRegistry().findCitizen(iin);
  if (!citizen) return null;
  if (ageOn(citizen.birthDate, today) < ADULT_AGE) return null;
  return {
    sub: citizen.iin,
    iin: citizen.iin,
    name: [citizen.surname, citizen.name, citizen.patronymic].filter(Boolean).join(" "),
    family_name: citizen.surname,
    given_name: citizen.name,
    ...(citizen.patronymic ? { middle_name: citizen.patronymic } : {}),
    birthdate: citizen.birthDate,
    ...(citizen.phone ? { phone_number: citizen.phone } : {}),
  };
}

function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const age = today.getUTCFullYear() - y;
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  return beforeBirthday ? age - 1 : age;
}

export function maskPhone(phone: string | undefined): string {
  if (!phone) return "—";
  const digits = phone.replace(/\D/g, "");
  return `+7 ${digits.slice(1, 4)} *** ** ${digits.slice(-2)}`;
}
