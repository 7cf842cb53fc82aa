// One way to write an address on one line, in Kazakh or Russian: the registry's units from the
// top down, then the street, the house and, when given, the flat.

export type AddressParts = {
  /** Unit names already in the reader's language, region first. */
  units: readonly string[];
  street: string;
  house: string;
  apartment?: string | null;
};

/** "kk" writes «12 үй, 5 пәтер»; every other language gets the Russian «дом 12, кв. 5». */
export function addressLine(parts: AddressParts, language: "kk" | "ru" | (string & {})): string {
  const isKazakh = language === "kk";
  const line = [...parts.units, parts.street, isKazakh ? `${parts.house} үй` : `дом ${parts.house}`];
  if (parts.apartment) line.push(isKazakh ? `${parts.apartment} пәтер` : `кв. ${parts.apartment}`);
  return line.join(", ");
}
