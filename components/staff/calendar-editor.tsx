"use client";

import { useActionState, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { valueOf, type ActionResult, type ActionState, type FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { formatWeekday } from "@/lib/i18n/dates";
import { Toast } from "./toast";

type Day = { date: string; kind: "HOLIDAY" | "WORKDAY"; nameKk: string; nameRu: string };

/** S-8: add or change a HOLIDAY or a moved WORKDAY (names in Kazakh and Russian), or remove one. */
export type CalendarActions = { save: FormAction; remove: (date: string) => Promise<ActionResult> };

export function CalendarEditor({ days, actions }: { days: Day[]; actions: CalendarActions }) {
  const t = useTranslations("boCalendar");
  const locale = useLocale() as Locale;
  const [state, action, isPending] = useActionState<ActionState, FormData>(actions.save, null);
  const [removed, setRemoved] = useState<ActionResult | null>(null);
  const [isRemoving, startTransition] = useTransition();
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const weekday = (date: string) => formatWeekday(date, locale);
  return (
    <div className="space-y-6">
      <form action={action} className="card grid gap-3 sm:grid-cols-2" noValidate data-testid="calendar-form">
        <h2 className="text-xl font-bold sm:col-span-2">{t("addTitle")}</h2>
        <div className="sm:col-span-2">
          <ErrorSummary
            fieldErrors={errors}
            formErrors={[state && !state.ok ? state.formError : null, removed && !removed.ok ? removed.formError : null]}
            labelOf={(field) => t(`fields.${field}`)}
            idOf={(field) => `cal-${field}`}
            at={state?.at}
          />
        </div>
        <div>
          <label htmlFor="cal-date" className="label">
            {t("fields.date")}
          </label>
          <input
            id="cal-date"
            name="date"
            type="date"
            defaultValue={valueOf(values, "date")}
            className="input"
            aria-describedby={errors.date ? "cal-date-error" : undefined}
          />
          <FieldError id="cal-date" messages={errors.date} />
        </div>
        <div>
          <label htmlFor="cal-kind" className="label">
            {t("fields.kind")}
          </label>
          <select
            id="cal-kind"
            name="kind"
            defaultValue={valueOf(values, "kind") ?? "HOLIDAY"}
            className="input"
            aria-describedby={errors.kind ? "cal-kind-error" : undefined}
          >
            <option value="HOLIDAY">{t("kinds.HOLIDAY")}</option>
            <option value="WORKDAY">{t("kinds.WORKDAY")}</option>
          </select>
          <FieldError id="cal-kind" messages={errors.kind} />
        </div>
        {(["nameKk", "nameRu"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`cal-${name}`} className="label">
              {t(`fields.${name}`)}
            </label>
            <input
              id={`cal-${name}`}
              name={name}
              defaultValue={valueOf(values, name)}
              className="input"
              aria-describedby={errors[name] ? `cal-${name}-error` : undefined}
            />
            <FieldError id={`cal-${name}`} messages={errors[name]} />
          </div>
        ))}
        <div className="sm:col-span-2">
          <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-day">
            {t("save")}
          </button>
        </div>
        <Toast message={state?.ok ? t("saved") : removed?.ok ? t("removed") : null} at={state?.ok ? state.at : removed?.at} />
      </form>
      <div className="card table-scroll p-0 sm:p-0">
        <table className="table-dense" data-testid="calendar-days">
          <thead>
            <tr>
              <th scope="col">{t("fields.date")}</th>
              <th scope="col">{t("fields.kind")}</th>
              <th scope="col">{t("name")}</th>
              <th scope="col">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-testid={`day-${d.date}`}>
                <td className="whitespace-nowrap font-mono">
                  {d.date} <span className="text-slate-500">{weekday(d.date)}</span>
                </td>
                <td>{t(`kinds.${d.kind}`)}</td>
                <td className="min-w-48">{pickName(d, locale)}</td>
                <td>
                  <button
                    type="button"
                    className="link text-sm text-red-700"
                    disabled={isRemoving}
                    data-testid={`remove-${d.date}`}
                    onClick={() => {
                      if (!window.confirm(t("removeConfirm", { date: d.date }))) return;
                      startTransition(async () => setRemoved(await actions.remove(d.date)));
                    }}
                  >
                    {t("remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
