import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listMyApplications } from "@/lib/server/applications/my-applications";
import { StatusBadge } from "@/components/applications/status-badge";
import { formatDay, formatMoment } from "@/components/format";
import { pickName, type Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("applications");
  return { title: t("title") };
}

/** P-7: «Менің өтінімдерім» — one card per application, as in the seed. */
export default async function MyApplicationsPage() {
  const parent = await requirePermission("application:view-own", "parent");
  const t = await getTranslations("journey.list");
  const ta = await getTranslations("applications");
  const locale = (await getLocale()) as Locale;
  const applications = await listMyApplications(parent);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{ta("title")}</h1>
        <Link href="/cabinet/apply" className="btn-primary" data-testid="new-application">
          {t("new")}
        </Link>
      </div>
      {applications.length === 0 ? (
        <div className="card space-y-3" data-testid="no-applications">
          <p className="text-lg">{ta("none")}</p>
          <p className="text-slate-700">{ta("noneHint")}</p>
        </div>
      ) : (
        <ul className="space-y-4" data-testid="application-cards">
          {await Promise.all(
            applications.map(async (a) => {
              const application = a.issued.find((d) => d.kind === "APPLICATION");
              return (
                <li key={a.id} className="card space-y-3" data-testid={`application-${a.number}`}>
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h2 className="text-lg font-bold">{t("service")}</h2>
                    <StatusBadge status={a.status} />
                  </div>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="text-slate-500">{t("number")}</dt>
                    <dd className="font-mono font-semibold">{a.number}</dd>
                    <dt className="text-slate-500">{t("submittedAt")}</dt>
                    <dd>{a.submittedAt ? await formatMoment(a.submittedAt) : "—"}</dd>
                    <dt className="text-slate-500">{t("child")}</dt>
                    <dd>
                      {a.child?.fullName ?? a.childIin}
                      {a.child && <> · {await formatDay(a.child.birthDate, "short")}</>}
                    </dd>
                    <dt className="text-slate-500">{t("district")}</dt>
                    <dd>{a.district ? pickName(a.district, locale) : "—"}</dd>
                    <dt className="text-slate-500">{t("school")}</dt>
                    <dd>{a.school ? pickName(a.school, locale) : "—"}</dd>
                  </dl>
                  <div className="flex flex-wrap gap-3">
                    <Link href={`/cabinet/applications/${a.id}`} className="btn-secondary">
                      {t("open")}
                    </Link>
                    {application && (
                      <a href={`/api/issued/${application.id}/pdf`} className="btn-secondary" download>
                        ⬇ {t("download")}
                      </a>
                    )}
                  </div>
                </li>
              );
            }),
          )}
        </ul>
      )}
    </div>
  );
}
