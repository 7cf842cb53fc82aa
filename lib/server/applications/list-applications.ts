import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { APPLICATION_STATUSES } from "@/lib/application/status";
import { maybeSchoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";
import { businessNow } from "@/lib/server/clock";
import { loadWorkingCalendar, termOf, type Term } from "@/lib/server/applications/term";
import { PAGE_SIZE, type ListFilters } from "@/lib/application/list-filters";

export type ApplicationRow = {
  id: string;
  number: number;
  service: "FIRST_GRADE";
  submittedAt: Date | null;
  sender: string;
  senderIin: string | null;
  childIin: string;
  status: ApplicationStatus;
  term: Term;
  version: number;
};

export type ApplicationList = {
  /** False for an executor without the 1st-grade service (S-4): they see nothing at all. */
  isVisible: boolean;
  rows: ApplicationRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Per status, under every filter but the status one (the tabs above the table). */
  counts: Partial<Record<ApplicationStatus, number>>;
  /** Open applications past their term, under the same filters. */
  overdue: number;
};

const STATUS_ORDER = new Map(APPLICATION_STATUSES.map((s, i) => [s, i]));
const fold = (s: string) => s.toLocaleLowerCase("kk").normalize("NFC");

/**
 * S-5: the school's submitted applications with filters, counts, term, sorting and pages.
 * A school receives at most a few hundred applications a year, so rows are filtered and sorted
 * here after one scoped query: that gives Unicode-correct name search (Kazakh and Russian
 * letters fold case whatever the database's collation) and lets the computed term be sorted.
 */
export async function listApplications(user: CurrentUser, filters: ListFilters): Promise<ApplicationList> {
  const empty: ApplicationList = { isVisible: false, rows: [], total: 0, page: 1, pageCount: 1, counts: {}, overdue: 0 };
  const schoolId = maybeSchoolIdOf(user);
  const prisma = await db();
  if (!schoolId || !(await seesFirstGrade(prisma, user))) return empty;
  const [applications, calendar] = await Promise.all([
    prisma.application.findMany({
      where: { schoolId, status: { not: "DRAFT" } },
      select: {
        id: true,
        number: true,
        status: true,
        submittedAt: true,
        decidedAt: true,
        childIin: true,
        version: true,
        parent: { select: { fullName: true, iin: true } },
      },
    }),
    loadWorkingCalendar(),
  ]);
  const now = businessNow();
  const nameTokens = filters.name ? fold(filters.name).split(/\s+/).filter(Boolean) : [];
  const rows = applications
    .map((a): ApplicationRow => ({
      id: a.id,
      number: a.number,
      service: "FIRST_GRADE",
      submittedAt: a.submittedAt,
      sender: a.parent.fullName,
      senderIin: a.parent.iin,
      childIin: a.childIin,
      status: a.status,
      term: termOf(a, calendar, now),
      version: a.version,
    }))
    .filter((r) => (filters.service ? filters.service === r.service : true))
    .filter((r) => (filters.number ? r.number === filters.number : true))
    .filter((r) => (filters.iin ? r.childIin.startsWith(filters.iin) || (r.senderIin ?? "").startsWith(filters.iin) : true))
    .filter((r) => nameTokens.every((t) => fold(r.sender).includes(t)));

  const counts: ApplicationList["counts"] = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const filtered = filters.status ? rows.filter((r) => r.status === filters.status) : rows;
  const overdue = filtered.filter((r) => r.term?.state === "OVERDUE").length;

  const sign = filters.dir === "asc" ? 1 : -1;
  const key = (r: ApplicationRow): number | string => {
    switch (filters.sort) {
      case "number":
        return r.number;
      case "sender":
        return fold(r.sender);
      case "status":
        return STATUS_ORDER.get(r.status) ?? 0;
      case "term":
        return r.term?.dueAt.getTime() ?? 0;
      case "date":
        return r.submittedAt?.getTime() ?? 0;
    }
  };
  const sorted = [...filtered].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = typeof x === "string" ? x.localeCompare(String(y), "kk") : x - (y as number);
    return order !== 0 ? order * sign : (a.number - b.number) * sign;
  });
  const pageCount = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  return {
    isVisible: true,
    rows: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: sorted.length,
    page,
    pageCount,
    counts,
    overdue,
  };
}
