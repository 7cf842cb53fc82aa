"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { ERROR_SLOT_ID, fieldId, type FormMessage } from "./form-state";

type Props = { title: string; fieldErrors: Record<string, string[]>; formError?: FormMessage };

/**
 * GOV.UK error summary: at the top, focused when it appears, one link per problem to the field
 * it concerns, every message shown (not only the first).
 */
export function ErrorSummary({ title, fieldErrors, formError }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Rendered in place first (that is also what a browser without JavaScript gets), then moved.
  // useSyncExternalStore gives the server's answer (null) while hydrating, the slot after.
  const slot = useSyncExternalStore(noSubscription, findSlot, noSlot);
  const items: FormMessage[] = [
    ...(formError ? [formError] : []),
    ...Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ message, field }))),
  ];
  const count = items.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, fieldErrors, formError, slot]);
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
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">{title}</h2>
      <ul className="space-y-1">
        {items.map((item, i) => (
          <li key={i} className="font-semibold text-red-700">
            {item.field && item.field !== "_form" ? (
              <a
                href={`#${fieldId(item.field)}`}
                className="underline underline-offset-2"
                onClick={(event) => {
                  // Focus the field itself: a plain fragment jump does not focus it.
                  const target = document.getElementById(fieldId(item.field ?? ""));
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
                <a href={item.link.href} className="link whitespace-nowrap font-normal">{item.link.label}</a>
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
