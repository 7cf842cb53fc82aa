"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/forms";
import type { PreparedSigning } from "@/lib/signing/prepared";
import { useSigningFlow } from "@/components/signing/use-signing-flow";

export type SubmitActions = {
  prepare: (draftId: string) => Promise<ActionResult<PreparedSigning>>;
  submit: (requestId: string) => Promise<ActionResult<{ applicationId: string; number: number }>>;
};

type Props = { draftId: string; baseUrl?: string; actions: SubmitActions };

/**
 * P-6: "Sign the application" → the server checks everything again and makes the document to
 * sign → the QR / EDS dialog → once the signature is held, the application is submitted and
 * the parent lands on its card. Any refusal (no seat left, window closed …) is said plainly.
 */
export function SignAndSubmit({ draftId, baseUrl, actions }: Props) {
  const t = useTranslations("wizard.review");
  const router = useRouter();
  const flow = useSigningFlow<{ applicationId: string; number: number }>({ baseUrl, failedMessage: t("signFailed") });

  const sign = () =>
    flow.start({
      prepare: () => actions.prepare(draftId),
      complete: (requestId) => actions.submit(requestId),
      onDone: (result) => router.push(`/cabinet/applications/${result.data.applicationId}?submitted=1`),
    });

  // After submission the parent is on the way to the application's card: stay busy till then.
  const busy = flow.stage === "preparing" || flow.stage === "completing" || flow.stage === "done";
  return (
    <div className="space-y-3">
      {flow.error && (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800" data-testid="sign-error">
          {flow.error}
        </p>
      )}
      {busy && (
        <p role="status" className="font-semibold" data-testid="sign-status">
          {flow.stage === "preparing" ? t("preparing") : t("submitting")}
        </p>
      )}
      <button
        type="button"
        className="btn-primary w-full sm:w-auto"
        onClick={sign}
        disabled={busy || flow.stage === "signing"}
        data-testid="sign-application"
      >
        {t("sign")}
      </button>
      {flow.dialog}
    </div>
  );
}
