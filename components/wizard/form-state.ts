// The one result every wizard server action returns (STYLE.md §5). Messages are already in the
// reader's language; `values` are what was posted, so nothing typed is lost on an error.

export type FormValues = Record<string, string | string[]>;

export type FormMessage = {
  message: string;
  /** The field the message is about: the error summary links to it. */
  field?: string;
  /** Somewhere the parent can act on it (give consent, open the open application …). */
  link?: { href: string; label: string };
};

export type WizardFormState =
  | { ok: true }
  | { ok: false; fieldErrors: Record<string, string[]>; formError?: FormMessage; values: FormValues };

/** The id of a field's input, from its (dotted) name: the error summary's link target. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

/** Where the error summary goes once the page is interactive: the top of the page, above the heading. */
export const ERROR_SLOT_ID = "wizard-error-slot";
