import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pagePath, stepOf } from "@/lib/application/steps";
import { listMyDrafts } from "@/lib/server/applications/load-wizard";
import { formatMoment } from "@/components/format";
import { requireApplicant } from "./_lib/load-page";

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("start.title") };
}

/** The wizard's entry: start a new application, or continue a draft where it stopped. */
export default async function ApplyStartPage() {
  const parent = await requireApplicant();
  const t = await getTranslations("wizard");
  const drafts = await listMyDrafts(parent.id);
  const saved = await Promise.all(drafts.map((draft) => formatMoment(draft.updatedAt)));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("start.title")}</h1>
      <p className="text-lg text-slate-700">{t("start.lead")}</p>
      <Link href={pagePath("new", "child")} className="btn-primary w-full sm:w-auto" data-testid="new-application">
        {t("start.new")}
      </Link>
      <section className="space-y-3" aria-labelledby="drafts-title">
        <h2 id="drafts-title" className="text-2xl font-bold">
          {t("start.draftsTitle")}
        </h2>
        {drafts.length === 0 ? (
          <p className="text-slate-600" data-testid="no-drafts">
            {t("start.noDrafts")}
          </p>
        ) : (
          <ul className="space-y-3" data-testid="drafts">
            {drafts.map((draft, i) => (
              <li key={draft.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid={`draft-${draft.childIin}`}>
                <div>
                  <p className="font-semibold">{t("start.draftChild", { name: draft.childName })}</p>
                  <p className="text-sm text-slate-600">{t("start.draftSaved", { date: saved[i] ?? "" })}</p>
                  <p className="text-sm text-slate-600">{t("start.nextPage", { step: t(stepOf(draft.resumeAt).titleKey) })}</p>
                </div>
                <Link
                  href={pagePath(draft.id, draft.resumeAt)}
                  className="btn-secondary"
                  aria-label={t("start.draftResumeLabel", { name: draft.childName })}
                  data-testid="resume-draft"
                >
                  {t("start.draftResume")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Link href="/cabinet/applications" className="link inline-block">
        {t("start.toApplications")}
      </Link>
    </div>
  );
}
