"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { MobileSignState } from "@/lib/signing/mobile-sign-state";
import { CitizenCodeSteps } from "@/components/egov/citizen-code-steps";

/** The screens of the eGov mobile stand-in after the document card: IIN, code, sign. */
export function MobileSign({
  initial,
  step,
}: {
  initial: MobileSignState;
  step: (state: MobileSignState, form: FormData) => Promise<MobileSignState>;
}) {
  const t = useTranslations("signing.mobile");
  const [state, action, pending] = useActionState(step, initial);

  if (state.step === "unavailable") {
    return (
      <p className="card text-red-800" role="alert" data-testid="mobile-unavailable">
        {t("unavailable")}
      </p>
    );
  }
  if (state.step === "declined") {
    return (
      <p className="card" role="status" data-testid="mobile-declined">
        {t("declined")}
      </p>
    );
  }
  if (state.step === "done") {
    return (
      <div className="card space-y-2 border-green-300 bg-green-50" role="status" data-testid="mobile-signed">
        <p className="text-lg font-bold text-green-900">{t("signedTitle")}</p>
        <p>{t("signedText", { name: state.signerName })}</p>
      </div>
    );
  }

  return (
    <form action={action} className="card space-y-5" noValidate>
      {(state.step === "iin" || state.step === "otp") && (
        <CitizenCodeSteps state={state} t={t} heading="h2" iinTitle={t("iinTitle")} verifyButton={t("confirmCode")} pending={pending} />
      )}

      {state.step === "confirm" && (
        <>
          <h2 className="text-lg font-bold">{t("confirmTitle")}</h2>
          <p>{t("confirmText", { name: state.signerName })}</p>
          <dl className="space-y-1 text-sm">
            <dt className="text-slate-600">{t("child")}</dt>
            <dd className="font-semibold" data-testid="mobile-child">
              {state.childFullName}
            </dd>
            <dt className="text-slate-600">{t("fingerprint")}</dt>
            <dd className="font-mono text-xs break-all">{state.payloadSha256}</dd>
          </dl>
          {state.error && (
            <p className="font-semibold text-red-700" role="alert">
              {t(`errors.${state.error}`)}
            </p>
          )}
          <div className="flex flex-col gap-3">
            <button className="btn-primary w-full" name="intent" value="sign" disabled={pending}>
              {t("sign")}
            </button>
            <button className="btn-secondary w-full" name="intent" value="decline" disabled={pending}>
              {t("decline")}
            </button>
          </div>
        </>
      )}

      {state.step === "refused" && (
        <>
          <p className="font-semibold text-red-800" role="alert" data-testid="mobile-refused">
            {t("refused", { name: state.expectedSigner })}
          </p>
          <button className="btn-secondary w-full" name="intent" value="restart" disabled={pending}>
            {t("otherPerson")}
          </button>
        </>
      )}
    </form>
  );
}
