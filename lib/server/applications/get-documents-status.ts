import "server-only";
import { checkDocuments, readDraftAnswers, type DocumentsCheck } from "@/lib/application/wizard-schemas";
import { businessToday } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { isoDay } from "@/lib/server/integrations/local-db";

export type DocumentsStatus = DocumentsCheck & {
  /** Current (not replaced) documents, oldest first. */
  documents: {
    id: string;
    kind: "PHOTO" | "F065" | "F052" | "PMPK";
    source: "UPLOADED" | "HEALTH_SYSTEM";
    fileName: string;
    sha256: string;
    validUntil: string | null;
  }[];
};

/** P-5: which documents the application holds and which required ones are still missing. */
export async function getDocumentsStatus(applicationId: string, specialNeeds: boolean): Promise<DocumentsStatus> {
  const prisma = await db();
  const rows = await prisma.applicationDocument.findMany({
    where: { applicationId, replacedAt: null },
    select: { id: true, kind: true, source: true, fileName: true, sha256: true, validUntil: true },
    orderBy: { createdAt: "asc" },
  });
  const documents = rows.map((r) => ({ ...r, validUntil: r.validUntil ? isoDay(r.validUntil) : null }));
  return { ...checkDocuments(documents, specialNeeds, businessToday()), documents };
}

/** The same for one of the parent's drafts; null when it is not theirs or no longer a draft. */
export async function getDraftDocumentsStatus(parentId: string, draftId: string): Promise<DocumentsStatus | null> {
  const prisma = await db();
  const draft = await prisma.application.findFirst({
    where: { id: draftId, parentId, status: "DRAFT" },
    select: { id: true, answers: true },
  });
  if (!draft) return null;
  return getDocumentsStatus(draft.id, readDraftAnswers(draft.answers).child?.specialNeeds === true);
}
