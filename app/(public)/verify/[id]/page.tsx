import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoment } from "@/components/format";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { verifyIssuedDocument } from "@/lib/server/documents/verify-issued-document";
import { isRecordId } from "@/lib/ids";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("documents.verify");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** the page a document's QR code opens. Public; shows only what the document prints. */
export default async function VerifyPage({ params }: Props) {
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const result = await verifyIssuedDocument(id);
  if (!result) notFound();

  const t = await getTranslations("documents.verify");
  const tk = await getTranslations("documents.issued");
  const locale = (await getLocale()) as Locale;
  const rows: [string, string, string?][] = [
    [t("document"), tk(result.kind)],
    [t("number"), `№${result.number}`],
    [t("applicationDate"), await formatMoment(result.applicationDate)],
    ...(result.school ? ([[t("school"), pickName(result.school, locale)]] as [string, string][]) : []),
    ...(result.childName ? ([[t("child"), result.childName]] as [string, string][]) : []),
    [t("signer"), result.signerName],
    [t("signerIin"), result.signerIinMasked, "font-mono"],
    [t("certSerial"), result.certSerial, "font-mono break-all"],
    [t("signedAt"), await formatMoment(result.signedAt)],
    [t("payloadHash"), result.payloadSha256, "font-mono text-sm break-all"],
    [t("pdfHash"), result.pdfSha256 ?? t("pdfNotRendered"), result.pdfSha256 ? "font-mono text-sm break-all" : undefined],
  ];

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>

      {result.genuine ? (
        <section
          role="status"
          className="rounded-lg border-l-8 border-green-700 bg-green-50 p-4"
          data-testid="verify-verdict"
          data-genuine="true"
        >
          <p className="text-xl font-bold text-green-900">✓ {t("genuine")}</p>
        </section>
      ) : (
        <section
          role="alert"
          className="space-y-2 rounded-lg border-l-8 border-red-700 bg-red-50 p-4"
          data-testid="verify-verdict"
          data-genuine="false"
        >
          <p className="text-xl font-bold text-red-900">✗ {t("notGenuine")}</p>
          <ul className="list-disc space-y-1 pl-6 text-red-900">
            {result.problems.map((problem) => (
              <li key={problem.code}>
                {problem.code === "SIGNATURE_INVALID"
                  ? t("reasons.SIGNATURE_INVALID", { detail: problem.detail })
                  : t(`reasons.${problem.code}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {rows.map(([label, value, className]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className={`font-semibold ${className ?? ""}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <p className="text-sm text-slate-600">
        {t("checkedAt", { time: await formatMoment(result.checkedAt) })} {t("timeZoneNote")}
      </p>
    </article>
  );
}
