"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/forms";
import type { PreparedSigning } from "@/lib/signing/prepared";
import { SignDialog } from "./sign-dialog";

/** One prepare → sign → complete run: the server actions it calls and what follows success. */
export type SigningRun<T> = {
  /** Checks everything again on the server and makes the signing request. */
  prepare: () => Promise<ActionResult<PreparedSigning>>;
  /** Once the server holds the signature: do what was signed. */
  complete: (requestId: string) => Promise<ActionResult<T>>;
  /** After a successful completion (navigate, show a notice …). */
  onDone?: (data: ActionResult<T> & { ok: true }) => void;
  /** The dialog's heading; the dialog's own by default. */
  title?: string;
};

export type SigningStage = "idle" | "preparing" | "signing" | "completing" | "done";

/**
 * The one prepare → sign → complete flow (parent's submission and withdrawal, director's
 * decision). Every refusal and every failure — an action that answers "no" or one that throws
 * (network, server error) — ends as a plain message in `error`, never as a silent stop.
 */
export function useSigningFlow<T = undefined>({ baseUrl, failedMessage }: { baseUrl?: string; failedMessage?: string }) {
  const t = useTranslations("signing.errors");
  const failed = failedMessage ?? t("FAILED");
  const [stage, setStage] = useState<SigningStage>("idle");
  const [prepared, setPrepared] = useState<PreparedSigning | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState<string | undefined>(undefined);
  const [isPending, startTransition] = useTransition();
  const run = useRef<SigningRun<T> | null>(null);

  const fail = (message: string | undefined) => {
    setPrepared(null);
    setStage("idle");
    setError(message ?? failed);
  };

  const start = (next: SigningRun<T>) =>
    startTransition(async () => {
      run.current = next;
      setTitle(next.title);
      setError(null);
      setStage("preparing");
      try {
        const result = await next.prepare();
        if (!result.ok) return fail(result.formError?.message);
        setPrepared(result.data);
        setStage("signing");
      } catch {
        fail(failed);
      }
    });

  const complete = (requestId: string) =>
    startTransition(async () => {
      const current = run.current;
      if (!current) return;
      setStage("completing");
      try {
        const result = await current.complete(requestId);
        if (!result.ok) return fail(result.formError?.message);
        setPrepared(null);
        setStage("done");
        current.onDone?.(result);
      } catch {
        fail(failed);
      }
    });

  const cancel = () => {
    setPrepared(null);
    setStage("idle");
  };

  const dialog =
    stage === "signing" && prepared ? (
      <SignDialog
        key={prepared.requestId}
        requestId={prepared.requestId}
        payloadBase64={prepared.payloadBase64}
        signerIin={prepared.signerIin}
        ncalayer={prepared.ncalayer}
        isQrOffered={prepared.isQrOffered}
        baseUrl={baseUrl}
        title={title}
        onSigned={() => complete(prepared.requestId)}
        onClose={cancel}
      />
    ) : null;

  return { start, dialog, error, stage, isWorking: isPending || stage === "preparing" || stage === "completing", cancel };
}
