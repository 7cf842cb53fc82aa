import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatMoment } from "@/components/format";
import type { ApplicationRow } from "@/lib/server/applications/list-applications";
import { filtersToQuery, type ListFilters } from "@/lib/application/list-filters";
import type { FormAction } from "@/lib/forms";
import { SendToDirectorButton } from "./send-to-director-button";
import { TermBadge } from "./term-badge";

type Props = {
  rows: ApplicationRow[];
  /** Position of the first row (pages after the first continue the numbering). */
  offset: number;
  filters: ListFilters;
  basePath: string;
  /** The review action, for those who may send to the director from the list. */
  sendToDirector?: FormAction<{ status: string }>;
};

const COLUMNS = [
  { key: "no" },
  { key: "service" },
  { key: "number", sort: "number" },
  { key: "date", sort: "date" },
  { key: "sender", sort: "sender" },
  { key: "status", sort: "status" },
  { key: "term", sort: "term" },
  { key: "actions" },
] as const;

/**
 * S-5: the seed's columns — No., service, number, date, sender, status, term, actions (view,
 * send to the director, history). On a phone the same rows become cards that need no sideways
 * scrolling (sending to the director is then done from the application's own page).
 */
export async function ApplicationsTable({ rows, offset, filters, basePath, sendToDirector }: Props) {
  const t = await getTranslations("boList");
  const ts = await getTranslations("statuses");
  const tsv = await getTranslations("services");
  const sortLink = (sort: ListFilters["sort"]) => {
    const dir = filters.sort === sort && filters.dir === "desc" ? "asc" : "desc";
    return `${basePath}${filtersToQuery({ ...filters, sort, dir, page: 1 })}`;
  };
  const dates = await Promise.all(rows.map((r) => (r.submittedAt ? formatMoment(r.submittedAt) : Promise.resolve("—"))));
  return (
    <>
      <ol className="space-y-3 sm:hidden" data-testid="applications-cards" aria-label={t("caption")}>
        {rows.map((r, i) => (
          <li key={r.id} className="card space-y-2" data-testid={`application-card-${r.number}`}>
            <div className="flex items-start justify-between gap-2">
              <Link href={`/staff/applications/${r.id}`} className="link text-lg font-bold">
                {t("columns.number")} {r.number}
              </Link>
              <TermBadge term={r.term?.state ?? null} onTime={t("onTime")} overdue={t("overdue")} />
            </div>
            <p className="font-semibold">{r.sender}</p>
            <p className="text-sm text-slate-600">
              {tsv(r.service)} · {dates[i]}
            </p>
            <p className="text-sm">
              <span className="text-slate-600">{t("columns.status")}:</span>{" "}
              <span className="font-semibold" data-testid="card-status">
                {ts(r.status)}
              </span>
            </p>
            <p className="flex gap-4 text-sm">
              <Link href={`/staff/applications/${r.id}`} className="link">
                {t("view")}
              </Link>
              <Link href={`/staff/applications/${r.id}/history`} className="link">
                {t("history")}
              </Link>
            </p>
          </li>
        ))}
      </ol>
      <div className="card hidden table-scroll p-0 sm:block sm:p-0">
        <table className="table-dense" data-testid="applications-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const isSorted = "sort" in c && filters.sort === c.sort;
                return (
                  <th key={c.key} scope="col" aria-sort={isSorted ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}>
                    {"sort" in c ? (
                      <Link href={sortLink(c.sort)} className="hover:underline">
                        {t(`columns.${c.key}`)} {isSorted ? (filters.dir === "asc" ? "▲" : "▼") : ""}
                      </Link>
                    ) : (
                      t(`columns.${c.key}`)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} data-testid={`application-row-${r.number}`}>
                <td>{offset + i + 1}</td>
                <td className="min-w-32">{tsv(r.service)}</td>
                <td className="font-mono">{r.number}</td>
                <td className="whitespace-nowrap">{dates[i]}</td>
                <td className="min-w-40">{r.sender}</td>
                <td data-testid="row-status">{ts(r.status)}</td>
                <td>
                  <TermBadge term={r.term?.state ?? null} onTime={t("onTime")} overdue={t("overdue")} />
                </td>
                <td>
                  <div className="flex flex-col gap-1">
                    <Link href={`/staff/applications/${r.id}`} className="link whitespace-nowrap text-sm" data-testid={`view-${r.number}`}>
                      {t("view")}
                    </Link>
                    {sendToDirector && r.status === "DOCUMENTS_CONFIRMED" && (
                      <SendToDirectorButton
                        applicationId={r.id}
                        number={r.number}
                        expectedVersion={r.version}
                        variant="icon"
                        review={sendToDirector}
                      />
                    )}
                    <Link href={`/staff/applications/${r.id}/history`} className="link whitespace-nowrap text-sm">
                      {t("history")}
                    </Link>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
