import { getTranslations } from "next-intl/server";
import { pagePath, previousPage } from "@/lib/application/steps";
import { AddressCascadeForm } from "@/components/wizard/address-cascade-form";
import { TextField } from "@/components/wizard/fields";
import { FieldAnchor } from "@/components/forms/field-anchor";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { cascadeView } from "@/lib/server/catchments/cascade-view";
import { isChange, loadPage } from "../../../_lib/load-page";
import { saveTransportAddressAction } from "../transport-actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("transport.addressTitle") };
}

/** P-4a: region / city, district, (rural district, settlement), then the address as written. */
export default async function TransportAddressPage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const query = await searchParams;
  const { state } = await loadPage(draftId, "school/transport-address");
  const t = await getTranslations("wizard");
  const { answers } = state.draft;
  const back = previousPage("school/transport-address", answers, state.facts);
  const stored = answers.school?.transport?.address ?? null;
  const deepest = stored ? (stored.settlementId ?? stored.ruralDistrictId ?? stored.districtId) : null;
  const { cascade, levels } = await cascadeView(query, deepest);
  const change = isChange(query);
  const picks = Object.fromEntries(cascade.path.map((unit, i) => [`u${i}`, unit.id]));

  return (
    <WizardPageFrame
      page="school/transport-address"
      answers={answers}
      facts={state.facts}
      backHref={back && pagePath(draftId, back)}
      title={t("transport.addressTitle")}
    >
      <p className="text-slate-700">{t("transport.addressHint")}</p>
      <section className="card" aria-label={t("choose.areaTitle")}>
        <FieldAnchor name="cascade" />
        <AddressCascadeForm
          levels={levels}
          keep={change ? { change: "1" } : undefined}
          submitLabel={t("transport.showLevels")}
          testId="cascade"
        />
      </section>
      <WizardForm
        action={saveTransportAddressAction}
        draftId={draftId}
        submitLabel={t("continue")}
        testId="transport-address-form"
        hidden={{ ...picks, ...(change ? { returnTo: "review" } : {}) }}
      >
        <TextField name="street" label={t("transport.street")} defaultValue={stored?.street ?? ""} autoComplete="address-line1" />
        <TextField name="house" label={t("transport.house")} defaultValue={stored?.house ?? ""} width="short" />
        <TextField name="apartment" label={t("transport.apartment")} defaultValue={stored?.apartment ?? ""} width="short" />
      </WizardForm>
    </WizardPageFrame>
  );
}
