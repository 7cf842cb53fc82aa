import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { listApplications } from "@/lib/server/applications/list-applications";
import { PAGE_SIZE, filtersToQuery, parseListFilters } from "@/lib/application/list-filters";
import { ApplicationFilters } from "@/components/staff/application-filters";
import { ApplicationsTable } from "@/components/staff/applications-table";
import { Pagination } from "@/components/staff/pagination";
import { NoticeToast } from "@/components/staff/notice";
import { noticeOf } from "@/components/staff/notice-of";
import { reviewAction } from "./actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata() {
  const t = await getTranslations("boList");
  return { title: t("title") };
}

/** S-5: «Өтінімдердің жалпы тізімі» — filters, counts per status, term, sorting, pages. */
export default async function SchoolApplicationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePermission("application:list-school", "staff");
  const params = await searchParams;
  const filters = parseListFilters(params);
  const list = await listApplications(user, filters);
  const t = await getTranslations("boList");
  const notice = await noticeOf(params);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {!list.isVisible ? (
        <p className="card" data-testid="no-school-applications">
          {t("notAssigned")}
        </p>
      ) : (
        <>
          <ApplicationFilters filters={filters} basePath="/staff/applications" counts={list.counts} total={list.total} />
          {list.overdue > 0 && (
            <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800" data-testid="overdue-count">
              {t("overdueCount", { count: list.overdue })}
            </p>
          )}
          {list.rows.length === 0 ? (
            <p className="card" data-testid="no-school-applications">
              {filters.name || filters.number || filters.iin || filters.status || filters.service ? t("noneFiltered") : t("none")}
            </p>
          ) : (
            <ApplicationsTable
              rows={list.rows}
              offset={(list.page - 1) * PAGE_SIZE}
              filters={filters}
              basePath="/staff/applications"
              sendToDirector={can(user.role, "application:confirm-documents") ? reviewAction : undefined}
            />
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            hrefOf={(page) => `/staff/applications${filtersToQuery({ ...filters, page })}`}
            labels={{ prev: t("prev"), next: t("next"), page: t("page", { page: list.page, count: list.pageCount }), nav: t("pages") }}
          />
        </>
      )}
      <NoticeToast message={notice.message} stamp={notice.stamp} />
    </div>
  );
}
