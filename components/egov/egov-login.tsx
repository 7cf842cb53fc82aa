"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import type { EgovLoginState } from "@/lib/server/stand-ins/egov-idp/interaction";
import { CitizenCodeSteps } from "./citizen-code-steps";

type Step = (state: EgovLoginState, form: FormData) => Promise<EgovLoginState>;

export function EgovLogin({ initial, action: step }: { initial: EgovLoginState; action: Step }) {
  const t = useTranslations("egov");
  const [state, action, pending] = useActionState(step, initial);
  const redirectTo = state.step === "redirect" ? state.to : null;
  useEffect(() => {
    // A full-page navigation, as a real IdP's 302 would be: the provider then sends the
    // browser on to the relying party's callback, a route handler that sets cookies.
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);

  if (state.step === "redirect") {
    return (
      <p className="card" role="status">
        {t("returning")}
      </p>
    );
  }

  if (state.step === "denied") {
    return (
      <p className="card text-red-800" role="alert">
        {t("expired")}
      </p>
    );
  }

  if (state.step === "locked") {
    return (
      <div className="card space-y-4">
        <p className="font-semibold text-red-800" role="alert" data-testid="egov-locked">
          {t("errors.otp_locked")}
        </p>
        <a className="btn-primary inline-block" href={state.to}>
          {t("backToService")}
        </a>
      </div>
    );
  }

  return (
    <form action={action} className="card space-y-5" noValidate>
      {(state.step === "iin" || state.step === "otp") && (
        <CitizenCodeSteps state={state} t={t} heading="h1" iinTitle={t("title")} verifyButton={t("signIn")} pending={pending} />
      )}

      {state.step === "consent" && (
        <>
          <h1 className="text-2xl font-bold">{t("consentTitle")}</h1>
          <p>{t("consentText", { name: state.name })}</p>
          <ul className="list-disc pl-6 text-slate-700">
            <li>{t("consentIin")}</li>
            <li>{t("consentName")}</li>
            <li>{t("consentPhone")}</li>
          </ul>
          <div className="flex flex-col gap-3 sm:flex-row">
            <button className="btn-primary flex-1" name="intent" value="allow" disabled={pending}>
              {t("allow")}
            </button>
            <button className="btn-secondary flex-1" name="intent" value="deny" disabled={pending}>
              {t("deny")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
