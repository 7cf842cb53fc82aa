// The one result every back-office server action returns (STYLE.md §5): success, or every
// field error and a form-level error, with the submitted values so the form can show them again.
// `at` distinguishes two equal results in a row, so a toast or a focus move happens each time.

import type { FieldErrors } from "@/lib/forms";

export type { FieldErrors };

export type ActionResult<T = undefined> =
  | { ok: true; at: number; data?: T }
  | { ok: false; at: number; fieldErrors: FieldErrors; formError?: string; values?: Record<string, string> };

export type ActionState<T = undefined> = ActionResult<T> | null;
