"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveSettingsAction } from "@/app/(staff)/staff/settings/actions";
import type { ActionState } from "./form-state";
import { ErrorSummary, FieldError, errorItems } from "./error-summary";
import { Toast } from "./toast";

type School = {
  nameKk: string;
  nameRu: string;
  addressKk: string;
  addressRu: string;
  email: string;
  website: string;
  phone: string;
  languages: string[];
  hasTransport: boolean;
};

const TEXT_FIELDS = ["nameRu", "nameKk", "addressKk", "addressRu", "email", "website", "phone"] as const;
const LANGUAGES = ["RU", "KK", "EN", "TR"] as const;

/** S-2 form, in the seed's order; every error listed at the top and under its field. */
export function SettingsForm({ school }: { school: School }) {
  const t = useTranslations("boSettings");
  const tl = useTranslations("boSettings.languageOptions");
  const [state, action, isPending] = useActionState<ActionState, FormData>(saveSettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const items = errorItems(errors, state && !state.ok ? state.formError : undefined, {
    message: (code) => t(`errors.${code}`),
    label: (field) => t(`fields.${field}`),
  });
  const languages = values ? LANGUAGES.filter((l) => (values.languages ?? "").split(",").includes(l)) : school.languages;
  return (
    <form action={action} className="card max-w-3xl space-y-4" noValidate data-testid="settings-form">
      <ErrorSummary items={items} />
      {TEXT_FIELDS.map((name) => (
        <div key={name}>
          <label htmlFor={name} className="label">
            {t(`fields.${name}`)}
            {name.startsWith("name") || name.startsWith("address") ? " *" : ""}
          </label>
          <input
            id={name}
            name={name}
            type={name === "email" ? "email" : name === "website" ? "url" : name === "phone" ? "tel" : "text"}
            defaultValue={values?.[name] ?? school[name]}
            className="input"
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `${name}-error` : undefined}
          />
          <FieldError id={name} messages={errors[name]?.map((c) => t(`errors.${c}`))} />
        </div>
      ))}
      <div>
        <p className="label">{t("service")}</p>
        <p className="rounded-md border border-slate-200 bg-slate-50 p-2">{t("signer")}</p>
      </div>
      <fieldset id="languages" aria-describedby={errors.languages ? "languages-error" : undefined}>
        <legend className="label">{t("fields.languages")} *</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {LANGUAGES.map((l) => (
            <label key={l} className="flex items-center gap-2">
              <input type="checkbox" name="languages" value={l} defaultChecked={languages.includes(l)} className="h-5 w-5" />
              {tl(l)}
            </label>
          ))}
        </div>
        <FieldError id="languages" messages={errors.languages?.map((c) => t(`errors.${c}`))} />
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="hasTransport" defaultChecked={values ? values.hasTransport === "on" : school.hasTransport} className="h-5 w-5" />
        {t("fields.hasTransport")}
      </label>
      <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-settings">{t("save")}</button>
      <Toast message={state?.ok ? t("saved") : null} at={state?.at} />
    </form>
  );
}
