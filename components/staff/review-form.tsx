"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { pickText, type Locale } from "@/lib/i18n/locales";
import type { ActionState, FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { useSigningFlow } from "@/components/signing/use-signing-flow";
import { decisionRun, type DecisionActions } from "./decision-run";
import { useShowNotice } from "./notice";

type Props = {
  applicationId: string;
  version: number;
  canConfirm: boolean;
  canReject: boolean;
  templates: { id: string; textKk: string; textRu: string }[];
  initialComment: string;
  initialInclusion: boolean | null;
  baseUrl: string;
  review: FormAction<{ status: string }>;
  decisions: DecisionActions;
};

/**
 * S-6: the executor's part. A comment (shown to the parent), picked from the school's templates
 * or typed; Inclusion yes/no; then «Өтінімді растау» or «Өтінімнен бас тарту» — the refusal is a
 * decision and is signed, its reason being the comment.
 */
export function ReviewForm(props: Props) {
  const t = useTranslations("boReview");
  const locale = useLocale() as Locale;
  const showNotice = useShowNotice();
  const [state, formAction, isPending] = useActionState<ActionState<{ status: string }>, FormData>(props.review, null);
  const [comment, setComment] = useState(props.initialComment);
  // Controlled, so a refused submission keeps what was chosen (React resets uncontrolled fields).
  const [inclusion, setInclusion] = useState<"yes" | "no" | null>(
    props.initialInclusion === null ? null : props.initialInclusion ? "yes" : "no",
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const decision = useSigningFlow({ baseUrl: props.baseUrl });

  useEffect(() => {
    if (state?.ok) showNotice("confirmed");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per result
  }, [state]);

  const fieldErrors = { ...(state && !state.ok ? state.fieldErrors : {}), ...localErrors };
  const formError = state && !state.ok ? state.formError : undefined;

  const reject = () => {
    if (!comment.trim()) {
      setLocalErrors({ comment: [t("errors.REASON_REQUIRED")] });
      commentRef.current?.focus();
      return;
    }
    setLocalErrors({});
    decision.start(
      decisionRun(props.decisions, {
        applicationId: props.applicationId,
        expectedVersion: props.version,
        decision: "REJECT",
        reason: comment,
        title: t("signRefusalTitle"),
        onDone: () => showNotice("rejected"),
      }),
    );
  };

  return (
    <section className="card space-y-4" aria-labelledby="review-title" data-testid="review-form">
      <h2 id="review-title" className="text-xl font-bold">
        {t("reviewTitle")}
      </h2>
      <ErrorSummary fieldErrors={fieldErrors} formErrors={[formError, decision.error]} idOf={(field) => field} at={state?.at} />
      <form action={formAction} onSubmit={() => setLocalErrors({})} className="space-y-4">
        <input type="hidden" name="applicationId" value={props.applicationId} />
        <input type="hidden" name="expectedVersion" value={props.version} />
        <div>
          <label htmlFor="comment" className="label">
            {t("comment")}
          </label>
          <p id="comment-hint" className="mb-2 text-sm text-slate-600">
            {t("commentHint")}
          </p>
          <details className="mb-2" data-testid="templates">
            <summary className="link cursor-pointer text-sm font-semibold">{t("chooseTemplate")}</summary>
            {props.templates.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noTemplates")}</p>
            ) : (
              <ul className="mt-2 space-y-1">
                {props.templates.map((tpl) => {
                  const text = pickText(tpl.textKk, tpl.textRu, locale);
                  return (
                    <li key={tpl.id}>
                      <button
                        type="button"
                        className="w-full rounded border border-slate-200 bg-slate-50 px-3 py-2 text-left text-sm hover:bg-brand-50"
                        onClick={() => {
                          setComment(text);
                          commentRef.current?.focus();
                        }}
                      >
                        {text}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </details>
          <textarea
            ref={commentRef}
            id="comment"
            name="comment"
            rows={4}
            maxLength={2000}
            className="input"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-describedby={fieldErrors.comment ? "comment-hint comment-error" : "comment-hint"}
            aria-invalid={fieldErrors.comment ? true : undefined}
          />
          <FieldError id="comment" messages={fieldErrors.comment} />
        </div>
        {props.canConfirm && (
          <fieldset id="inclusion" aria-describedby={fieldErrors.inclusion ? "inclusion-error" : undefined}>
            <legend className="label">{t("inclusion")}</legend>
            <div className="flex gap-6">
              {(["yes", "no"] as const).map((value) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="inclusion"
                    value={value}
                    checked={inclusion === value}
                    onChange={() => setInclusion(value)}
                    className="h-5 w-5"
                  />
                  {t(value === "yes" ? "inclusionYes" : "inclusionNo")}
                </label>
              ))}
            </div>
            <FieldError id="inclusion" messages={fieldErrors.inclusion} />
          </fieldset>
        )}
        <div className="flex flex-wrap gap-3">
          {props.canConfirm && (
            <button
              type="submit"
              name="event"
              value="CONFIRM_DOCUMENTS"
              className="btn-primary"
              disabled={isPending || decision.isWorking}
              data-testid="confirm-documents"
            >
              ✓ {t("confirm")}
            </button>
          )}
          {props.canReject && (
            <button
              type="button"
              className="btn-danger"
              onClick={reject}
              disabled={isPending || decision.isWorking}
              data-testid="reject-application"
            >
              ⊘ {t("reject")}
            </button>
          )}
        </div>
      </form>
      {decision.dialog}
    </section>
  );
}
