"use server";

import { transportAddressTextSchema, transportAnswerSchema } from "@/lib/application/wizard-schemas";
import { fieldErrorsOf, postedValues, yesNo } from "@/lib/forms";
import { saveTransport } from "@/lib/server/applications/save-transport";
import { saveTransportAddress } from "@/lib/server/applications/save-transport-address";
import type { ActionResult, ActionState } from "@/lib/forms";
import { requireApplicant } from "../../_lib/load-page";
import { failure, formFailure, goOn, text } from "../../_lib/form-actions";

/** P-4a: transport needed? and, if so, is the actual address the registration address? */
export async function saveTransportAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const values = postedValues(form);
  const draftId = text(form, "draftId") ?? "";
  const parsed = transportAnswerSchema.safeParse({
    needed: yesNo(form.get("needed")),
    sameAsRegistration: yesNo(form.get("sameAsRegistration")),
  });
  if (!parsed.success) return failure(values, fieldErrorsOf(parsed.error));
  const { needed, sameAsRegistration = true } = parsed.data;
  const saved = await saveTransport(parent.id, draftId, { needed, sameAsRegistration });
  if (!saved.ok) {
    if (saved.code === "NO_REGISTRATION") return failure(values, { sameAsRegistration: ["noRegistration"] });
    if (saved.code === "NOT_OFFERED") return formFailure(values, "notOffered");
    return formFailure(values, saved.code === "CONFLICT" ? "conflict" : "notFound");
  }
  return goOn(parent.id, draftId, "school/transport", text(form, "returnTo") === "review");
}

/** P-4a: the actual residence address — units from the cascade, street and house as typed. */
export async function saveTransportAddressAction(_: ActionState, form: FormData): Promise<ActionResult> {
  const parent = await requireApplicant();
  const values = postedValues(form);
  const draftId = text(form, "draftId") ?? "";
  const parsed = transportAddressTextSchema.safeParse({
    street: text(form, "street"),
    house: text(form, "house"),
    apartment: text(form, "apartment"),
  });
  const unitIds = Array.from({ length: 6 }, (_, i) => text(form, `u${i}`) ?? "");
  if (!parsed.success) return failure(values, fieldErrorsOf(parsed.error));
  const saved = await saveTransportAddress(parent.id, draftId, { unitIds, ...parsed.data });
  if (!saved.ok) {
    if (saved.code === "UNITS_INCOMPLETE") {
      return failure(values, { cascade: [saved.missing === "regionId" ? "regionRequired" : "districtRequired"] });
    }
    if (saved.code === "NOT_ASKED") return formFailure(values, "stepMissing");
    return formFailure(values, saved.code === "CONFLICT" ? "conflict" : "notFound");
  }
  return goOn(parent.id, draftId, "school/transport-address", text(form, "returnTo") === "review");
}
