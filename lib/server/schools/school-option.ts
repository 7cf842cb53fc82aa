import "server-only";

/** What the wizard shows of a school: names, address, languages, free transport. */
export const SCHOOL_OPTION_SELECT = {
  id: true,
  nameKk: true,
  nameRu: true,
  addressKk: true,
  addressRu: true,
  languages: true,
  hasTransport: true,
  addressUnitId: true,
} as const;

export type SchoolOption = {
  id: string;
  nameKk: string;
  nameRu: string;
  addressKk: string;
  addressRu: string;
  languages: ("KK" | "RU" | "EN" | "TR")[];
  hasTransport: boolean;
  /** The address unit the school stands in (for the cascade and the opening window). */
  addressUnitId: string;
};

/** Schools in name order, the way a parent scans a list. */
export function byName(a: SchoolOption, b: SchoolOption): number {
  return a.nameKk.localeCompare(b.nameKk, "kk", { numeric: true });
}
