// The form kit of every form of the product (wizard, back office, account, consent, signing):
// the one result a server action answers with, reading posted values, zod issues as field
// errors keyed by dotted path, and the checkbox and yes/no radio conventions. Pure: no I/O.
import { z } from "zod";
import { RECORD_ID } from "@/lib/ids";

/** A record id in a URL or form: anything else is "not found" before the database sees it. */
export const recordIdSchema = z.string().regex(RECORD_ID);

/** Field name (dotted) → every message about it, already in the reader's language. */
export type FieldErrors = Record<string, string[]>;

/** What was posted, echoed back so nothing typed is lost on an error (files never are). */
export type FormValues = Record<string, string | string[]>;

/** A message about the whole form (or one field), in the reader's language. */
export type FormMessage = {
  message: string;
  /** The field the message is about: the error summary links to it. */
  field?: string;
  /** Somewhere the person can act on it (give consent, open the open application …). */
  link?: { href: string; label: string };
};

/**
 * The one result every server action that answers a form or a button returns (STYLE.md §5).
 * Messages are translated on the server, so the browser only shows them. `at` tells two equal
 * results in a row apart, so a notice or a focus move happens each time.
 */
export type ActionResult<T = undefined> = ActionSuccess<T> | ActionFailure;
export type ActionSuccess<T = undefined> = { ok: true; at: number } & (T extends undefined ? { data?: undefined } : { data: T });
export type ActionFailure = { ok: false; at: number; fieldErrors: FieldErrors; formError?: FormMessage; values: FormValues };

/** The state of a form driven by useActionState: null until the first answer. */
export type ActionState<T = undefined> = ActionResult<T> | null;

export function succeeded(): ActionSuccess;
export function succeeded<T>(data: T): ActionSuccess<T>;
export function succeeded<T>(data?: T) {
  return data === undefined ? { ok: true, at: Date.now() } : { ok: true, at: Date.now(), data };
}

/** A refused submission: every field error, a form-level message, and what was posted. */
export function failed(fieldErrors: FieldErrors = {}, formError?: FormMessage | string, values: FormValues = {}): ActionFailure {
  return {
    ok: false,
    at: Date.now(),
    fieldErrors,
    ...(formError === undefined ? {} : { formError: typeof formError === "string" ? { message: formError } : formError }),
    values,
  };
}

/** The id of a field's input, from its (dotted) name: the error summary's link target. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

/** Where a page that has one wants the error summary: the top of the page, above the heading. */
export const ERROR_SLOT_ID = "wizard-error-slot";

/** A posted value as one string (the first of several). */
export function valueOf(values: FormValues | undefined, name: string): string | undefined {
  const value = values?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A posted value as a list (checkbox groups post one value per ticked box). */
export function valuesOf(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Zod issues as { "transport.address.street": ["streetRequired"] }: dotted paths, every message kept. */
export function fieldErrorsOf(error: z.ZodError, dropPrefix = 0): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.slice(dropPrefix).map(String).join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** An HTML checkbox: "on" (or any value) when ticked, absent when not. */
export function isTicked(value: FormDataEntryValue | null | undefined): boolean {
  return value !== null && value !== undefined && value !== "" && value !== "false";
}

/** A yes/no radio pair: "yes" → true, "no" → false, nothing chosen → undefined. */
export function yesNo(value: FormDataEntryValue | null | undefined): boolean | undefined {
  if (value === "yes") return true;
  if (value === "no") return false;
  return undefined;
}

/** The reverse of yesNo, for a radio group's default value. */
export function yesNoValue(value: boolean | undefined): "yes" | "no" | undefined {
  return value === undefined ? undefined : value ? "yes" : "no";
}

/**
 * What was posted, so the form can show it again after an error: a repeated name (checkbox
 * group) becomes a list; files and Next's own `$ACTION…` fields are never echoed.
 */
export function postedValues(form: FormData, except: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || except.includes(key)) continue;
    const previous = values[key];
    values[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return values;
}

/** A server action driven by useActionState, as a component receives it. */
export type FormAction<T = undefined> = (state: ActionState<T>, form: FormData) => Promise<ActionResult<T>>;
