import { getTranslations } from "next-intl/server";

type Document = { id: string; kind: string; source: string; fileName: string; mimeType: string; validUntil: Date | null };

/**
 * S-6: every attached document opened in the page — JPEG photos as images, PDFs in a frame —
 * through GET /api/documents/[id], which checks again that this staff member may read it.
 */
export async function DocumentPreviews({ documents }: { documents: Document[] }) {
  const t = await getTranslations("boReview");
  if (documents.length === 0) return <p className="text-slate-600">{t("noDocuments")}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="documents">
      {documents.map((d) => {
        const href = `/api/documents/${encodeURIComponent(d.id)}`;
        const title = `${t(`documentKinds.${d.kind}`)} — ${d.fileName}`;
        return (
          <li key={d.id} className="rounded-md border border-slate-200 p-3" data-testid={`document-${d.kind}`}>
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold">{t(`documentKinds.${d.kind}`)}</p>
              <a href={href} target="_blank" rel="noopener" className="link text-sm">
                {t("openDocument")}
              </a>
            </div>
            <p className="mb-2 text-xs text-slate-500">
              {d.fileName} · {t(`sources.${d.source}`)}
              {d.validUntil && ` · ${t("validUntil", { date: d.validUntil.toISOString().slice(0, 10) })}`}
            </p>
            {d.mimeType === "application/pdf" ? (
              <iframe src={href} title={title} loading="lazy" className="h-80 w-full rounded border border-slate-200 bg-slate-100" />
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- a protected file, not a static asset
              <img src={href} alt={title} loading="lazy" className="max-h-80 rounded border border-slate-200 bg-slate-100 object-contain" />
            )}
          </li>
        );
      })}
    </ul>
  );
}
