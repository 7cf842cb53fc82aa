import { getLocale, getTranslations } from "next-intl/server";
import { pagePath, previousPage } from "@/lib/application/steps";
import { pickText, type Locale } from "@/lib/i18n/locales";
import { yesNoValue } from "@/lib/forms";
import { RadioGroup } from "@/components/wizard/fields";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { ClosedPanel, isWindowOpen } from "../../../_lib/closed-panel";
import { isChange, loadPage } from "../../../_lib/load-page";
import { saveTransportAction } from "../transport-actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("transport.title") };
}

/** P-4a (Figure 16): offered only when the chosen school provides free transport. */
export default async function TransportPage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const { state } = await loadPage(draftId, "school/transport");
  const t = await getTranslations("wizard");
  const locale = (await getLocale()) as Locale;
  const { answers } = state.draft;
  const back = previousPage("school/transport", answers, state.facts);
  const transport = answers.school?.transport;
  const address = state.child?.address;
  const open = state.school ? await isWindowOpen(state.school.id) : false;

  return (
    <WizardPageFrame page="school/transport" answers={answers} facts={state.facts} backHref={back && pagePath(draftId, back)}>
      {state.school && <ClosedPanel draftId={draftId} schoolId={state.school.id} />}
      <WizardForm
        action={saveTransportAction}
        draftId={draftId}
        submitLabel={t("continue")}
        testId="transport-form"
        blocked={!open}
        hidden={isChange(await searchParams) ? { returnTo: "review" } : undefined}
      >
        <RadioGroup
          name="needed"
          legend={t("transport.title")}
          legendAsHeading
          hint={
            <div className="space-y-1">
              <p>{t("transport.intro")}</p>
              <p>{t("transport.decision")}</p>
            </div>
          }
          defaultValue={yesNoValue(transport?.needed)}
          options={[
            {
              value: "yes",
              label: t("transport.neededYes"),
              testId: "transport-yes",
              conditional: (
                <RadioGroup
                  name="sameAsRegistration"
                  legend={t("transport.sameLegend")}
                  hint={address ? t("transport.registration", { address: pickText(address.textKk, address.textRu, locale) }) : undefined}
                  defaultValue={transport?.needed ? yesNoValue(transport.sameAsRegistration) : undefined}
                  options={[
                    { value: "yes", label: t("transport.sameYes"), testId: "same-yes" },
                    { value: "no", label: t("transport.sameNo"), testId: "same-no" },
                  ]}
                />
              ),
            },
            { value: "no", label: t("transport.neededNo"), testId: "transport-no" },
          ]}
        />
      </WizardForm>
    </WizardPageFrame>
  );
}
