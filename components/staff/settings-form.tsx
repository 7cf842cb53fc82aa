"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { valueOf, valuesOf, type ActionState, type FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
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
export function SettingsForm({ school, action: save }: { school: School; action: FormAction }) {
  const t = useTranslations("boSettings");
  const tl = useTranslations("boSettings.languageOptions");
  const [state, action, isPending] = useActionState<ActionState, FormData>(save, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const languages = values ? LANGUAGES.filter((l) => valuesOf(values, "languages").includes(l)) : school.languages;
  return (
    <form action={action} className="card max-w-3xl space-y-4" noValidate data-testid="settings-form">
      <ErrorSummary
        fieldErrors={errors}
        formErrors={[state && !state.ok ? state.formError : null]}
        labelOf={(field) => t(`fields.${field}`)}
        idOf={(field) => field}
        at={state?.at}
      />
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
            defaultValue={valueOf(values, name) ?? school[name]}
            className="input"
            aria-invalid={errors[name] ? true : undefined}
            aria-describedby={errors[name] ? `${name}-error` : undefined}
          />
          <FieldError id={name} messages={errors[name]} />
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
        <FieldError id="languages" messages={errors.languages} />
      </fieldset>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="hasTransport"
          defaultChecked={values ? valueOf(values, "hasTransport") === "on" : school.hasTransport}
          className="h-5 w-5"
        />
        {t("fields.hasTransport")}
      </label>
      <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-settings">
        {t("save")}
      </button>
      <Toast message={state?.ok ? t("saved") : null} at={state?.at} />
    </form>
  );
}
