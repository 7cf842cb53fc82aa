import { getLocale, getTranslations } from "next-intl/server";
import { pagePath, previousPage } from "@/lib/application/steps";
import { pickText, type Locale } from "@/lib/i18n/locales";
import { findCatchmentSchools } from "@/lib/server/catchments/find-catchment-schools";
import { listChoiceSchools } from "@/lib/server/schools/list-choice-schools";
import type { SchoolOption } from "@/lib/server/schools/school-option";
import { AddressCascadeForm } from "@/components/wizard/address-cascade-form";
import { RadioGroup } from "@/components/wizard/fields";
import { SwitchOutsideButton } from "@/components/wizard/switch-outside-button";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { cascadeView } from "@/lib/server/catchments/cascade-view";
import { isChange, loadPage } from "../../../_lib/load-page";
import { schoolRadioOptions } from "../../../_lib/school-options";
import { saveChoiceAction, switchToOutsideAction } from "../actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("choose.title") };
}

/** P-4: the school — by microdistrict from the registration address, or by the cascade. */
export default async function SchoolChoosePage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const query = await searchParams;
  const { state } = await loadPage(draftId, "school/choose");
  const t = await getTranslations("wizard");
  const locale = (await getLocale()) as Locale;
  const { answers, academicYear, childIin } = state.draft;
  const byCatchment = answers.school?.byCatchment === true;
  const back = previousPage("school/choose", answers, state.facts);
  const change = isChange(query);
  /** The schools to choose from, as radios; `hint` for the schools that admit by choice. */
  const schoolForm = async (schools: SchoolOption[], hint?: string) => (
    <WizardForm
      action={saveChoiceAction}
      draftId={draftId}
      submitLabel={t("continue")}
      testId="choose-form"
      hidden={change ? { returnTo: "review" } : undefined}
    >
      <RadioGroup
        name="schoolId"
        legend={t("choose.schoolLegend")}
        hint={hint}
        options={await schoolRadioOptions(schools)}
        defaultValue={answers.school?.schoolId}
      />
    </WizardForm>
  );

  let body: React.ReactNode;
  if (byCatchment) {
    const { address, schools } = await findCatchmentSchools(childIin, academicYear);
    body = (
      <>
        <section className="card" aria-label={t("choose.registrationAddress")}>
          <p className="text-slate-500">{t("choose.registrationAddress")}</p>
          <p className="font-semibold" data-testid="registration-address">
            {address ? pickText(address.textKk, address.textRu, locale) : "—"}
          </p>
        </section>
        {schools.length === 0 ? (
          <div className="space-y-4">
            <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 font-semibold" role="status" data-testid="not-attached">
              {address ? t("choose.notAttached") : t("choose.noRegistration")}
            </p>
            <SwitchOutsideButton action={switchToOutsideAction} draftId={draftId} label={t("choose.applyOutside")} />
          </div>
        ) : (
          await schoolForm(schools)
        )}
      </>
    );
  } else {
    const { cascade, levels } = await cascadeView(query, state.school?.addressUnitId);
    const deepEnough = cascade.selected !== null && cascade.selected.level !== "REGION";
    const schools = deepEnough && cascade.selected ? await listChoiceSchools(cascade.selected.id, academicYear) : [];
    body = (
      <>
        <section className="card space-y-3">
          <h2 className="text-xl font-bold">{t("choose.areaTitle")}</h2>
          <AddressCascadeForm
            levels={levels}
            keep={change ? { change: "1" } : undefined}
            submitLabel={t("choose.showSchools")}
            testId="cascade"
          />
        </section>
        {!deepEnough ? (
          <p className="text-slate-700" data-testid="pick-area">
            {t("choose.pickArea")}
          </p>
        ) : schools.length === 0 ? (
          <p className="card" data-testid="no-choice-schools">
            {t("choose.noChoiceSchools")}
          </p>
        ) : (
          await schoolForm(schools, t("choose.onlyByChoice"))
        )}
      </>
    );
  }

  return (
    <WizardPageFrame
      page="school/choose"
      answers={answers}
      facts={state.facts}
      backHref={back && pagePath(draftId, back)}
      title={t("choose.title")}
    >
      <dl className="grid grid-cols-3 gap-3 rounded-md bg-slate-100 p-3 text-sm" data-testid="study-form">
        <div>
          <dt className="text-slate-500">{t("choose.studyForm")}</dt>
          <dd className="font-semibold">{t("choose.fullTime")}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("choose.academicYear")}</dt>
          <dd className="font-semibold">{academicYear}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("choose.grade")}</dt>
          <dd className="font-semibold">1</dd>
        </div>
      </dl>
      {body}
    </WizardPageFrame>
  );
}
