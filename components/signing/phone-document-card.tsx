import { useTranslations } from "next-intl";
import type { SigningPurposeName } from "@/lib/signing/purposes";

/** What is being signed, as the eGov mobile stand-in shows it at the top of the screen. */
export function PhoneDocumentCard(props: { purpose: SigningPurposeName; applicationNumber: number; school: string; child: string }) {
  const t = useTranslations("signing");
  return (
    <section className="card space-y-3" aria-labelledby="phone-document-title" data-testid="mobile-document">
      <p className="text-sm font-semibold text-slate-600">{t("mobile.documentHeading")}</p>
      <h1 id="phone-document-title" className="text-xl font-bold">
        {t(`purposes.${props.purpose}`)}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("mobile.applicationNumber")}</dt>
        <dd className="font-semibold">№ {props.applicationNumber}</dd>
        <dt className="text-slate-600">{t("mobile.child")}</dt>
        <dd>{props.child}</dd>
        <dt className="text-slate-600">{t("mobile.school")}</dt>
        <dd>{props.school}</dd>
      </dl>
    </section>
  );
}
