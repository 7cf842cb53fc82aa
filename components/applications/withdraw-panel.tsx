"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/forms";
import type { PreparedSigning } from "@/lib/signing/prepared";
import { useSigningFlow } from "@/components/signing/use-signing-flow";

export type WithdrawActions = {
  prepare: (applicationId: string) => Promise<ActionResult<PreparedSigning>>;
  withdraw: (requestId: string) => Promise<ActionResult<{ applicationId: string }>>;
};

/**
 * P-9: the warning, then signing by QR or EDS; once withdrawn, the application page shows
 * "withdrawn — a new application is needed" (`?withdrawn=1`), which survives the refresh.
 */
export function WithdrawPanel({ applicationId, baseUrl, actions }: { applicationId: string; baseUrl: string; actions: WithdrawActions }) {
  const t = useTranslations("journey.withdraw");
  const router = useRouter();
  const [isWarning, setIsWarning] = useState(false);
  const flow = useSigningFlow<{ applicationId: string }>({ baseUrl });

  // Once the document is being signed the warning has done its work; closing the dialog or a
  // refusal at the end returns to the plain button. A refusal before signing keeps the warning.
  // (Adjusted while rendering, React's pattern for state that follows another.)
  const [seenStage, setSeenStage] = useState(flow.stage);
  if (flow.stage !== seenStage) {
    setSeenStage(flow.stage);
    if (flow.stage === "signing") setIsWarning(false);
  }

  const confirm = () =>
    flow.start({
      prepare: () => actions.prepare(applicationId),
      complete: (requestId) => actions.withdraw(requestId),
      // The page itself says "withdrawn" from then on: this panel disappears with the status.
      onDone: () => router.replace(`/cabinet/applications/${encodeURIComponent(applicationId)}?withdrawn=1`),
    });

  if (flow.stage === "done") {
    return (
      <p role="status" className="text-slate-600" aria-live="polite">
        {t("done")}
      </p>
    );
  }

  return (
    <section className="card space-y-3 border-red-200">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      {flow.error && (
        <p role="alert" className="font-semibold text-red-700" data-testid="withdraw-error">
          {flow.error}
        </p>
      )}
      {flow.stage === "idle" && !isWarning && (
        <button type="button" className="btn-danger" onClick={() => setIsWarning(true)} data-testid="withdraw">
          {t("button")}
        </button>
      )}
      {isWarning && (
        <div
          className="space-y-3 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4"
          role="alertdialog"
          aria-labelledby="withdraw-warning"
        >
          <p id="withdraw-warning" className="font-semibold">
            {t("warning")}
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn-danger" onClick={confirm} disabled={flow.isWorking} data-testid="withdraw-confirm">
              {t("confirm")}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setIsWarning(false)} disabled={flow.isWorking}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
      {flow.dialog}
    </section>
  );
}
