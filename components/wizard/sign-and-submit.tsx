"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SignDialog } from "@/components/signing/sign-dialog";
import { prepareSubmissionAction, submitApplicationAction, type Prepared } from "@/app/(parent)/cabinet/applications/actions";

type Props = { draftId: string; baseUrl?: string };

/**
 * P-6: "Sign the application" → the server checks everything again and makes the document to
 * sign → the QR / EDS dialog → once the signature is held, the application is submitted and
 * the parent lands on its card. Any refusal (no seat left, window closed …) is said plainly.
 */
export function SignAndSubmit({ draftId, baseUrl }: Props) {
  const t = useTranslations("wizard.review");
  const router = useRouter();
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<"idle" | "preparing" | "signing" | "submitting">("idle");
  const [, startTransition] = useTransition();

  const prepare = () =>
    startTransition(async () => {
      setError(null);
      setStage("preparing");
      try {
        const result = await prepareSubmissionAction(draftId);
        if (!result.ok) {
          setStage("idle");
          setError(result.message);
          return;
        }
        setPrepared(result);
        setStage("signing");
      } catch {
        setStage("idle");
        setError(t("signFailed"));
      }
    });

  const submit = (requestId: string) =>
    startTransition(async () => {
      setStage("submitting");
      try {
        const result = await submitApplicationAction(requestId);
        if (!result.ok) {
          setPrepared(null);
          setStage("idle");
          setError(result.message);
          return;
        }
        router.push(`/cabinet/applications/${result.applicationId}?submitted=1`);
      } catch {
        setPrepared(null);
        setStage("idle");
        setError(t("signFailed"));
      }
    });

  const busy = stage === "preparing" || stage === "submitting";
  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800" data-testid="sign-error">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" className="font-semibold" data-testid="sign-status">
          {stage === "preparing" ? t("preparing") : t("submitting")}
        </p>
      )}
      <button type="button" className="btn-primary w-full sm:w-auto" onClick={prepare} disabled={busy || stage === "signing"} data-testid="sign-application">
        {t("sign")}
      </button>
      {stage === "signing" && prepared && (
        <SignDialog
          requestId={prepared.requestId}
          payloadBase64={prepared.payloadBase64}
          signerIin={prepared.signerIin}
          ncalayer={prepared.ncalayer}
          baseUrl={baseUrl}
          onSigned={() => submit(prepared.requestId)}
          onClose={() => {
            setPrepared(null);
            setStage("idle");
          }}
        />
      )}
    </div>
  );
}
