"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { maskIin } from "@/lib/iin/mask";
import { describeNcaLayerError, type NcaLayerTarget } from "@/lib/signing/ncalayer-protocol";
import { signWithNcaLayer } from "./ncalayer-connection";

type Stage = "connecting" | "sending" | "failed";

/**
 * EDS signing: NCALayer on this computer (over wss://) signs the exact payload with the signer's
 * key (its chooser narrowed to their IIN); the server verifies the CMS and keeps it. Starts at
 * once; "Retry" after an error.
 */
export function EdsSigning(props: {
  requestId: string;
  payloadBase64: string;
  signerIin: string;
  ncalayer: NcaLayerTarget;
  onSigned: () => void;
}) {
  const t = useTranslations("signing");
  const locale = useLocale();
  const [stage, setStage] = useState<Stage>("connecting");
  const [error, setError] = useState<string | null>(null);
  // Each attempt is one run of the effect below; "Retry" starts the next one.
  const [attempt, setAttempt] = useState(0);
  const [isNotRunning, setNotRunning] = useState(false);
  const { requestId, payloadBase64, signerIin, ncalayer, onSigned } = props;
  const ncalayerUrl = ncalayer.url;

  useEffect(() => {
    const current = new AbortController();
    const fail = (message: string) => {
      if (current.signal.aborted) return;
      setError(message);
      setStage("failed");
    };
    const sign = async () => {
      const outcome = await signWithNcaLayer({ url: ncalayerUrl, payloadBase64, signerIin, locale, signal: current.signal });
      if (current.signal.aborted) return;
      if (outcome.kind === "not-running") {
        setNotRunning(true);
        return fail(t("errors.ncalayerNotRunning"));
      }
      if (outcome.kind === "cancelled") return fail(t("errors.ncalayerCancelled"));
      if (outcome.kind === "error") {
        return fail(
          outcome.code === "NO_KEY"
            ? t("errors.ncalayerNoKey", { iin: maskIin(signerIin) })
            : t("errors.ncalayerFailed", { message: describeNcaLayerError(outcome) }),
        );
      }
      setStage("sending");
      try {
        const response = await fetch(`/api/signing/${encodeURIComponent(requestId)}/eds`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ cms: outcome.cms }),
          signal: current.signal,
        });
        if (response.ok) {
          onSigned();
          return;
        }
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        fail(body.message ?? t("errors.BAD_SIGNATURE"));
      } catch {
        fail(t("errors.network"));
      }
    };
    void sign();
    return () => current.abort();
  }, [attempt, ncalayerUrl, payloadBase64, signerIin, locale, requestId, onSigned, t]);

  return (
    <div className="space-y-3">
      <h3 className="font-bold outline-none" tabIndex={-1}>
        {t("dialog.edsTitle")}
      </h3>
      <p className="text-slate-700">{t("dialog.edsSteps")}</p>
      {stage !== "failed" && (
        <p className="text-sm text-slate-600" role="status" aria-live="polite">
          {stage === "connecting" ? t("dialog.connecting") : t("dialog.sending")}
        </p>
      )}
      {stage === "failed" && error && (
        <>
          <p className="font-semibold text-red-700" role="alert" data-testid="signing-error">
            {error}
          </p>
          {isNotRunning && ncalayer.standInChooserUrl && (
            <p className="text-sm text-slate-700">
              {t.rich("dialog.standInHint", {
                link: (chunks) => (
                  <a className="underline" href={ncalayer.standInChooserUrl ?? undefined} target="_blank" rel="noopener noreferrer">
                    {chunks}
                  </a>
                ),
              })}
            </p>
          )}
          <button
            type="button"
            className="btn-primary w-full"
            onClick={() => {
              setStage("connecting");
              setError(null);
              setNotRunning(false);
              setAttempt((n) => n + 1);
            }}
          >
            {t("dialog.retry")}
          </button>
        </>
      )}
    </div>
  );
}
