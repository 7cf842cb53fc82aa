import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getApplicationForStaff } from "@/lib/server/applications/get-application";
import { HistoryTable } from "@/components/staff/history-table";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("boHistory");
  return { title: t("title") };
}

/** S-6 «Өтінім тарихын көру»: the history of one application, with links to its documents. */
export default async function HistoryPage({ params }: Props) {
  const user = await requirePermission("application:list-school", "staff");
  const { id } = await params;
  const { application: a } = await getApplicationForStaff(user, id);
  const t = await getTranslations("boHistory");
  const tr = await getTranslations("boReview");
  const application = a.issued.find((d) => d.kind === "APPLICATION");
  const decision = a.issued.filter((d) => d.kind === "RECEIPT" || d.kind === "REFUSAL");
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/staff/applications/${a.id}`} className="link">
          ← {t("backToApplication", { number: a.number })}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("heading", { number: a.number })}</h1>
      {(application || decision.length > 0) && (
        <section className="card space-y-2">
          <h2 className="font-bold">{tr("issuedSection")}</h2>
          <ul className="flex flex-wrap gap-4">
            {[...(application ? [application] : []), ...decision].map((d) => (
              <li key={d.id}>
                <a href={`/api/issued/${encodeURIComponent(d.id)}/pdf`} className="link" target="_blank" rel="noopener">
                  {tr(`issuedKinds.${d.kind}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <HistoryTable events={a.history} />
      </section>
    </div>
  );
}
