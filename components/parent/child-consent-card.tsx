"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState, FormAction } from "@/lib/forms";

export type ConsentActions = { request: FormAction; reply: FormAction };

type Props = {
  child: { iin: string; fullName: string; birthDate: string; sex: string; address: string; age: string };
  consent: { status: "REQUESTED" | "CONFIRMED"; code: string } | null;
  sms: string | null;
  actions: ConsentActions;
};

export function ChildConsentCard({ child, consent, sms, actions }: Props) {
  const t = useTranslations("children");
  const [requestState, request, requesting] = useActionState<ActionState, FormData>(actions.request, null);
  const [replyState, reply, replying] = useActionState<ActionState, FormData>(actions.reply, null);
  const error = [replyState, requestState].map((state) => (state && !state.ok ? (state.formError?.message ?? null) : null)).find(Boolean);

  return (
    <article className="card space-y-3" data-testid={`child-${child.iin}`}>
      <h2 className="text-xl font-bold">{child.fullName}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">{t("iin")}</dt>
        <dd className="font-mono">{child.iin}</dd>
        <dt className="text-slate-500">{t("birthDate")}</dt>
        <dd>{child.birthDate}</dd>
        <dt className="text-slate-500">{t("sex")}</dt>
        <dd>{child.sex}</dd>
        <dt className="text-slate-500">{t("address")}</dt>
        <dd>{child.address}</dd>
        <dt className="text-slate-500">{t("ageRule")}</dt>
        <dd>{child.age}</dd>
      </dl>

      {error && (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-800">
          {error}
        </p>
      )}

      {consent?.status === "CONFIRMED" ? (
        <p className="rounded-md bg-green-50 p-2 font-semibold text-green-800" data-testid="consent-confirmed">
          ✓ {t("consentGiven")}
        </p>
      ) : consent?.status === "REQUESTED" ? (
        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          <p className="font-semibold">{t("consentRequested")}</p>
          {sms && (
            <p className="rounded-md bg-white p-2 text-sm shadow-inner" data-testid="consent-sms">
              <span className="block text-xs font-semibold text-slate-500">{t("smsFrom1414")}</span>
              {sms}
            </p>
          )}
          <form action={reply} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="childIin" value={child.iin} />
            <div className="flex-1">
              <label htmlFor={`reply-${child.iin}`} className="label text-sm">
                {t("replyLabel")}
              </label>
              <input id={`reply-${child.iin}`} name="reply" inputMode="numeric" maxLength={20} className="input" />
            </div>
            <button className="btn-primary" disabled={replying}>
              {t("sendReply")}
            </button>
          </form>
          <form action={request}>
            <input type="hidden" name="childIin" value={child.iin} />
            <button className="link text-sm" disabled={requesting}>
              {t("resend")}
            </button>
          </form>
        </div>
      ) : (
        <form action={request}>
          <input type="hidden" name="childIin" value={child.iin} />
          <button className="btn-primary w-full sm:w-auto" disabled={requesting}>
            {t("requestConsent")}
          </button>
        </form>
      )}
    </article>
  );
}
