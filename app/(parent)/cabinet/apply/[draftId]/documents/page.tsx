import { getTranslations } from "next-intl/server";
import { pagePath, previousPage } from "@/lib/application/steps";
import type { DocumentKind } from "@/lib/documents/kinds";
import { importHealthDocuments } from "@/lib/server/documents/import-health-documents";
import { listDocuments, toDocumentView } from "@/lib/server/documents/list-documents";
import { getDocumentsStatus } from "@/lib/server/applications/get-documents-status";
import { Checkbox } from "@/components/wizard/fields";
import { DocumentsUploads } from "@/components/wizard/documents-uploads";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { isChange, loadPage } from "../../_lib/load-page";
import { saveDocumentsAction } from "./actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("documents.title") };
}

/**
 * Step 3 (P-5): two photos; forms 065/у and 052-2/у fetched from the health system when the
 * page opens (uploaded only when it has nothing); the PMPK conclusion only with special needs;
 * the two consents. "Next" is checked again on the server.
 */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const { state } = await loadPage(draftId, "documents");
  const t = await getTranslations("wizard");
  const { draft } = state;
  const specialNeeds = draft.answers.child?.specialNeeds === true;

  let importFailed = false;
  try {
    await importHealthDocuments(draft.id);
  } catch (error) {
    // The health system being down must not stop the parent: they may upload the forms.
    console.error("health documents import failed", error);
    importFailed = true;
  }
  const [documents, status] = await Promise.all([listDocuments(draft.id), getDocumentsStatus(draft.id, specialNeeds)]);
  const kinds: DocumentKind[] = specialNeeds ? ["PHOTO", "F065", "F052", "PMPK"] : ["PHOTO", "F065", "F052"];
  const blocks = kinds.map((kind) => ({
    kind,
    documents: documents.filter((d) => d.kind === kind).map(toDocumentView),
    required: true,
  }));
  const back = previousPage("documents", draft.answers, state.facts);
  const consents = draft.answers.documents;

  return (
    <WizardPageFrame
      page="documents"
      answers={draft.answers}
      facts={state.facts}
      backHref={back && pagePath(draftId, back)}
      title={t("documents.title")}
    >
      <p className="text-slate-700">{t("documents.intro")}</p>
      {importFailed && (
        <p role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="import-failed">
          {t("documents.importFailed")}
        </p>
      )}
      <DocumentsUploads applicationId={draft.id} blocks={blocks} />
      {!status.ok && (
        <div className="rounded-md border-l-4 border-slate-500 bg-slate-100 p-3" data-testid="documents-missing">
          <p className="font-semibold">{t("documents.missingTitle")}</p>
          <ul className="list-disc pl-6">
            {status.missing.map((item) => (
              <li key={item}>{t(`errors.missing.${item}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <WizardForm
        action={saveDocumentsAction}
        draftId={draftId}
        submitLabel={t("continue")}
        testId="documents-form"
        requireTicked={["dataCorrect", "externalDataConsent"]}
        hidden={isChange(await searchParams) ? { returnTo: "review" } : undefined}
      >
        <fieldset className="space-y-3">
          <legend className="text-xl font-bold">{t("documents.consentsTitle")}</legend>
          <p className="text-sm text-slate-600">{t("documents.consentsHint")}</p>
          <Checkbox
            name="dataCorrect"
            label={t("documents.dataCorrect")}
            defaultChecked={consents?.dataCorrect === true}
            testId="consent-data-correct"
          />
          <Checkbox
            name="externalDataConsent"
            label={t("documents.externalDataConsent")}
            defaultChecked={consents?.externalDataConsent === true}
            testId="consent-external-data"
          />
        </fieldset>
      </WizardForm>
    </WizardPageFrame>
  );
}
