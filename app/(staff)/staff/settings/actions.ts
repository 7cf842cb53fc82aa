"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { updateSchoolSettings } from "@/lib/server/schools/update-school-settings";
import { updateCampaign } from "@/lib/server/schools/update-campaign";
import { campaignSchema, schoolSettingsSchema } from "@/lib/school/school-schemas";
import { failure, translator } from "@/lib/server/forms/failure";
import { fieldErrorsOf, postedValues, succeeded, type ActionResult, type FieldErrors } from "@/lib/forms";

// S-2 and S-3 server actions for the administrator.

export async function saveSettingsAction(_: unknown, form: FormData): Promise<ActionResult> {
  const admin = await requirePermission("school:edit-settings", "staff");
  const values = postedValues(form);
  const parsed = schoolSettingsSchema.safeParse({
    ...values,
    languages: form.getAll("languages").map(String),
    hasTransport: form.get("hasTransport") === "on",
  });
  if (!parsed.success) return failure("boSettings.errors", { fieldErrors: fieldErrorsOf(parsed.error), values });
  const result = await updateSchoolSettings(admin, parsed.data);
  if (!result.ok) return failure("boSettings.errors", { formError: result.error, values });
  revalidatePath("/staff", "layout");
  return succeeded();
}

/** Seats arrive as `seats.<CLASS_TYPE>.<LANGUAGE>` fields; class types as checkboxes. */
export async function saveCampaignAction(_: unknown, form: FormData): Promise<ActionResult> {
  const admin = await requirePermission("school:edit-campaign", "staff");
  const values = postedValues(form);
  const seats = [...form.entries()]
    .filter(([key]) => key.startsWith("seats."))
    .map(([key, value]) => {
      const [, classType, language] = key.split(".");
      return { classType, language, capacity: String(value).trim() === "" ? 0 : String(value).trim() };
    });
  const parsed = campaignSchema.safeParse({
    maxPerClass: form.get("maxPerClass"),
    classTypes: form.getAll("classTypes").map(String),
    admitsByChoice: form.get("admitsByChoice") === "on",
    seats,
  });
  if (!parsed.success) {
    const raw = fieldErrorsOf(parsed.error);
    // "seats.3.capacity" → "seats.GENERAL.KK", the field's own name.
    const fieldErrors: FieldErrors = {};
    for (const [path, codes] of Object.entries(raw)) {
      const m = /^seats\.(\d+)\.capacity$/.exec(path);
      const seat = m ? seats[Number(m[1])] : undefined;
      fieldErrors[seat ? `seats.${seat.classType}.${seat.language}` : path] = codes;
    }
    return failure("boCampaign.errors", { fieldErrors, values });
  }
  const result = await updateCampaign(admin, parsed.data);
  if (!result.ok) {
    if (result.error === "NOT_FOUND") return failure("boCampaign.errors", { formError: "NOT_FOUND", values });
    const t = await translator("boCampaign.errors");
    const fieldErrors: FieldErrors = {};
    for (const b of result.below) fieldErrors[`seats.${b.classType}.${b.language}`] = [t("BELOW_RESERVED", { reserved: b.reserved })];
    return failure("boCampaign.errors", { fieldErrors, values });
  }
  revalidatePath("/staff", "layout");
  return succeeded();
}
