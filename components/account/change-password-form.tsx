"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/(account)/account/password/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import type { ActionState } from "@/components/staff/form-state";
import { ErrorSummary, FieldError, errorItems } from "@/components/staff/error-summary";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

/** Current password, the new one twice; every error at the top and under its field. */
export function ChangePasswordForm({ login, home }: { login: string; home: string }) {
  const t = useTranslations("account");
  const [state, action, isPending] = useActionState<ActionState, FormData>(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const message = (code: string) => t(`errors.${code}`, { min: PASSWORD_MIN_LENGTH });
  const items = errorItems(errors, state && !state.ok ? state.formError : undefined, {
    message,
    label: (field) => t(`fields.${field}`),
  });

  if (state?.ok) {
    return (
      <div className="card space-y-4" data-testid="password-changed">
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t("done")}
        </p>
        <Link href={home} className="btn-primary inline-block" data-testid="continue-to-work">
          {t("continue")}
        </Link>
      </div>
    );
  }

  return (
    <form action={action} className="card space-y-4" noValidate data-testid="change-password-form">
      <ErrorSummary items={items} />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" defaultValue={login} hidden readOnly />
      {FIELDS.map(({ name, autoComplete }) => (
        <div key={name}>
          <label htmlFor={name} className="label">{t(`fields.${name}`)}</label>
          {name === "currentPassword" && <p id={`${name}-hint`} className="text-sm text-slate-600">{t("currentHint")}</p>}
          <input
            id={name}
            name={name}
            type="password"
            autoComplete={autoComplete}
            className="input"
            maxLength={200}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={[name === "currentPassword" ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
          />
          <FieldError id={name} messages={errors[name] && [errors[name].map(message).join("; ")]} />
        </div>
      ))}
      <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-password">
        {t("submit")}
      </button>
    </form>
  );
}
