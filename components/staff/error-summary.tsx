"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

type SummaryItem = { field?: string; message: string };

type Props = {
  /** Already translated: the field's id (for the link) and its message. */
  items: SummaryItem[];
};

/**
 * The summary's items for a form's errors: each field's messages as "Label: message" linked to
 * the field's input (`id`, default the field name), then the form-level error.
 */
export function errorItems(
  fieldErrors: Record<string, string[]>,
  formError: string | undefined,
  text: { message: (code: string) => string; label?: (field: string) => string; id?: (field: string) => string },
): SummaryItem[] {
  const items: SummaryItem[] = Object.entries(fieldErrors).flatMap(([field, codes]) =>
    codes.map((code) => ({
      field: text.id ? text.id(field) : field,
      message: text.label ? `${text.label(field)}: ${text.message(code)}` : text.message(code),
    })),
  );
  return formError ? [...items, { message: text.message(formError) }] : items;
}

/**
 * GOV.UK-style error summary: a titled box at the top of the form, focused when it appears so
 * screen readers announce it, each message linking to its field.
 */
export function ErrorSummary({ items }: Props) {
  const t = useTranslations("boCommon");
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = items.length > 0;
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [items, hasErrors]);
  // STYLE §6: while errors are shown, the page title says so first.
  useEffect(() => {
    if (!hasErrors) return;
    const original = document.title;
    const prefix = t("errorTitlePrefix");
    if (!original.startsWith(prefix)) document.title = `${prefix} ${original}`;
    return () => {
      document.title = original;
    };
  }, [hasErrors, t]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-4 border-red-700 bg-white p-4" data-testid="error-summary">
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold text-red-800">{t("errorSummary")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {items.map((item, i) => (
          <li key={`${item.field ?? "form"}-${i}`}>
            {item.field ? (
              <a href={`#${item.field}`} className="font-semibold text-red-800 underline">{item.message}</a>
            ) : (
              <span className="font-semibold text-red-800">{item.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message under a field, linked to it by aria-describedby="<id>-error". */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
      {messages.join(" ")}
    </p>
  );
}
