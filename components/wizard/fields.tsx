"use client";

import { fieldId } from "@/lib/forms";
import type { RadioOption } from "@/lib/application/wizard-views";
import { FieldError } from "@/components/forms/field-error";
import { useField } from "./wizard-form";

const groupClass = (hasError: boolean) => (hasError ? "border-l-4 border-red-700 pl-3 space-y-3" : "space-y-3");

/** One question answered by one choice: a fieldset whose legend is the question. */
export function RadioGroup(props: {
  name: string;
  legend: React.ReactNode;
  legendAsHeading?: boolean;
  hint?: React.ReactNode;
  options: RadioOption[];
  defaultValue?: string;
}) {
  const { errors, value } = useField(props.name);
  const id = fieldId(props.name);
  const checked = typeof value === "string" ? value : props.defaultValue;
  const describedBy = [props.hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset className={groupClass(errors.length > 0)} aria-describedby={describedBy || undefined}>
      {props.legendAsHeading ? (
        <legend className="mb-2">
          <h1 className="text-2xl font-bold sm:text-3xl">{props.legend}</h1>
        </legend>
      ) : (
        <legend className="label">{props.legend}</legend>
      )}
      {props.hint && (
        <div id={`${id}-hint`} className="text-slate-600">
          {props.hint}
        </div>
      )}
      <FieldError id={id} messages={errors} />
      <div className="space-y-2">
        {props.options.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return (
            <div key={option.value} className="flex flex-wrap items-start gap-x-3">
              <input
                id={optionId}
                type="radio"
                name={props.name}
                value={option.value}
                defaultChecked={checked === option.value}
                disabled={option.disabled}
                className="peer mt-1 h-6 w-6 shrink-0 accent-brand-600"
                data-testid={option.testId}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <label htmlFor={optionId} className={`min-w-0 flex-1 ${option.disabled ? "text-slate-500" : "cursor-pointer"}`}>
                <span className="block font-semibold">{option.label}</span>
                {option.hint && (
                  <span id={`${optionId}-hint`} className="block text-sm text-slate-600">
                    {option.hint}
                  </span>
                )}
              </label>
              {option.conditional && (
                <div className="mt-3 ml-3 hidden w-full border-l-4 border-slate-300 pl-6 peer-checked:block">{option.conditional}</div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Checkbox(props: {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  defaultChecked?: boolean;
  testId?: string;
}) {
  const { errors, value, posted } = useField(props.name);
  const id = fieldId(props.name);
  // After a failed submit an unticked box is simply absent from what was posted.
  const checked = posted ? value === "on" : props.defaultChecked;
  return (
    <div className={groupClass(errors.length > 0)}>
      <FieldError id={id} messages={errors} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={props.name}
          defaultChecked={checked}
          className="mt-1 h-6 w-6 shrink-0 accent-brand-600"
          aria-describedby={[props.hint ? `${id}-hint` : "", errors.length ? `${id}-error` : ""].join(" ").trim() || undefined}
          data-testid={props.testId}
        />
        <label htmlFor={id} className="cursor-pointer">
          <span className="block font-semibold">{props.label}</span>
          {props.hint && (
            <span id={`${id}-hint`} className="block text-sm text-slate-600">
              {props.hint}
            </span>
          )}
        </label>
      </div>
    </div>
  );
}

export function TextField(props: {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  defaultValue?: string;
  inputMode?: "text" | "tel" | "numeric";
  autoComplete?: string;
  width?: "short" | "full";
}) {
  const { errors, value } = useField(props.name);
  const id = fieldId(props.name);
  const current = typeof value === "string" ? value : props.defaultValue;
  return (
    <div className={groupClass(errors.length > 0)}>
      <label htmlFor={id} className="label">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      <FieldError id={id} messages={errors} />
      <input
        id={id}
        name={props.name}
        type={props.inputMode === "tel" ? "tel" : "text"}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        defaultValue={current}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[props.hint ? `${id}-hint` : "", errors.length ? `${id}-error` : ""].join(" ").trim() || undefined}
        className={`input ${props.width === "short" ? "max-w-xs" : ""} ${errors.length ? "border-2 border-red-700" : ""}`}
      />
    </div>
  );
}
