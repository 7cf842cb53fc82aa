"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { SCHOOL_ROLES } from "@/lib/auth/permissions";
import { updateStaffUser, staffUserSchema } from "@/lib/server/backoffice/update-staff-user";
import { resetStaffPassword } from "@/lib/server/backoffice/reset-staff-password";
import { setStaffBlocked } from "@/lib/server/backoffice/set-staff-blocked";
import { deleteStaffUser } from "@/lib/server/backoffice/delete-staff-user";
import { importStaff, type ImportResult } from "@/lib/server/backoffice/import-staff";
import { fieldErrorsOf, formValues } from "@/lib/forms";
import type { ActionResult } from "@/components/staff/form-state";
import { RECORD_ID } from "@/lib/ids";

// S-1 server actions for the administrator. Every one checks "staff:manage" itself; the use
// cases scope by the administrator's school and write the audit log.

const userId = z.string().regex(RECORD_ID);

export async function updateUserAction(_: unknown, form: FormData): Promise<ActionResult> {
  const admin = await requirePermission("staff:manage", "staff");
  const values = formValues(form);
  const id = userId.safeParse(form.get("userId"));
  const parsed = staffUserSchema.safeParse(values);
  if (!id.success) return { ok: false, at: Date.now(), fieldErrors: {}, formError: "NOT_FOUND", values };
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateStaffUser(admin, id.data, parsed.data);
  if (!result.ok) {
    return result.error === "SELF"
      ? { ok: false, at: Date.now(), fieldErrors: { role: ["SELF_ROLE"] }, values }
      : { ok: false, at: Date.now(), fieldErrors: {}, formError: result.error, values };
  }
  revalidatePath("/staff/users");
  return { ok: true, at: Date.now() };
}

export async function resetPasswordAction(id: string) {
  const admin = await requirePermission("staff:manage", "staff");
  const parsed = userId.safeParse(id);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND" as const };
  return resetStaffPassword(admin, parsed.data);
}

export async function setBlockedAction(id: string, isBlocked: boolean) {
  const admin = await requirePermission("staff:manage", "staff");
  const parsed = userId.safeParse(id);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND" as const };
  const result = await setStaffBlocked(admin, parsed.data, isBlocked === true);
  revalidatePath("/staff/users");
  return result;
}

export async function deleteUserAction(id: string) {
  const admin = await requirePermission("staff:manage", "staff");
  const parsed = userId.safeParse(id);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND" as const };
  const result = await deleteStaffUser(admin, parsed.data);
  revalidatePath("/staff/users");
  return result;
}

const importInput = z.array(z.object({ portalId: z.string().min(1).max(64), role: z.enum(SCHOOL_ROLES) })).max(500);

/** «Импорттау»: the ticked people (`pick` = portal id) with the role chosen for each (`role:<portal id>`). */
export async function importAction(_: unknown, form: FormData): Promise<ActionResult<ImportResult>> {
  const admin = await requirePermission("staff:manage", "staff");
  const picked = form.getAll("pick").map(String);
  if (picked.length === 0) return { ok: false, at: Date.now(), fieldErrors: { people: ["NOTHING_SELECTED"] } };
  const parsed = importInput.safeParse(picked.map((portalId) => ({ portalId, role: form.get(`role:${portalId}`) })));
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: { people: ["ROLE_REQUIRED"] } };
  const result = await importStaff(admin, parsed.data);
  revalidatePath("/staff/users");
  revalidatePath("/staff/users/import");
  return { ok: true, at: Date.now(), data: result };
}
