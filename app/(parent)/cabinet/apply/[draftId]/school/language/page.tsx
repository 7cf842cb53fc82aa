import { getLocale, getTranslations } from "next-intl/server";
import { pagePath, previousPage } from "@/lib/application/steps";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { getSeatOptions } from "@/lib/server/schools/get-seat-options";
import { RadioGroup } from "@/components/wizard/fields";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { ClosedPanel, isWindowOpen } from "../../../_lib/closed-panel";
import { isChange, loadPage } from "../../../_lib/load-page";
import { saveSeatAction } from "../actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("language.title") };
}

/** P-4: the language of instruction (and class type) with the free seats shown live. */
export default async function SchoolLanguagePage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const { state } = await loadPage(draftId, "school/language");
  const t = await getTranslations("wizard");
  const languageName = await getTranslations("languages");
  const classTypeName = await getTranslations("classTypes");
  const locale = (await getLocale()) as Locale;
  const { answers, academicYear } = state.draft;
  const school = state.school;
  const byCatchment = answers.school?.byCatchment === true;
  const back = previousPage("school/language", answers, state.facts);
  const seats = school ? await getSeatOptions(school.id, academicYear, byCatchment) : [];
  const open = school ? await isWindowOpen(school.id) : false;
  const current =
    answers.school?.language && answers.school.classType ? `${answers.school.classType}:${answers.school.language}` : undefined;

  return (
    <WizardPageFrame page="school/language" answers={answers} facts={state.facts} backHref={back && pagePath(draftId, back)}>
      {school && (
        <p className="text-lg font-semibold" data-testid="chosen-school">
          {pickName(school, locale)}
        </p>
      )}
      {school && <ClosedPanel draftId={draftId} schoolId={school.id} />}
      {seats.length === 0 ? (
        <>
          <h1 className="text-2xl font-bold sm:text-3xl">{t("language.title")}</h1>
          <p className="card" data-testid="no-seats">
            {t("language.noSeats")}
          </p>
        </>
      ) : (
        <WizardForm
          action={saveSeatAction}
          draftId={draftId}
          submitLabel={t("continue")}
          testId="language-form"
          blocked={!open}
          hidden={isChange(await searchParams) ? { returnTo: "review" } : undefined}
        >
          <RadioGroup
            name="seat"
            legend={t("language.title")}
            legendAsHeading
            hint={
              <div className="space-y-1">
                <p>{t("language.hint")}</p>
                {!byCatchment && <p>{t("language.quotaOutside")}</p>}
              </div>
            }
            defaultValue={current}
            options={seats.map((seat) => ({
              value: `${seat.classType}:${seat.language}`,
              label: t("language.option", { language: languageName(seat.language), classType: classTypeName(seat.classType) }),
              hint: t("language.free", { count: seat.free }),
              disabled: seat.free <= 0,
              testId: `seat-${seat.classType}-${seat.language}`,
            }))}
          />
        </WizardForm>
      )}
    </WizardPageFrame>
  );
}
