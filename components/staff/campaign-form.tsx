"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { freeSeats } from "@/lib/seats/quota";
import { valueOf, type ActionState, type FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { Toast } from "./toast";

type ClassType = "GENERAL" | "GYMNASIUM";
type Seat = { classType: ClassType; language: string; capacity: number; reservedCatchment: number; reservedOutside: number };
type Props = {
  action: FormAction;
  languages: string[];
  campaign: { maxPerClass: number; classTypes: ClassType[]; admitsByChoice: boolean; seats: Seat[] };
};

const CLASS_TYPES: ClassType[] = ["GENERAL", "GYMNASIUM"];

/**
 * S-3: maximum per class, class types, seats per class type × language with the free seats
 * recomputed as the administrator types (the reserved counters come from the server), and
 * admission by choice. The field refuses to go below what is reserved; so does the server.
 */
export function CampaignForm({ action: save, languages, campaign }: Props) {
  const t = useTranslations("boCampaign");
  const tl = useTranslations("languages");
  const [state, action, isPending] = useActionState<ActionState, FormData>(save, null);
  const seatOf = (classType: ClassType, language: string) =>
    campaign.seats.find((s) => s.classType === classType && s.language === language);
  const [capacities, setCapacities] = useState<Record<string, string>>(() =>
    Object.fromEntries(CLASS_TYPES.flatMap((c) => languages.map((l) => [`${c}.${l}`, String(seatOf(c, l)?.capacity ?? 0)]))),
  );
  const [types, setTypes] = useState<ClassType[]>(campaign.classTypes);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const fieldLabel = (field: string) => {
    const [, c, l] = field.split(".");
    return field.startsWith("seats.") ? `${t(`classTypeSeats.${c}`)}, ${tl(l ?? "KK")}` : t(`fields.${field}`);
  };
  return (
    <form action={action} className="card max-w-3xl space-y-5" noValidate data-testid="campaign-form">
      <ErrorSummary
        fieldErrors={errors}
        formErrors={[state && !state.ok ? state.formError : null]}
        labelOf={fieldLabel}
        idOf={(field) => field.replaceAll(".", "-")}
        at={state?.at}
      />
      <div>
        <label htmlFor="maxPerClass" className="label">
          {t("fields.maxPerClass")} *
        </label>
        <input
          id="maxPerClass"
          name="maxPerClass"
          type="number"
          min={1}
          max={40}
          defaultValue={state && !state.ok ? valueOf(state.values, "maxPerClass") : campaign.maxPerClass}
          className="input max-w-32"
          aria-invalid={errors.maxPerClass ? true : undefined}
          aria-describedby={errors.maxPerClass ? "maxPerClass-error" : undefined}
        />
        <FieldError id="maxPerClass" messages={errors.maxPerClass} />
      </div>
      <fieldset id="classTypes">
        <legend className="label">{t("fields.classTypes")} *</legend>
        {CLASS_TYPES.map((c) => (
          <label key={c} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="classTypes"
              value={c}
              checked={types.includes(c)}
              onChange={(e) => setTypes(e.target.checked ? [...types, c] : types.filter((x) => x !== c))}
              className="h-5 w-5"
            />
            {t(`classTypeNames.${c}`)}
          </label>
        ))}
        <FieldError id="classTypes" messages={errors.classTypes} />
      </fieldset>
      {CLASS_TYPES.filter((c) => types.includes(c)).map((c) => (
        <fieldset key={c} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid={`seats-${c}`}>
          <legend className="px-1 font-bold">{t(`classTypeSeats.${c}`)}</legend>
          {languages.map((l) => {
            const key = `${c}.${l}`;
            const seat = seatOf(c, l);
            const reserved = (seat?.reservedCatchment ?? 0) + (seat?.reservedOutside ?? 0);
            const capacity = Math.max(0, Number.parseInt(capacities[key] ?? "0", 10) || 0);
            const free = freeSeats({
              capacity,
              reservedCatchment: seat?.reservedCatchment ?? 0,
              reservedOutside: seat?.reservedOutside ?? 0,
            });
            const id = `seats-${c}-${l}`;
            const fieldErrors = errors[`seats.${key}`];
            return (
              <div key={l} className="grid items-end gap-2 sm:grid-cols-[1fr_auto]">
                <div>
                  <label htmlFor={id} className="label">
                    {t("seatsFor", { language: tl(l) })} *
                  </label>
                  <input
                    id={id}
                    name={`seats.${key}`}
                    type="number"
                    min={reserved}
                    max={2000}
                    value={capacities[key] ?? "0"}
                    onChange={(e) => setCapacities({ ...capacities, [key]: e.target.value })}
                    className="input max-w-40"
                    aria-invalid={fieldErrors ? true : undefined}
                    aria-describedby={`${id}-free${fieldErrors ? ` ${id}-error` : ""}`}
                  />
                  <FieldError id={id} messages={fieldErrors} />
                </div>
                <p id={`${id}-free`} aria-live="polite" className="text-sm" data-testid={`free-${c}-${l}`}>
                  <span className="font-bold">{t("free", { count: free.total })}</span>
                  <span className="block text-slate-600">
                    {t("reserved", { count: reserved })} · {t("freeOutside", { count: free.forOutside })}
                  </span>
                  {capacity < reserved && <span className="block font-semibold text-red-700">{t("belowReservedHint", { reserved })}</span>}
                </p>
              </div>
            );
          })}
        </fieldset>
      ))}
      <fieldset>
        <legend className="label">{t("fields.admitsByChoice")}</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="admitsByChoice" defaultChecked={campaign.admitsByChoice} className="h-5 w-5" />
          {t("admitsByChoiceYes")}
        </label>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-campaign">
        {t("save")}
      </button>
      <Toast message={state?.ok ? t("saved") : null} at={state?.at} />
    </form>
  );
}
