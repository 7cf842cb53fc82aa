import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { APPLICATION_STATUSES } from "@/lib/application/status";
import { SERVICES, filtersToQuery, type ListFilters } from "@/lib/application/list-filters";

type Props = { filters: ListFilters; basePath: string; counts: Partial<Record<string, number>>; total: number; showStatus?: boolean };

/**
 * S-5 filters as a GET form (ТАӘ, application number, IIN, service, status) and the counts per
 * status as links: a filtered list has its own address and works without JavaScript. Two
 * fields a row even on a phone, so that the list itself is not a whole screen away.
 */
export async function ApplicationFilters({ filters, basePath, counts, total, showStatus = true }: Props) {
  const t = await getTranslations("boList");
  const ts = await getTranslations("statuses");
  const tsv = await getTranslations("services");
  const statuses = APPLICATION_STATUSES.filter((s) => s !== "DRAFT");
  const sum = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  return (
    <div className="space-y-3">
      <form method="get" action={basePath} className="card grid grid-cols-2 gap-3 lg:grid-cols-6" role="search" aria-label={t("filters")}>
        <div className="col-span-2">
          <label htmlFor="f-name" className="label text-sm">
            {t("name")}
          </label>
          <input id="f-name" name="name" defaultValue={filters.name ?? ""} placeholder={t("namePlaceholder")} className="input" />
        </div>
        <div className="flex flex-col justify-end">
          <label htmlFor="f-number" className="label text-sm">
            {t("number")}
          </label>
          <input id="f-number" name="number" inputMode="numeric" defaultValue={filters.number ?? ""} className="input" />
        </div>
        <div className="flex flex-col justify-end">
          <label htmlFor="f-iin" className="label text-sm">
            {t("iin")}
          </label>
          <input
            id="f-iin"
            name="iin"
            inputMode="numeric"
            maxLength={12}
            defaultValue={filters.iin ?? ""}
            placeholder={t("iinPlaceholder")}
            className="input"
          />
        </div>
        <div className="flex flex-col justify-end">
          <label htmlFor="f-service" className="label text-sm">
            {t("service")}
          </label>
          <select id="f-service" name="service" defaultValue={filters.service ?? ""} className="input">
            <option value="">{t("all")}</option>
            {SERVICES.map((s) => (
              <option key={s} value={s}>
                {tsv(s)}
              </option>
            ))}
          </select>
        </div>
        {showStatus && (
          <div className="flex flex-col justify-end">
            <label htmlFor="f-status" className="label text-sm">
              {t("status")}
            </label>
            <select id="f-status" name="status" defaultValue={filters.status ?? ""} className="input">
              <option value="">{t("all")}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {ts(s)}
                </option>
              ))}
            </select>
          </div>
        )}
        <input type="hidden" name="sort" value={filters.sort} />
        <input type="hidden" name="dir" value={filters.dir} />
        <div className="col-span-2 flex flex-wrap items-end gap-2 lg:col-span-6">
          <button type="submit" className="btn-primary" data-testid="apply-filters">
            {t("apply")}
          </button>
          <Link href={basePath} className="btn-secondary">
            {t("reset")}
          </Link>
          <p className="ml-auto text-sm text-slate-600" data-testid="list-total">
            {t("found", { count: total })}
          </p>
        </div>
      </form>
      {showStatus && (
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("countsLabel")} data-testid="status-counts">
          <li>
            <Link
              href={`${basePath}${filtersToQuery({ ...filters, status: undefined, page: 1 })}`}
              aria-current={!filters.status ? "true" : undefined}
              className={`inline-block rounded-full border px-3 py-1 ${!filters.status ? "border-brand-600 bg-brand-50 font-bold" : "border-slate-300 bg-white"}`}
            >
              {t("all")} <span className="font-mono">{sum}</span>
            </Link>
          </li>
          {statuses.map((s) => (
            <li key={s}>
              <Link
                href={`${basePath}${filtersToQuery({ ...filters, status: s, page: 1 })}`}
                aria-current={filters.status === s ? "true" : undefined}
                data-testid={`count-${s}`}
                className={`inline-block rounded-full border px-3 py-1 ${filters.status === s ? "border-brand-600 bg-brand-50 font-bold" : "border-slate-300 bg-white"}`}
              >
                {ts(s)} <span className="font-mono">{counts[s] ?? 0}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
