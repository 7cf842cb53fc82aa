// Reading HTML forms in server actions, for every form of the product (wizard, back office,
// account): posted values as strings, zod issues as field errors keyed by dotted path, and the
// checkbox and yes/no radio conventions. Pure: no I/O.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

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

/** Every posted field as a string (the values a form shows again after an error). */
export function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
}
