import { z } from "zod";
import { APPLICATION_STATUSES } from "@/lib/application/status";

// S-5 filters and sorting, read from the list page's GET parameters, so a filtered list is a
// plain address that can be bookmarked, shared and reloaded.

export const SERVICES = ["FIRST_GRADE", "MEALS", "TENTH_GRADE", "TRANSPORT"] as const;
export const SORT_KEYS = ["date", "number", "sender", "status", "term"] as const;
export const PAGE_SIZE = 20;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const field = <T extends z.ZodType>(schema: T) => z.preprocess((v) => blank(first(v)), schema.optional().catch(undefined));

const schema = z.object({
  name: field(z.string().trim().max(100)),
  number: field(z.coerce.number().int().positive().max(2_000_000_000)),
  iin: field(
    z
      .string()
      .trim()
      .regex(/^\d{1,12}$/),
  ),
  service: field(z.enum(SERVICES)),
  status: field(z.enum(APPLICATION_STATUSES).exclude(["DRAFT"])),
  sort: field(z.enum(SORT_KEYS)),
  dir: field(z.enum(["asc", "desc"])),
  page: field(z.coerce.number().int().min(1).max(100_000)),
});

export type ListFilters = {
  name?: string;
  number?: number;
  iin?: string;
  service?: (typeof SERVICES)[number];
  status?: Exclude<(typeof APPLICATION_STATUSES)[number], "DRAFT">;
  sort: (typeof SORT_KEYS)[number];
  dir: "asc" | "desc";
  page: number;
};

/** Unknown or malformed parameters are ignored rather than answered with an error page. */
export function parseListFilters(params: Record<string, string | string[] | undefined>): ListFilters {
  const parsed = schema.parse(params);
  return { ...parsed, sort: parsed.sort ?? "date", dir: parsed.dir ?? "desc", page: parsed.page ?? 1 };
}

/** The GET parameters of a filter set (defaults left out), e.g. for sort and page links. */
export function filtersToQuery(filters: Partial<ListFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (key === "sort" && value === "date") continue;
    if (key === "dir" && value === "desc") continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
