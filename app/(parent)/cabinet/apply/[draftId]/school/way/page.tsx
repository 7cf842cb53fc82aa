import { getTranslations } from "next-intl/server";
import { pagePath, previousPage } from "@/lib/application/steps";
import { yesNoValue } from "@/lib/forms";
import { RadioGroup } from "@/components/wizard/fields";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { isChange, loadPage } from "../../../_lib/load-page";
import { saveWayAction } from "../actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("way.title") };
}

/** P-4: «Мектепті шағын аудан бойынша таңдау қажет пе?» — one question. */
export default async function SchoolWayPage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const { state } = await loadPage(draftId, "school/way");
  const t = await getTranslations("wizard");
  const { answers } = state.draft;
  const back = previousPage("school/way", answers, state.facts);
  const current = answers.school?.byCatchment;
  return (
    <WizardPageFrame page="school/way" answers={answers} facts={state.facts} backHref={back && pagePath(draftId, back)}>
      <WizardForm
        action={saveWayAction}
        draftId={draftId}
        submitLabel={t("continue")}
        testId="way-form"
        hidden={isChange(await searchParams) ? { returnTo: "review" } : undefined}
      >
        <RadioGroup
          name="byCatchment"
          legend={t("way.title")}
          legendAsHeading
          hint={
            <div className="space-y-2">
              <p>{t("way.microdistrict")}</p>
              <p>{t("way.quota")}</p>
            </div>
          }
          defaultValue={yesNoValue(current)}
          options={[
            { value: "yes", label: t("yes"), hint: t("way.yesHint"), testId: "way-yes" },
            { value: "no", label: t("no"), hint: t("way.noHint"), testId: "way-no" },
          ]}
        />
      </WizardForm>
    </WizardPageFrame>
  );
}
