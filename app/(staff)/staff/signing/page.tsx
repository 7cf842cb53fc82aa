import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listApplications } from "@/lib/server/applications/list-applications";
import { PAGE_SIZE, filtersToQuery, parseListFilters } from "@/lib/application/list-filters";
import { ApplicationFilters } from "@/components/staff/application-filters";
import { ApplicationsTable } from "@/components/staff/applications-table";
import { Pagination } from "@/components/staff/pagination";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  const t = await getTranslations("boSigning");
  return { title: t("title") };
}

/** S-7: what waits for the director's signature; open one to check it and sign or refuse. */
export default async function SigningQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("application:decide", "staff");
  const filters = { ...parseListFilters(await searchParams), status: "AWAITING_SIGNATURE" as const };
  const list = await listApplications(user, filters);
  const t = await getTranslations("boSigning");
  const tl = await getTranslations("boList");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ApplicationFilters
        filters={{ ...filters, status: undefined }}
        basePath="/staff/signing"
        counts={list.counts}
        total={list.total}
        showStatus={false}
      />
      {list.rows.length === 0 ? (
        <p className="card" data-testid="signing-empty">
          {t("none")}
        </p>
      ) : (
        <ApplicationsTable rows={list.rows} offset={(list.page - 1) * PAGE_SIZE} filters={filters} basePath="/staff/signing" />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefOf={(page) => `/staff/signing${filtersToQuery({ ...filters, status: undefined, page })}`}
        labels={{ prev: tl("prev"), next: tl("next"), page: tl("page", { page: list.page, count: list.pageCount }), nav: tl("pages") }}
      />
    </div>
  );
}
