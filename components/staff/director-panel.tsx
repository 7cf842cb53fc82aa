"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { useSigningFlow } from "@/components/signing/use-signing-flow";
import { decisionRun, type Decision, type DecisionActions } from "./decision-run";
import { useShowNotice } from "./notice";

type Props = { applicationId: string; version: number; baseUrl: string; actions: DecisionActions };

/**
 * S-7: the director, having checked the application, signs the acceptance with EDS («Қол қою»)
 * or refuses with a reason, which is signed too. Each produces its PDF for the parent.
 */
export function DirectorPanel({ applicationId, version, baseUrl, actions }: Props) {
  const t = useTranslations("boReview");
  const showNotice = useShowNotice();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState(false);
  const [isRefusing, setIsRefusing] = useState(false);
  const flow = useSigningFlow({ baseUrl });
  const begin = (decision: Decision, why?: string) =>
    flow.start(
      decisionRun(actions, {
        applicationId,
        expectedVersion: version,
        decision,
        reason: why,
        title: t(decision === "ACCEPT" ? "signAcceptTitle" : "signRefusalTitle"),
        onDone: () => showNotice(decision === "ACCEPT" ? "accepted" : "rejected"),
      }),
    );
  return (
    <section className="card space-y-4" aria-labelledby="decision-title" data-testid="director-panel">
      <h2 id="decision-title" className="text-xl font-bold">
        {t("decisionTitle")}
      </h2>
      <ErrorSummary
        fieldErrors={reasonError ? { reason: [t("errors.REASON_REQUIRED")] } : {}}
        formErrors={[flow.error]}
        idOf={(field) => field}
      />
      <p className="text-slate-700">{t("decisionIntro")}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-primary"
          disabled={flow.isWorking}
          onClick={() => begin("ACCEPT")}
          data-testid="sign-acceptance"
        >
          ✍ {t("sign")}
        </button>
        {!isRefusing && (
          <button type="button" className="btn-secondary" onClick={() => setIsRefusing(true)} data-testid="start-refusal">
            {t("refuse")}
          </button>
        )}
      </div>
      {isRefusing && (
        <div className="space-y-3 rounded-md border border-red-200 bg-red-50 p-3">
          <label htmlFor="reason" className="label">
            {t("reason")}
          </label>
          <p id="reason-hint" className="text-sm text-slate-600">
            {t("reasonHint")}
          </p>
          <textarea
            id="reason"
            rows={3}
            maxLength={2000}
            className="input"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={reasonError ? "reason-hint reason-error" : "reason-hint"}
            aria-invalid={reasonError || undefined}
          />
          <FieldError id="reason" messages={reasonError ? [t("errors.REASON_REQUIRED")] : undefined} />
          <button
            type="button"
            className="btn-danger"
            disabled={flow.isWorking}
            data-testid="sign-refusal"
            onClick={() => {
              const isMissing = !reason.trim();
              setReasonError(isMissing);
              if (!isMissing) begin("REJECT", reason);
            }}
          >
            {t("signRefusal")}
          </button>
        </div>
      )}
      {flow.dialog}
    </section>
  );
}
