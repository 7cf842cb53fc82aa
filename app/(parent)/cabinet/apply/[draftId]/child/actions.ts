"use server";

import { getTranslations } from "next-intl/server";
import { childStepSchema } from "@/lib/application/wizard-schemas";
import { fieldErrorsOf, postedValues, isTicked } from "@/lib/forms";
import type { ChildEligibility } from "@/lib/server/applications/check-child";
import { saveChildStep } from "@/lib/server/applications/save-child-step";
import type { ActionResult, ActionState, FormMessage } from "@/lib/forms";
import { requireApplicant } from "../../_lib/load-page";
import { failure, formFailure, goOn, longDate, text } from "../../_lib/form-actions";

/** Step 1 (P-3): extra phone, the child (with the three blocking checks), the SEN mark. */
export async function saveChildAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const values = postedValues(form);
  const draftId = text(form, "draftId") ?? "new";
  const parsed = childStepSchema.safeParse({
    applicant: { extraPhone: text(form, "applicant.extraPhone") },
    child: { iin: text(form, "child.iin"), specialNeeds: isTicked(form.get("child.specialNeeds")) },
  });
  if (!parsed.success) return failure(values, fieldErrorsOf(parsed.error));

  const result = await saveChildStep(parent, draftId, parsed.data);
  if (!result.ok) {
    switch (result.code) {
      case "NOT_FOUND":
        return formFailure(values, "notFound");
      case "CONFLICT":
        return formFailure(values, "conflict");
      case "CHILD_LOCKED": {
        const t = await getTranslations("wizard.blocks");
        return failure(
          values,
          {},
          { message: t("CHILD_LOCKED"), field: "child.iin", link: { href: "/cabinet/apply", label: t("childConsentLink") } },
        );
      }
      case "INELIGIBLE":
        return failure(values, {}, await blockMessage(result.eligibility));
    }
  }
  return goOn(parent.id, result.draftId, "child", text(form, "returnTo") === "review" || result.resumed);
}

/** The seed's messages for the blocking checks, naming the reason (P-3). */
async function blockMessage(eligibility: Exclude<ChildEligibility, { ok: true }>): Promise<FormMessage> {
  const t = await getTranslations("wizard.blocks");
  const field = "child.iin";
  switch (eligibility.code) {
    case "NOT_YOUR_CHILD":
      return { message: t("NOT_YOUR_CHILD"), field };
    case "NO_CONSENT":
      return { message: t("NO_CONSENT"), field, link: { href: "/cabinet/children", label: t("childConsentLink") } };
    case "OPEN_APPLICATION":
      return {
        message: t("OPEN_APPLICATION"),
        field,
        link: eligibility.own
          ? { href: `/cabinet/applications/${eligibility.own.id}`, label: t("openOwnLink", { number: eligibility.own.number }) }
          : undefined,
      };
    case "ENROLLED":
      return { message: t("ENROLLED", { organisation: eligibility.organisationName, grade: eligibility.grade }), field };
    case "AGE":
      return { message: t(`AGE_${eligibility.reason}`, { date: await longDate(eligibility.turnsSixOn) }), field };
  }
}
