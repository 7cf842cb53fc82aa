"use client";

import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import { egovStep, type EgovLoginState } from "@/app/egov-idp/authorize/actions";
import { CodeStep, IinStep } from "./citizen-code-steps";

export function EgovLogin({ initial }: { initial: EgovLoginState }) {
  const t = useTranslations("egov");
  const [state, action, pending] = useActionState(egovStep, initial);
  const redirectTo = state.step === "redirect" ? state.to : null;
  useEffect(() => {
    if (redirectTo) window.location.assign(redirectTo);
  }, [redirectTo]);

  if (state.step === "redirect") {
    return <p className="card" role="status">{t("returning")}</p>;
  }

  if (state.step === "denied") {
    return <p className="card text-red-800" role="alert">{t("expired")}</p>;
  }

  return (
    <form action={action} className="card space-y-5" noValidate>
      {state.step === "iin" && (
        <IinStep
          heading="h1"
          title={t("title")}
          intro={t("iinIntro")}
          label={t("iin")}
          button={t("sendCode")}
          error={state.error ? t(`errors.${state.error}`) : undefined}
          defaultValue={state.iin}
          pending={pending}
        />
      )}

      {state.step === "otp" && (
        <CodeStep
          heading="h1"
          title={t("otpTitle")}
          sent={t("otpSent", { phone: state.phone })}
          demoLabel={t("demoCode")}
          demoCode={state.demoCode}
          label={t("code")}
          button={t("signIn")}
          error={state.error ? t(`errors.${state.error}`) : undefined}
          pending={pending}
        />
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
