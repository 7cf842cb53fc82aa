import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WizardAnswers } from "@/lib/application/wizard-schemas";
import { audit } from "@/lib/server/audit";
import { currentAcademicYear } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { checkChildEligibility, type ChildEligibility, type EligibilityParent } from "@/lib/server/applications/check-child";
import { findDraft, updateDraft } from "@/lib/server/applications/draft-store";

export type SaveChildResult =
  | { ok: true; draftId: string; resumed: boolean }
  | { ok: false; code: "NOT_FOUND" | "CONFLICT" }
  /** A draft keeps the child it was started for; another child needs its own application. */
  | { ok: false; code: "CHILD_LOCKED" }
  | { ok: false; code: "INELIGIBLE"; eligibility: Exclude<ChildEligibility, { ok: true }> };

type StepInput = Pick<WizardAnswers, "applicant" | "child">;

/**
 * Step 1 (P-3). Runs the blocking checks, then saves the applicant's extra phone and the child.
 * A new application for a child who already has a draft resumes that draft (one per parent and
 * child); otherwise the draft is created here, for the current academic year.
 */
export async function saveChildStep(parent: EligibilityParent, draftId: string | "new", input: StepInput): Promise<SaveChildResult> {
  const eligibility = await checkChildEligibility(parent, input.child.iin);
  if (!eligibility.ok) return { ok: false, code: "INELIGIBLE", eligibility };

  if (draftId !== "new") {
    const existing = await findDraft(parent.id, draftId);
    if (!existing) return { ok: false, code: "NOT_FOUND" };
    if (existing.childIin !== input.child.iin) return { ok: false, code: "CHILD_LOCKED" };
    const saved = await updateDraft(parent.id, existing, (draft) => ({
      answers: { ...draft.answers, applicant: input.applicant, child: input.child },
    }));
    return saved.ok ? { ok: true, draftId, resumed: false } : saved;
  }

  const prisma = await db();
  const academicYear = currentAcademicYear();
  const outcome = await prisma.$transaction(async (tx) => {
    // Two tabs pressing "Continue" at once must not make two drafts for one child.
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`wizard:${parent.id}:${input.child.iin}`}))`;
    const found = await tx.application.findFirst({
      where: { parentId: parent.id, childIin: input.child.iin, status: "DRAFT" },
      select: { id: true, answers: true },
      orderBy: { createdAt: "desc" },
    });
    if (found) {
      const answers = { ...(found.answers as Prisma.JsonObject), applicant: input.applicant, child: input.child };
      await tx.application.update({ where: { id: found.id }, data: { answers: answers as Prisma.InputJsonValue } });
      return { draftId: found.id, resumed: true };
    }
    const created = await tx.application.create({
      data: {
        parentId: parent.id,
        childIin: input.child.iin,
        academicYear,
        answers: { applicant: input.applicant, child: input.child } as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await audit(tx, {
      actor: { id: parent.id, role: "PARENT" },
      action: "application.draft-created",
      entity: "application",
      entityId: created.id,
      details: { childIin: input.child.iin, academicYear },
    });
    return { draftId: created.id, resumed: false };
  });
  return { ok: true, ...outcome };
}
