"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState, FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

/** Current password, the new one twice; every error at the top and under its field. */
export function ChangePasswordForm({ login, home, action: change }: { login: string; home: string; action: FormAction }) {
  const t = useTranslations("account");
  const [state, action, isPending] = useActionState<ActionState, FormData>(change, null);
  const errors = state && !state.ok ? state.fieldErrors : {};

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
      <ErrorSummary
        fieldErrors={errors}
        formErrors={[state && !state.ok ? state.formError : null]}
        labelOf={(field) => t(`fields.${field}`)}
        idOf={(field) => field}
        at={state?.at}
      />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" defaultValue={login} hidden readOnly />
      {FIELDS.map(({ name, autoComplete }) => (
        <div key={name}>
          <label htmlFor={name} className="label">
            {t(`fields.${name}`)}
          </label>
          {name === "currentPassword" && (
            <p id={`${name}-hint`} className="text-sm text-slate-600">
              {t("currentHint")}
            </p>
          )}
          <input
            id={name}
            name={name}
            type="password"
            autoComplete={autoComplete}
            className="input"
            maxLength={200}
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={
              [name === "currentPassword" ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined
            }
          />
          <FieldError id={name} messages={errors[name] && [errors[name].join("; ")]} />
        </div>
      ))}
      <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-password">
        {t("submit")}
      </button>
    </form>
  );
}
