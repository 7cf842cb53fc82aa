import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClassType, Language } from "@/lib/generated/prisma/enums";
import { readDraftAnswers, type DraftAnswers } from "@/lib/application/wizard-schemas";
import { db } from "@/lib/server/db";
import { isRecordId } from "@/lib/ids";

export const DRAFT_SELECT = {
  id: true,
  parentId: true,
  childIin: true,
  academicYear: true,
  answers: true,
  schoolId: true,
  language: true,
  classType: true,
  isCatchment: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type DraftRow = Prisma.ApplicationGetPayload<{ select: typeof DRAFT_SELECT }>;
export type Draft = Omit<DraftRow, "answers"> & { answers: DraftAnswers };

/** The parent's own draft, or null: another parent's id, a submitted application and a guess all look alike. */
export async function findDraft(parentId: string, draftId: string): Promise<Draft | null> {
  if (!isRecordId(draftId)) return null;
  const prisma = await db();
  const row = await prisma.application.findFirst({
    where: { id: draftId, parentId, status: "DRAFT" },
    select: DRAFT_SELECT,
  });
  return row ? { ...row, answers: readDraftAnswers(row.answers) } : null;
}

/** Columns kept beside the answers so that lists and the seat reservation need not read JSON. */
export type DraftColumns = {
  schoolId?: string | null;
  language?: Language | null;
  classType?: ClassType | null;
  isCatchment?: boolean | null;
};

export type DraftChange = { answers: DraftAnswers; columns?: DraftColumns };

/**
 * Let `change` compute the new answers from the draft, and write them only if nobody saved in
 * between (compare-and-set on updatedAt) and only while it is still a DRAFT. Given the draft a
 * use case has already read and checked, the first attempt uses it; a conflict re-reads once.
 */
export async function updateDraft(
  parentId: string,
  draftOrId: Draft | string,
  change: (draft: Draft) => DraftChange,
): Promise<{ ok: true; draft: Draft } | { ok: false; code: "NOT_FOUND" | "CONFLICT" }> {
  const prisma = await db();
  const draftId = typeof draftOrId === "string" ? draftOrId : draftOrId.id;
  let known = typeof draftOrId === "string" ? null : draftOrId;
  for (let attempt = 0; attempt < 2; attempt++) {
    const draft = known ?? (await findDraft(parentId, draftId));
    known = null;
    if (!draft) return { ok: false, code: "NOT_FOUND" };
    const next = change(draft);
    const written = await prisma.application.updateMany({
      where: { id: draft.id, parentId, status: "DRAFT", updatedAt: draft.updatedAt },
      data: { ...next.columns, answers: next.answers as Prisma.InputJsonValue },
    });
    if (written.count === 1) return { ok: true, draft: { ...draft, ...next.columns, answers: next.answers } as Draft };
  }
  return { ok: false, code: "CONFLICT" };
}
