import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { getDashboard } from "@/lib/server/schools/get-dashboard";

type Data = Awaited<ReturnType<typeof getDashboard>>;

const SHOWN = ["UNDER_REVIEW", "DOCUMENTS_CONFIRMED", "AWAITING_SIGNATURE", "ACCEPTED", "REJECTED", "WITHDRAWN", "ENROLLED"] as const;

/** S-8: the director's dashboard — counts per status, overdue, free seats per unit (on a phone: free seats only). */
export async function Dashboard({ data }: { data: Data }) {
  const t = await getTranslations("boDashboard");
  const ts = await getTranslations("statuses");
  const tl = await getTranslations("languages");
  const tc = await getTranslations("classTypes");
  return (
    <section className="space-y-4" aria-labelledby="dashboard-title" data-testid="dashboard">
      <h2 id="dashboard-title" className="text-2xl font-bold">
        {t("title", { year: data.academicYear })}
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Link href="/staff/applications" className="card block hover:border-brand-600">
          <p className="text-sm text-slate-600">{t("total")}</p>
          <p className="text-3xl font-bold" data-testid="dashboard-total">
            {data.total}
          </p>
        </Link>
        <Link
          href="/staff/applications?sort=term&dir=asc"
          className={`card block hover:border-brand-600 ${data.overdueOpen ? "border-red-300 bg-red-50" : ""}`}
        >
          <p className="text-sm text-slate-600">{t("overdueOpen")}</p>
          <p className={`text-3xl font-bold ${data.overdueOpen ? "text-red-800" : ""}`} data-testid="dashboard-overdue">
            {data.overdueOpen}
          </p>
        </Link>
        <div className="card">
          <p className="text-sm text-slate-600">{t("decidedLate")}</p>
          <p className="text-3xl font-bold" data-testid="dashboard-decided-late">
            {data.decidedLate}
          </p>
        </div>
      </div>
      <div className="card table-scroll p-0 sm:p-0">
        <table className="table-dense" data-testid="dashboard-statuses">
          <caption className="px-2 py-2 text-left font-bold">{t("byStatus")}</caption>
          <tbody>
            {SHOWN.map((s) => (
              <tr key={s}>
                <th scope="row" className="font-normal">
                  <Link href={`/staff/applications?status=${s}`} className="link">
                    {ts(s)}
                  </Link>
                </th>
                <td className="text-right font-mono font-semibold" data-testid={`dashboard-count-${s}`}>
                  {data.counts[s] ?? 0}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card table-scroll p-0 sm:p-0">
        <table className="table-dense" data-testid="dashboard-seats">
          <caption className="px-2 py-2 text-left font-bold">{t("seats")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("classType")}</th>
              <th scope="col" className="hidden sm:table-cell">
                {t("language")}
              </th>
              <th scope="col" className="hidden text-right sm:table-cell">
                {t("capacity")}
              </th>
              <th scope="col" className="hidden text-right sm:table-cell">
                {t("reserved")}
              </th>
              <th scope="col" className="text-right">
                {t("free")}
              </th>
              <th scope="col" className="text-right">
                {t("freeOutside")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.seats.length === 0 ? (
              <tr>
                <td colSpan={6}>{t("noSeats")}</td>
              </tr>
            ) : (
              data.seats.map((s) => (
                <tr key={s.id} data-testid={`dashboard-seat-${s.classType}-${s.language}`}>
                  <td>
                    {tc(s.classType)}
                    {/* On a phone the language goes under the class type, and only the free seats show. */}
                    <span className="block text-slate-600 sm:hidden">{tl(s.language)}</span>
                  </td>
                  <td className="hidden sm:table-cell">{tl(s.language)}</td>
                  <td className="hidden text-right font-mono sm:table-cell">{s.capacity}</td>
                  <td className="hidden text-right font-mono sm:table-cell">{s.reserved}</td>
                  <td className="text-right font-mono font-bold">{s.free.total}</td>
                  <td className="text-right font-mono">{s.free.forOutside}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
