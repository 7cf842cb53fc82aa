import "server-only";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatLongDate } from "@/lib/i18n/dates";
import { nextPage, pagePath, type PageId } from "@/lib/application/steps";
import type { ActionFailure, FieldErrors, FormMessage, FormValues } from "@/lib/forms";
import { loadWizardFresh } from "@/lib/server/applications/load-wizard";
import { failure as translatedFailure } from "@/lib/server/forms/failure";

export function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Field errors are catalogue keys under wizard.errors; the result carries them translated. */
export async function failure(values: FormValues, fieldErrors: FieldErrors = {}, formError?: FormMessage): Promise<ActionFailure> {
  return translatedFailure("wizard.errors", { fieldErrors, formError, values });
}

/** A message from wizard.errors about the whole form (or one field). */
export async function formFailure(values: FormValues, key: string, field?: string): Promise<ActionFailure> {
  const t = await getTranslations("wizard.errors");
  return failure(values, {}, { message: t(key), field });
}

/** A calendar date (YYYY-MM-DD) with the year, in the reader's language. */
export async function longDate(isoDate: string): Promise<string> {
  return formatLongDate(isoDate, await getLocale());
}

/**
 * After a successful save: to the check-answers page when the parent came from it and nothing
 * else is missing, otherwise to the next page of the wizard. Never returns.
 */
export async function goOn(parentId: string, draftId: string, page: PageId, fromReview: boolean): Promise<never> {
  const state = await loadWizardFresh(parentId, draftId);
  if (!state) redirect("/cabinet/apply");
  if (fromReview && state.resumeAt === "review") redirect(pagePath(draftId, "review"));
  const next = nextPage(page, state.draft.answers, state.facts);
  redirect(pagePath(draftId, fromReview ? state.resumeAt : next));
}
