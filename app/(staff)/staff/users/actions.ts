"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { updateStaffUser } from "@/lib/server/staff/update-staff-user";
import { importSchema, staffUserSchema } from "@/lib/staff/staff-schemas";
import { resetStaffPassword } from "@/lib/server/staff/reset-staff-password";
import { setStaffBlocked } from "@/lib/server/staff/set-staff-blocked";
import { deleteStaffUser } from "@/lib/server/staff/delete-staff-user";
import { importStaff, type ImportResult } from "@/lib/server/staff/import-staff";
import { failure } from "@/lib/server/forms/failure";
import { recordIdSchema, fieldErrorsOf, postedValues, succeeded, type ActionResult } from "@/lib/forms";

// S-1 server actions for the administrator. Every one checks "staff:manage" itself; the use
// cases scope by the administrator's school and write the audit log.

const ERRORS = "boUsers.errors";
const userId = recordIdSchema;

export async function updateUserAction(_: unknown, form: FormData): Promise<ActionResult> {
  const admin = await requirePermission("staff:manage", "staff");
  const values = postedValues(form);
  const id = userId.safeParse(form.get("userId"));
  const parsed = staffUserSchema.safeParse(values);
  if (!id.success) return failure(ERRORS, { formError: "NOT_FOUND", values });
  if (!parsed.success) return failure(ERRORS, { fieldErrors: fieldErrorsOf(parsed.error), values });
  const result = await updateStaffUser(admin, id.data, parsed.data);
  if (!result.ok) {
    return result.error === "SELF"
      ? failure(ERRORS, { fieldErrors: { role: ["SELF_ROLE"] }, values })
      : failure(ERRORS, { formError: result.error, values });
  }
  revalidatePath("/staff/users");
  return succeeded();
}

export async function resetPasswordAction(id: string): Promise<ActionResult<{ login: string; temporaryPassword: string }>> {
  const admin = await requirePermission("staff:manage", "staff");
  const parsed = userId.safeParse(id);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await resetStaffPassword(admin, parsed.data);
  if (!result.ok) return failure(ERRORS, { formError: result.error });
  return succeeded({ login: result.login, temporaryPassword: result.temporaryPassword });
}

export async function setBlockedAction(id: string, isBlocked: boolean): Promise<ActionResult> {
  const admin = await requirePermission("staff:manage", "staff");
  const parsed = userId.safeParse(id);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await setStaffBlocked(admin, parsed.data, isBlocked === true);
  revalidatePath("/staff/users");
  return result.ok ? succeeded() : failure(ERRORS, { formError: result.error });
}

export async function deleteUserAction(id: string): Promise<ActionResult> {
  const admin = await requirePermission("staff:manage", "staff");
  const parsed = userId.safeParse(id);
  if (!parsed.success) return failure(ERRORS, { formError: "NOT_FOUND" });
  const result = await deleteStaffUser(admin, parsed.data);
  revalidatePath("/staff/users");
  return result.ok ? succeeded() : failure(ERRORS, { formError: result.error });
}

/** «Импорттау»: the ticked people (`pick` = portal id) with the role chosen for each (`role:<portal id>`). */
export async function importAction(_: unknown, form: FormData): Promise<ActionResult<ImportResult>> {
  const admin = await requirePermission("staff:manage", "staff");
  const picked = form.getAll("pick").map(String);
  if (picked.length === 0) return failure("boImport.errors", { fieldErrors: { people: ["NOTHING_SELECTED"] } });
  const parsed = importSchema.safeParse(picked.map((portalId) => ({ portalId, role: form.get(`role:${portalId}`) })));
  if (!parsed.success) return failure("boImport.errors", { fieldErrors: { people: ["ROLE_REQUIRED"] } });
  const result = await importStaff(admin, parsed.data);
  revalidatePath("/staff/users");
  revalidatePath("/staff/users/import");
  return succeeded(result);
}
