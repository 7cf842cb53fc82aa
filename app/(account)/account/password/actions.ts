"use server";

import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { currentUser } from "@/lib/server/auth/session";
import { changeOwnPassword } from "@/lib/server/auth/change-own-password";
import { clientAddressOf } from "@/lib/server/auth/throttle";
import { changePasswordSchema, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { failure } from "@/lib/server/forms/failure";
import { fieldErrorsOf, succeeded, type ActionResult } from "@/lib/forms";

const ERRORS = "account.errors";
const params = { min: PASSWORD_MIN_LENGTH };
import { reissueSession } from "@/lib/server/auth/reissue-session";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

/**
 * A staff member's own password. Open to a person still on a temporary password (that is
 * what it is for), closed to parents, who have no password of ours. Passwords are never sent
 * back to the form, even when it has errors.
 */
export async function changePasswordAction(_: unknown, form: FormData): Promise<ActionResult> {
  const user = await currentUser();
  if (!user) redirect("/sign-in/staff");
  if (user.role === "PARENT" || !user.login) forbidden();
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(form.get(field) ?? "")]));
  const parsed = changePasswordSchema(user.login).safeParse(values);
  if (!parsed.success) return failure(ERRORS, { fieldErrors: fieldErrorsOf(parsed.error), params });
  const clientAddress = clientAddressOf((await headers()).get("x-forwarded-for"));
  const result = await changeOwnPassword(user, parsed.data, clientAddress);
  if (!result.ok) {
    return result.error === "WRONG_CURRENT"
      ? failure(ERRORS, { fieldErrors: { currentPassword: ["WRONG_CURRENT"] }, params })
      : failure(ERRORS, { formError: result.error, params });
  }
  // The change ended every session of this person; this browser gets a fresh one.
  await reissueSession(user.id);
  return succeeded();
}
