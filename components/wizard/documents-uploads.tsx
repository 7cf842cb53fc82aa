"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { DocumentUploader } from "@/components/documents/document-uploader";
import type { DocumentKind, DocumentView } from "@/lib/documents/kinds";
import { fieldId } from "@/lib/forms";

type Block = { kind: DocumentKind; documents: DocumentView[]; required: boolean };

/**
 * P-5's document list: one uploader per kind, with where the file comes from. After every
 * upload the page is refreshed from the server, so "what is still missing" stays true.
 */
export function DocumentsUploads({ applicationId, blocks }: { applicationId: string; blocks: Block[] }) {
  const t = useTranslations("wizard.documents");
  const router = useRouter();
  return (
    <div className="space-y-4">
      {blocks.map((block) => {
        const fetched = block.documents.some((d) => d.source === "HEALTH_SYSTEM");
        const isHealthForm = block.kind === "F065" || block.kind === "F052";
        return (
          <div key={block.kind} id={fieldId(`doc-${block.kind}`)} tabIndex={-1} className="space-y-2 focus:outline-none">
            {isHealthForm && (
              <p
                className={`rounded-md p-2 text-sm font-semibold ${fetched ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-900"}`}
                data-testid={`health-${block.kind}`}
                data-fetched={fetched}
              >
                {fetched ? `✓ ${t("received")}` : t("notReceived")}
              </p>
            )}
            {block.kind === "PMPK" && <p className="text-sm font-semibold">{t("how.PMPK")}</p>}
            <DocumentUploader
              applicationId={applicationId}
              kind={block.kind}
              initialDocuments={block.documents}
              required={block.required}
              headingLevel={2}
              onChange={() => router.refresh()}
            />
          </div>
        );
      })}
    </div>
  );
}
