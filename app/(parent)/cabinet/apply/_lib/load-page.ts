import "server-only";
import { notFound, redirect } from "next/navigation";
import { isPageReachable, pagePath, type PageId } from "@/lib/application/steps";
import { requirePermission, type CurrentUser } from "@/lib/server/auth/session";
import { findOwnApplicationId } from "@/lib/server/applications/find-own-application";
import { loadWizard, type WizardState } from "@/lib/server/applications/load-wizard";

export type WizardPage = { parent: CurrentUser; state: WizardState };

/** Every wizard page and action starts here: a parent allowed to apply. */
export function requireApplicant(): Promise<CurrentUser> {
  return requirePermission("application:apply", "parent");
}

/**
 * A page of one of the parent's drafts. Anyone else's id is "not found"; the parent's own
 * application that has been signed meanwhile opens its card; a page whose earlier questions
 * are unanswered sends the parent to the first gap.
 */
export async function loadPage(draftId: string, page: PageId): Promise<WizardPage> {
  const parent = await requireApplicant();
  const state = await loadWizard(parent.id, draftId);
  if (!state) {
    const ownId = await findOwnApplicationId(parent.id, draftId);
    if (ownId) redirect(`/cabinet/applications/${ownId}`);
    notFound();
  }
  if (!isPageReachable(page, state.draft.answers, state.facts)) redirect(pagePath(draftId, state.resumeAt));
  return { parent, state };
}

/** "?change=1" from the check-answers page: after saving, go back there when all is answered. */
export function isChange(searchParams: Record<string, string | string[] | undefined>): boolean {
  return searchParams.change === "1";
}
