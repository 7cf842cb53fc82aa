"use client";

import { useActionState, useTransition, useState } from "react";
import { useTranslations } from "next-intl";
import { deleteTemplateAction, saveTemplateAction } from "@/app/(staff)/staff/templates/actions";
import type { ActionState } from "./form-state";
import { ErrorSummary, FieldError, errorItems } from "./error-summary";
import { Toast } from "./toast";

type Template = { id: string; textKk: string; textRu: string };

/** One response template (or, with `template` null, a new one) in Kazakh and Russian. */
export function TemplateEditor({ template }: { template: Template | null }) {
  const t = useTranslations("boTemplates");
  const [state, action, isPending] = useActionState<ActionState, FormData>(saveTemplateAction, null);
  const [isDeleting, startTransition] = useTransition();
  const [deleteError, setDeleteError] = useState(false);
  const key = template?.id ?? "new";
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  // Whatever went wrong with the template as a whole, it is gone (deleted meanwhile).
  const items = errorItems(errors, deleteError || (state && !state.ok && state.formError) ? "NOT_FOUND" : undefined, {
    message: (code) => t(`errors.${code}`),
    label: (field) => t(`fields.${field}`),
    id: (field) => `${field}-${key}`,
  });
  return (
    <form action={action} className="card space-y-3" noValidate data-testid={`template-${key}`}>
      {!template && <h2 className="text-xl font-bold">{t("addTitle")}</h2>}
      <ErrorSummary items={items} />
      {template && <input type="hidden" name="templateId" value={template.id} />}
      {(["textKk", "textRu"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`${name}-${key}`} className="label">{t(`fields.${name}`)}</label>
          <textarea id={`${name}-${key}`} name={name} rows={2} maxLength={1000} defaultValue={values?.[name] ?? template?.[name] ?? ""} className="input" aria-describedby={errors[name] ? `${name}-${key}-error` : undefined} />
          <FieldError id={`${name}-${key}`} messages={errors[name]?.map((c) => t(`errors.${c}`))} />
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={isPending}>{template ? t("save") : t("add")}</button>
        {template && (
          <button type="button" className="btn-secondary text-red-700" disabled={isDeleting}
            onClick={() => {
              if (!window.confirm(t("deleteConfirm"))) return;
              startTransition(async () => setDeleteError(!(await deleteTemplateAction(template.id)).ok));
            }}>
            {t("delete")}
          </button>
        )}
      </div>
      <Toast message={state?.ok ? t("saved") : null} at={state?.at} />
    </form>
  );
}
