import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { env } from "@/lib/server/env";
import { getMyApplication } from "@/lib/server/applications/my-applications";
import { StatusBadge } from "@/components/applications/status-badge";
import { WithdrawPanel } from "@/components/applications/withdraw-panel";
import { prepareWithdrawalAction, withdrawApplicationAction } from "../actions";
import { formatDay, formatMoment } from "@/components/format";
import { pickName, pickText, type Locale } from "@/lib/i18n/locales";
import { DefinitionList } from "@/components/definition-list";

export async function generateMetadata() {
  const t = await getTranslations("journey.detail");
  return { title: t("title") };
}

/** P-7: the application in full — data, documents, downloads, the timeline — and P-9 withdrawal. */
export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ submitted?: string; withdrawn?: string }>;
}) {
  const parent = await requirePermission("application:view-own", "parent");
  const { id } = await params;
  const flags = await searchParams;
  const a = await getMyApplication(parent, id);
  const t = await getTranslations("journey.detail");
  const tw = await getTranslations("journey.withdraw");
  const ts = await getTranslations("statuses");
  const tl = await getTranslations("languages");
  const tc = await getTranslations("classTypes");
  const tr = await getTranslations("roles");
  const locale = (await getLocale()) as Locale;
  const school = a.answers.school ?? {};
  const transport = school.transport as { needed?: boolean } | undefined;

  const rows: [string, React.ReactNode][] = [
    [
      t("number"),
      <span key="n" className="font-mono">
        {a.number}
      </span>,
    ],
    [t("service"), t("serviceName")],
    [t("submittedAt"), a.submittedAt ? await formatMoment(a.submittedAt) : "—"],
    [t("applicant"), `${parent.fullName} (${parent.iin})`],
    [t("child"), a.child ? `${a.child.fullName} (${a.child.iin}), ${await formatDay(a.child.birthDate, "short")}` : a.childIin],
    [t("address"), a.child?.address ? pickText(a.child.address.textKk, a.child.address.textRu, locale) : "—"],
    [t("school"), a.school ? pickName(a.school, locale) : "—"],
    [t("way"), school.byCatchment ? t("byCatchment") : t("outsideCatchment")],
    [t("language"), a.language ? tl(a.language) : "—"],
    [t("classType"), a.classType ? tc(a.classType) : "—"],
    [t("transport"), transport?.needed ? t("yes") : t("no")],
  ];
  const lastComment = [...a.history].reverse().find((h) => h.comment)?.comment;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/cabinet/applications" className="link">
          ← {t("back")}
        </Link>
      </p>
      {flags.submitted && (
        <div
          role="status"
          className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900"
          data-testid="submitted-banner"
        >
          {t("submitted")}
        </div>
      )}
      {flags.withdrawn && a.visibleStatus === "WITHDRAWN" && (
        <div
          role="status"
          className="rounded-md border-l-4 border-slate-600 bg-slate-100 p-4 font-semibold"
          data-testid="withdrawn-message"
        >
          {tw("done")}
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("heading", { number: a.number })}</h1>
        <StatusBadge status={a.visibleStatus} />
      </div>
      {a.visibleStatus === "REJECTED" && lastComment && (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-4" data-testid="refusal-reason">
          <span className="font-semibold">{t("reason")}:</span> {lastComment}
        </p>
      )}

      <section className="card">
        <DefinitionList rows={rows} />
      </section>

      <section className="card space-y-3">
        <h2 className="text-xl font-bold">{t("downloads")}</h2>
        {a.issued.length === 0 ? (
          <p className="text-slate-600">—</p>
        ) : (
          <ul className="space-y-2" data-testid="issued-documents">
            {a.issued.map((d) => (
              <li key={d.id}>
                <a href={`/api/issued/${d.id}/pdf`} className="link" data-testid={`download-${d.kind}`}>
                  ⬇ {t(`issued.${d.kind}`)}
                </a>
              </li>
            ))}
          </ul>
        )}
        <h3 className="pt-2 font-semibold">{t("attached")}</h3>
        <ul className="list-disc space-y-1 pl-6">
          {a.documents.map((d) => (
            <li key={d.id}>
              <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener" className="link">
                {t(`kinds.${d.kind}`)}
              </a>{" "}
              <span className="text-sm text-slate-500">({d.source === "HEALTH_SYSTEM" ? t("fromHealthSystem") : d.fileName})</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="card space-y-3">
        <h2 className="text-xl font-bold">{t("timeline")}</h2>
        <ol className="relative space-y-4 border-l-2 border-brand-100 pl-5" data-testid="timeline">
          {await Promise.all(
            a.history.map(async (h) => (
              <li key={h.id}>
                <p className="text-sm text-slate-500">{await formatMoment(h.at)}</p>
                <p className="font-semibold">{ts(h.toStatus)}</p>
                <p className="text-sm">{h.actorRole ? `${tr(h.actorRole)}${h.actorName ? ` (${h.actorName})` : ""}` : "—"}</p>
                {h.comment && <p className="text-sm text-slate-700">«{h.comment}»</p>}
              </li>
            )),
          )}
        </ol>
      </section>

      {a.withdrawal === null && (
        <WithdrawPanel
          applicationId={a.id}
          baseUrl={env().APP_BASE_URL}
          actions={{ prepare: prepareWithdrawalAction, withdraw: withdrawApplicationAction }}
        />
      )}
    </div>
  );
}
