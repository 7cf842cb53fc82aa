"use client";

import { useActionState, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { pickName, type Locale } from "@/lib/i18n/locales";
import type { ActionState } from "./form-state";
import { ErrorSummary, FieldError, errorItems } from "./error-summary";
import { Toast } from "./toast";

type Day = { date: string; kind: "HOLIDAY" | "WORKDAY"; nameKk: string; nameRu: string };

/**
 * S-8: add or change a HOLIDAY or a moved WORKDAY (names in Kazakh and Russian), or remove one.
 * The page passes the server actions (the region area's: the calendar is national).
 */
export function CalendarEditor({
  days,
  saveCalendarDayAction,
  removeCalendarDayAction,
}: {
  days: Day[];
  saveCalendarDayAction: (state: ActionState, form: FormData) => Promise<ActionState>;
  removeCalendarDayAction: (date: string) => Promise<{ ok: boolean }>;
}) {
  const t = useTranslations("boCalendar");
  const locale = useLocale() as Locale;
  const [state, action, isPending] = useActionState<ActionState, FormData>(saveCalendarDayAction, null);
  const [removed, setRemoved] = useState<{ at: number; ok: boolean } | null>(null);
  const [isRemoving, startTransition] = useTransition();
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const items = errorItems(errors, undefined, {
    message: (code) => t(`errors.${code}`),
    label: (field) => t(`fields.${field}`),
    id: (field) => `cal-${field}`,
  });
  const weekday = (date: string) => new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
  return (
    <div className="space-y-6">
      <form action={action} className="card grid gap-3 sm:grid-cols-2" noValidate data-testid="calendar-form">
        <h2 className="text-xl font-bold sm:col-span-2">{t("addTitle")}</h2>
        <div className="sm:col-span-2"><ErrorSummary items={items} /></div>
        <div>
          <label htmlFor="cal-date" className="label">{t("fields.date")}</label>
          <input id="cal-date" name="date" type="date" defaultValue={values?.date} className="input" aria-describedby={errors.date ? "cal-date-error" : undefined} />
          <FieldError id="cal-date" messages={errors.date?.map((c) => t(`errors.${c}`))} />
        </div>
        <div>
          <label htmlFor="cal-kind" className="label">{t("fields.kind")}</label>
          <select id="cal-kind" name="kind" defaultValue={values?.kind ?? "HOLIDAY"} className="input" aria-describedby={errors.kind ? "cal-kind-error" : undefined}>
            <option value="HOLIDAY">{t("kinds.HOLIDAY")}</option>
            <option value="WORKDAY">{t("kinds.WORKDAY")}</option>
          </select>
          <FieldError id="cal-kind" messages={errors.kind?.map((c) => t(`errors.${c}`))} />
        </div>
        {(["nameKk", "nameRu"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`cal-${name}`} className="label">{t(`fields.${name}`)}</label>
            <input id={`cal-${name}`} name={name} defaultValue={values?.[name]} className="input" aria-describedby={errors[name] ? `cal-${name}-error` : undefined} />
            <FieldError id={`cal-${name}`} messages={errors[name]?.map((c) => t(`errors.${c}`))} />
          </div>
        ))}
        <div className="sm:col-span-2">
          <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-day">{t("save")}</button>
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
              <th scope="col"><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} data-testid={`day-${d.date}`}>
                <td className="whitespace-nowrap font-mono">{d.date} <span className="text-slate-500">{weekday(d.date)}</span></td>
                <td>{t(`kinds.${d.kind}`)}</td>
                <td className="min-w-48">{pickName(d, locale)}</td>
                <td>
                  <button type="button" className="link text-sm text-red-700" disabled={isRemoving} data-testid={`remove-${d.date}`}
                    onClick={() => {
                      if (!window.confirm(t("removeConfirm", { date: d.date }))) return;
                      startTransition(async () => setRemoved({ at: Date.now(), ok: (await removeCalendarDayAction(d.date)).ok }));
                    }}>
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
