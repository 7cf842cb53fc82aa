"use client";

import { useActionState, useTransition, useState } from "react";
import { useTranslations } from "next-intl";
import { valueOf, type ActionResult, type ActionState, type FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { Toast } from "./toast";

type Template = { id: string; textKk: string; textRu: string };

/** One response template (or, with `template` null, a new one) in Kazakh and Russian. */
export type TemplateActions = { save: FormAction; remove: (templateId: string) => Promise<ActionResult> };

export function TemplateEditor({ template, actions }: { template: Template | null; actions: TemplateActions }) {
  const t = useTranslations("boTemplates");
  const [state, action, isPending] = useActionState<ActionState, FormData>(actions.save, null);
  const [isDeleting, startTransition] = useTransition();
  const [deleted, setDeleted] = useState<ActionResult | null>(null);
  const key = template?.id ?? "new";
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="card space-y-3" noValidate data-testid={`template-${key}`}>
      {!template && <h2 className="text-xl font-bold">{t("addTitle")}</h2>}
      <ErrorSummary
        fieldErrors={errors}
        formErrors={[state && !state.ok ? state.formError : null, deleted && !deleted.ok ? deleted.formError : null]}
        labelOf={(field) => t(`fields.${field}`)}
        idOf={(field) => `${field}-${key}`}
        at={state?.at}
      />
      {template && <input type="hidden" name="templateId" value={template.id} />}
      {(["textKk", "textRu"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`${name}-${key}`} className="label">
            {t(`fields.${name}`)}
          </label>
          <textarea
            id={`${name}-${key}`}
            name={name}
            rows={2}
            maxLength={1000}
            defaultValue={valueOf(values, name) ?? template?.[name] ?? ""}
            className="input"
            aria-describedby={errors[name] ? `${name}-${key}-error` : undefined}
          />
          <FieldError id={`${name}-${key}`} messages={errors[name]} />
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={isPending}>
          {template ? t("save") : t("add")}
        </button>
        {template && (
          <button
            type="button"
            className="btn-secondary text-red-700"
            disabled={isDeleting}
            onClick={() => {
              if (!window.confirm(t("deleteConfirm"))) return;
              startTransition(async () => setDeleted(await actions.remove(template.id)));
            }}
          >
            {t("delete")}
          </button>
        )}
      </div>
      <Toast message={state?.ok ? t("saved") : null} at={state?.at} />
    </form>
  );
}
