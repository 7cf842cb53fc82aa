import { z } from "zod";

// A staff member's own password (chosen after a temporary one, or changed at will). The rules
// are few and plain, as a clerk can follow them without a hint: long enough, letters and
// digits, not the login, not the password it replaces. Error codes are message keys.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordErrorCode =
  "currentRequired" | "tooShort" | "tooLong" | "lettersAndDigits" | "containsLogin" | "sameAsCurrent" | "mismatch";

const hasLetter = (value: string) => /\p{L}/u.test(value);
const hasDigit = (value: string) => /\p{Nd}/u.test(value);

/** The change-password form, checked against the person's own login. */
export function changePasswordSchema(login: string) {
  const normalisedLogin = login.trim().toLowerCase();
  return z
    .object({
      currentPassword: z.string().min(1, { error: "currentRequired" }).max(PASSWORD_MAX_LENGTH, { error: "tooLong" }),
      newPassword: z
        .string()
        .min(PASSWORD_MIN_LENGTH, { error: "tooShort" })
        .max(PASSWORD_MAX_LENGTH, { error: "tooLong" })
        .refine((value) => hasLetter(value) && hasDigit(value), { error: "lettersAndDigits" })
        .refine((value) => !normalisedLogin || !value.toLowerCase().includes(normalisedLogin), { error: "containsLogin" }),
      confirmPassword: z.string(),
    })
    .superRefine((value, context) => {
      if (value.newPassword && value.newPassword === value.currentPassword) {
        context.addIssue({ code: "custom", path: ["newPassword"], message: "sameAsCurrent" });
      }
      if (value.confirmPassword !== value.newPassword) {
        context.addIssue({ code: "custom", path: ["confirmPassword"], message: "mismatch" });
      }
    });
}

export type ChangePasswordInput = z.infer<ReturnType<typeof changePasswordSchema>>;
