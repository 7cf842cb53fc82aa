"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { SignDialog } from "@/components/signing/sign-dialog";
import type { NcaLayerTarget } from "@/lib/signing/ncalayer-protocol";
import { completeDecisionAction, startDecisionAction } from "@/app/(staff)/staff/applications/actions";
import { useShowNotice } from "./notice";

type Decision = "ACCEPT" | "REJECT";

type Props = {
  applicationId: string;
  expectedVersion: number;
  ncalayer: NcaLayerTarget;
  baseUrl?: string;
};

type Pending = { requestId: string; payloadBase64: string; signerIin: string; decision: Decision };

/**
 * S-7: a decision signed with EDS (or the eGov mobile QR). `begin(decision, reason)` creates
 * the signing request, the dialog signs it, then the decision is completed in one transaction
 * on the server. Used by the director (sign / refuse) and by the executor's refusal.
 */
export function useSignedDecision({ applicationId, expectedVersion, ncalayer, baseUrl }: Props) {
  const t = useTranslations("boReview");
  const showNotice = useShowNotice();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isWorking, startTransition] = useTransition();

  const begin = (decision: Decision, reason?: string) =>
    startTransition(async () => {
      setError(null);
      const started = await startDecisionAction({ applicationId, decision, reason, expectedVersion });
      if (!started.ok) return setError(t(`errors.${started.error}`));
      setPending({ requestId: started.requestId, payloadBase64: started.payloadBase64, signerIin: started.signerIin, decision });
    });

  const complete = (p: Pending) =>
    startTransition(async () => {
      const result = await completeDecisionAction({ requestId: p.requestId, decision: p.decision, expectedVersion, applicationId });
      setPending(null);
      if (!result.ok) return setError(t(`errors.${result.error}`));
      showNotice(p.decision === "ACCEPT" ? "accepted" : "rejected");
    });

  const dialog = pending ? (
    <SignDialog
      key={pending.requestId}
      requestId={pending.requestId}
      payloadBase64={pending.payloadBase64}
      signerIin={pending.signerIin}
      ncalayer={ncalayer}
      baseUrl={baseUrl}
      title={t(pending.decision === "ACCEPT" ? "signAcceptTitle" : "signRefusalTitle")}
      onSigned={() => complete(pending)}
      onClose={() => setPending(null)}
    />
  ) : null;

  return { begin, dialog, error, isWorking };
}
