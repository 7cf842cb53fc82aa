import "server-only";
import type { ApplicationDocument } from "@/lib/generated/prisma/client";
import { DOCUMENT_KINDS, type DocumentView } from "@/lib/documents/kinds";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { clientSource } from "@/lib/server/integrations/local-db";

// The files an application carries now: replaced rows stay in the table (what was signed can
// always be shown) but are not listed. No access check here: callers have already scoped the
// application to the parent or the school.

const ORDER = new Map<string, number>(DOCUMENT_KINDS.map((kind, i) => [kind, i]));

export async function listDocuments(applicationId: string, client?: DbClient): Promise<ApplicationDocument[]> {
  const prisma = await clientSource(client)();
  const rows = await prisma.applicationDocument.findMany({
    where: { applicationId, replacedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.sort((a, b) => (ORDER.get(a.kind) ?? 9) - (ORDER.get(b.kind) ?? 9));
}

/** What the browser is given about a document (no storage key, no hash). */
export function toDocumentView(row: ApplicationDocument): DocumentView {
  return {
    id: row.id,
    kind: row.kind,
    source: row.source,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    validUntil: row.validUntil ? row.validUntil.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt.toISOString(),
  };
}
