"use client";

import { createContext, useActionState, useCallback, useContext, useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionResult, ActionState, FormValues } from "@/lib/forms";

export type WizardAction = (state: ActionState, form: FormData) => Promise<ActionResult>;

type FormContext = { errors: Record<string, string[]>; values: FormValues | null };

const Context = createContext<FormContext>({ errors: {}, values: null });

/** A field's error messages and its posted value after a failed submit. */
export function useField(name: string): { errors: string[]; value: string | string[] | undefined; posted: boolean } {
  const { errors, values } = useContext(Context);
  return { errors: errors[name] ?? [], value: values?.[name], posted: values !== null };
}

type Props = {
  action: WizardAction;
  draftId: string;
  submitLabel: string;
  children: React.ReactNode;
  /** Extra hidden fields (e.g. the address-unit picks of a cascade). */
  hidden?: Record<string, string>;
  testId?: string;
  /** Disable "Continue" (the server still checks). */
  blocked?: boolean;
  /** Checkboxes that must be ticked before "Continue" can be pressed (P-5's two consents). */
  requireTicked?: string[];
};

/**
 * The plain server-action form loop: post, and either the action redirects to the next page
 * or returns the errors — shown in a summary at the top, beside each field, and in the title.
 */
export function WizardForm({ action, draftId, submitLabel, children, hidden, testId, blocked, requireTicked }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const formRef = useRef<HTMLFormElement>(null);
  // Until hydration the button stays enabled: without JavaScript the server is the only gate.
  const [untickedCount, setUntickedCount] = useState(0);
  const required = requireTicked?.join(",") ?? "";
  const recount = useCallback(() => {
    const form = formRef.current;
    if (!form || !required) return setUntickedCount(0);
    const missing = required.split(",").filter((name) => {
      const input = form.elements.namedItem(name);
      return !(input instanceof HTMLInputElement && input.checked);
    });
    setUntickedCount(missing.length);
  }, [required]);
  useEffect(recount, [recount, state]);

  return (
    <Context.Provider value={{ errors: failed?.fieldErrors ?? {}, values: failed?.values ?? null }}>
      <form ref={formRef} action={formAction} onChange={recount} noValidate className="space-y-6" data-testid={testId}>
        {failed && <ErrorSummary fieldErrors={failed.fieldErrors} formErrors={[failed.formError]} at={failed.at} />}
        <input type="hidden" name="draftId" value={draftId} />
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="btn-primary w-full sm:w-auto"
            disabled={pending || blocked || untickedCount > 0}
            data-testid="continue"
          >
            {submitLabel} <span aria-hidden>→</span>
          </button>
        </div>
      </form>
    </Context.Provider>
  );
}
