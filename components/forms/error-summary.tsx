"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "next-intl";
import { ERROR_SLOT_ID, fieldId, type FieldErrors, type FormMessage } from "@/lib/forms";

type Props = {
  fieldErrors?: FieldErrors;
  /** Messages about the whole form, listed first (e.g. the action's formError, a signing error). */
  formErrors?: (FormMessage | string | null | undefined)[];
  /** "Label: message" in the summary, for dense forms whose messages do not name the field. */
  labelOf?: (field: string) => string;
  /** The id of a field's input; by default `fieldId(name)`. */
  idOf?: (field: string) => string;
  /** When the result was given (ActionResult.at): the same errors again take focus again. */
  at?: number;
};

/**
 * The GOV.UK error summary, for every form: at the top (moved into the page's slot when it has
 * one), focused when it appears, one link per problem that focuses the field it concerns, every
 * message shown (not only the first), and the page title prefixed with "Error:" while it shows.
 */
export function ErrorSummary({ fieldErrors = {}, formErrors = [], labelOf, idOf = fieldId, at }: Props) {
  const t = useTranslations("wizard");
  const ref = useRef<HTMLDivElement>(null);
  // Rendered in place first (that is also what a browser without JavaScript gets), then moved.
  // useSyncExternalStore gives the server's answer (null) while hydrating, the slot after.
  const slot = useSyncExternalStore(noSubscription, findSlot, noSlot);
  const items: FormMessage[] = [
    ...formErrors.flatMap((item) => (!item ? [] : typeof item === "string" ? [{ message: item }] : [item])),
    ...Object.entries(fieldErrors).flatMap(([field, messages]) =>
      messages.map((message) => ({ message: labelOf ? `${labelOf(field)}: ${message}` : message, field })),
    ),
  ];
  const count = items.length;
  const key = items.map((item) => item.message).join("\n");
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, key, at, slot]);
  const prefix = t("errorPrefix");
  useEffect(() => {
    if (count === 0) return;
    const clean = document.title.startsWith(`${prefix} `) ? document.title.slice(prefix.length + 1) : document.title;
    document.title = `${prefix} ${clean}`;
    return () => {
      if (document.title.startsWith(`${prefix} `)) document.title = document.title.slice(prefix.length + 1);
    };
  }, [count, prefix]);
  if (count === 0) return null;
  const summary = (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-md border-4 border-red-700 bg-white p-4 focus:outline-none focus-visible:outline-[3px]"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        {t("errorSummaryTitle")}
      </h2>
      <ul className="space-y-1">
        {items.map((item, i) => (
          <li key={i} className="font-semibold text-red-700">
            {item.field && item.field !== "_form" ? (
              <a
                href={`#${idOf(item.field)}`}
                className="underline underline-offset-2"
                onClick={(event) => {
                  // Focus the field itself: a plain fragment jump does not focus it.
                  const target = document.getElementById(idOf(item.field ?? ""));
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: "center" });
                  }
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
            {item.link && (
              <>
                {" "}
                <a href={item.link.href} className="link whitespace-nowrap font-normal">
                  {item.link.label}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
  return slot ? createPortal(summary, slot) : summary;
}

const noSubscription = () => () => {};
const findSlot = () => document.getElementById(ERROR_SLOT_ID);
const noSlot = () => null;
