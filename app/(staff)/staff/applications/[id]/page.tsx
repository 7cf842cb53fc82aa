import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { env } from "@/lib/server/env";
import { getApplicationForStaff } from "@/lib/server/applications/get-application";
import { formatMoment } from "@/components/format";
import { ApplicationDetails } from "@/components/staff/application-details";
import { DocumentPreviews } from "@/components/staff/document-previews";
import { HistoryTable } from "@/components/staff/history-table";
import { ReviewForm } from "@/components/staff/review-form";
import { DirectorPanel } from "@/components/staff/director-panel";
import { SendToDirectorButton } from "@/components/staff/send-to-director-button";
import { TermBadge } from "@/components/staff/term-badge";
import { NoticeToast } from "@/components/staff/notice";
import { noticeOf } from "@/components/staff/notice-of";
import { completeDecisionAction, reviewAction, startDecisionAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("boReview");
  return { title: t("title") };
}

/** S-6 «Өтінімді қарау» and S-7 the director's decision, on one page. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const user = await requirePermission("application:list-school", "staff");
  const { id } = await params;
  const data = await getApplicationForStaff(user, id);
  const { application: a, events, term } = data;
  const t = await getTranslations("boReview");
  const tl = await getTranslations("boList");
  const ts = await getTranslations("statuses");
  const { APP_BASE_URL: baseUrl } = env();
  const decisions = { start: startDecisionAction, complete: completeDecisionAction };
  const notice = await noticeOf(await searchParams);
  const isExecutorStage = events.includes("CONFIRM_DOCUMENTS") || (events.includes("REJECT") && !events.includes("ACCEPT"));

  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/applications" className="link">
          ← {t("backToList")}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-semibold text-slate-500">{t("service")}</p>
        <h1 className="text-3xl font-bold">{t("heading", { number: a.number })}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="rounded bg-brand-50 px-2 py-1 font-semibold text-brand-800" data-testid="application-status">
            {ts(a.status)}
          </span>
          <TermBadge term={term?.state ?? null} onTime={tl("onTime")} overdue={tl("overdue")} />
          {term && <span className="text-slate-600">{t("dueAt", { at: await formatMoment(term.dueAt) })}</span>}
          {a.submittedAt && <span className="text-slate-600">{t("submittedAt", { at: await formatMoment(a.submittedAt) })}</span>}
        </div>
      </header>

      <ApplicationDetails data={data} />

      <section className="card space-y-3" aria-labelledby="documents-title">
        <h2 id="documents-title" className="text-xl font-bold">
          {t("documentsSection")}
        </h2>
        <DocumentPreviews documents={a.documents} />
        {a.issued.length > 0 && (
          <div className="border-t border-slate-200 pt-3">
            <h3 className="mb-2 font-bold">{t("issuedSection")}</h3>
            <ul className="flex flex-wrap gap-4" data-testid="issued-documents">
              {a.issued.map((d) => (
                <li key={d.id}>
                  <a
                    href={`/api/issued/${encodeURIComponent(d.id)}/pdf`}
                    className="link"
                    target="_blank"
                    rel="noopener"
                    data-testid={`issued-${d.kind}`}
                  >
                    {t(`issuedKinds.${d.kind}`)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {isExecutorStage && (
        <ReviewForm
          applicationId={a.id}
          version={a.version}
          canConfirm={events.includes("CONFIRM_DOCUMENTS")}
          canReject={events.includes("REJECT")}
          templates={data.templates.map(({ id: templateId, textKk, textRu }) => ({ id: templateId, textKk, textRu }))}
          initialComment={a.reviewComment ?? ""}
          initialInclusion={a.inclusion}
          baseUrl={baseUrl}
          review={reviewAction}
          decisions={decisions}
        />
      )}
      {events.includes("SEND_TO_DIRECTOR") && (
        <section className="card space-y-3" aria-labelledby="send-title" data-testid="send-panel">
          <h2 id="send-title" className="text-xl font-bold">
            {t("sendTitle")}
          </h2>
          <p className="text-slate-700">{t("sendIntro")}</p>
          <SendToDirectorButton applicationId={a.id} number={a.number} expectedVersion={a.version} review={reviewAction} />
        </section>
      )}
      {events.includes("ACCEPT") && <DirectorPanel applicationId={a.id} version={a.version} baseUrl={baseUrl} actions={decisions} />}
      {a.status === "AWAITING_SIGNATURE" && !can(user.role, "application:decide") && (
        <p className="card font-semibold" role="status" data-testid="waiting-director">
          {t("waitingDirector")}
        </p>
      )}

      <section className="card space-y-3" aria-labelledby="history-title" id="history">
        <h2 id="history-title" className="text-xl font-bold">
          {t("historyTitle")}
        </h2>
        <HistoryTable events={a.history} />
      </section>
      <NoticeToast message={notice.message} stamp={notice.stamp} />
    </div>
  );
}
