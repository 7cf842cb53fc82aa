"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState, FormAction } from "@/lib/forms";

const SERVICES = ["MEALS", "FIRST_GRADE", "TENTH_GRADE", "TRANSPORT"] as const;

/** S-4: one executor's services as checkboxes (the seed's list), saved per row. */
export function AssignmentForm({
  userId,
  name,
  services,
  action: save,
}: {
  userId: string;
  name: string;
  services: string[];
  action: FormAction;
}) {
  const t = useTranslations("boAssign");
  const tsv = useTranslations("services");
  const [state, action, isPending] = useActionState<ActionState, FormData>(save, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <fieldset>
        <legend className="sr-only">{t("servicesOf", { name })}</legend>
        {SERVICES.map((s) => (
          <label key={s} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="services"
              value={s}
              defaultChecked={services.includes(s)}
              className="h-4 w-4"
              data-testid={`service-${s}`}
            />
            {tsv(s)}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className="btn-secondary py-1 text-sm" disabled={isPending} data-testid="save-assignments">
          {t("save")}
        </button>
        {state?.ok && (
          <span role="status" className="text-sm font-semibold text-green-800">
            {t("saved")}
          </span>
        )}
        {state && !state.ok && (
          <span role="alert" className="text-sm font-semibold text-red-800">
            {state.formError?.message ?? t("errors.NOT_FOUND")}
          </span>
        )}
      </div>
    </form>
  );
}
