"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { schoolSettingsSchema, updateSchoolSettings } from "@/lib/server/backoffice/update-school-settings";
import { campaignSchema, updateCampaign } from "@/lib/server/backoffice/update-campaign";
import { fieldErrorsOf, formValues, type FieldErrors } from "@/lib/forms";
import type { ActionResult } from "@/components/staff/form-state";

// S-2 and S-3 server actions for the administrator.

export async function saveSettingsAction(_: unknown, form: FormData): Promise<ActionResult> {
  const admin = await requirePermission("school:edit-settings", "staff");
  const posted = formValues(form);
  const values = { ...posted, languages: form.getAll("languages").map(String).join(",") };
  const parsed = schoolSettingsSchema.safeParse({ ...posted, languages: form.getAll("languages").map(String), hasTransport: form.get("hasTransport") === "on" });
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateSchoolSettings(admin, parsed.data);
  if (!result.ok) return { ok: false, at: Date.now(), fieldErrors: {}, formError: result.error, values };
  revalidatePath("/staff", "layout");
  return { ok: true, at: Date.now() };
}

/** Seats arrive as `seats.<CLASS_TYPE>.<LANGUAGE>` fields; class types as checkboxes. */
export async function saveCampaignAction(_: unknown, form: FormData): Promise<ActionResult> {
  const admin = await requirePermission("school:edit-campaign", "staff");
  const values = formValues(form);
  const seats = [...form.entries()]
    .filter(([key]) => key.startsWith("seats."))
    .map(([key, value]) => {
      const [, classType, language] = key.split(".");
      return { classType, language, capacity: String(value).trim() === "" ? 0 : String(value).trim() };
    });
  const parsed = campaignSchema.safeParse({
    maxPerClass: values.maxPerClass,
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
    return { ok: false, at: Date.now(), fieldErrors, values };
  }
  const result = await updateCampaign(admin, parsed.data);
  if (!result.ok) {
    if (result.error === "NOT_FOUND") return { ok: false, at: Date.now(), fieldErrors: {}, formError: "NOT_FOUND", values };
    const fieldErrors: FieldErrors = {};
    for (const b of result.below) fieldErrors[`seats.${b.classType}.${b.language}`] = [`BELOW_RESERVED:${b.reserved}`];
    return { ok: false, at: Date.now(), fieldErrors, values };
  }
  revalidatePath("/staff", "layout");
  return { ok: true, at: Date.now() };
}
