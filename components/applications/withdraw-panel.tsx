"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SignDialog } from "@/components/signing/sign-dialog";
import { prepareWithdrawalAction, withdrawApplicationAction, type Prepared } from "@/app/(parent)/cabinet/applications/actions";

/**
 * P-9: the warning, then signing by QR or EDS; once withdrawn, the application page shows
 * "withdrawn — a new application is needed" (`?withdrawn=1`), which survives the refresh.
 */
export function WithdrawPanel({ applicationId, baseUrl }: { applicationId: string; baseUrl: string }) {
  const t = useTranslations("journey.withdraw");
  const router = useRouter();
  const [stage, setStage] = useState<"idle" | "warning" | "signing" | "done">("idle");
  const [signing, setSigning] = useState<Prepared | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const prepare = () =>
    startTransition(async () => {
      setError(null);
      const prepared = await prepareWithdrawalAction(applicationId);
      if (!prepared.ok) return setError(prepared.message);
      setSigning(prepared);
      setStage("signing");
    });

  const complete = (requestId: string) =>
    startTransition(async () => {
      const result = await withdrawApplicationAction(requestId);
      if (!result.ok) {
        setStage("idle");
        return setError(result.message);
      }
      // The page itself says "withdrawn" from then on: this panel disappears with the status.
      setStage("done");
      router.replace(`/cabinet/applications/${encodeURIComponent(applicationId)}?withdrawn=1`);
    });

  if (stage === "done") {
    return (
      <p role="status" className="text-slate-600" aria-live="polite">
        {t("done")}
      </p>
    );
  }

  return (
    <section className="card space-y-3 border-red-200">
      <h2 className="text-xl font-bold">{t("title")}</h2>
      {error && <p role="alert" className="font-semibold text-red-700" data-testid="withdraw-error">{error}</p>}
      {stage === "idle" && (
        <button type="button" className="btn-danger" onClick={() => setStage("warning")} data-testid="withdraw">
          {t("button")}
        </button>
      )}
      {stage === "warning" && (
        <div className="space-y-3 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4" role="alertdialog" aria-labelledby="withdraw-warning">
          <p id="withdraw-warning" className="font-semibold">{t("warning")}</p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className="btn-danger" onClick={prepare} disabled={pending} data-testid="withdraw-confirm">
              {t("confirm")}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setStage("idle")}>{t("cancel")}</button>
          </div>
        </div>
      )}
      {stage === "signing" && signing && (
        <SignDialog
          requestId={signing.requestId}
          payloadBase64={signing.payloadBase64}
          signerIin={signing.signerIin}
          ncalayer={signing.ncalayer}
          baseUrl={baseUrl}
          onSigned={() => complete(signing.requestId)}
          onClose={() => setStage("idle")}
        />
      )}
    </section>
  );
}
