import { getLocale, getTranslations } from "next-intl/server";
import { pagePath, previousPage, type PageId } from "@/lib/application/steps";
import { pickName, pickText, type Locale } from "@/lib/i18n/locales";
import { env } from "@/lib/server/env";
import { SignAndSubmit } from "@/components/wizard/sign-and-submit";
import { prepareSubmissionAction, submitApplicationAction } from "../../../applications/actions";
import { SummaryList } from "@/components/wizard/summary-list";
import type { SummaryRow } from "@/lib/application/wizard-views";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { ClosedPanel } from "../../_lib/closed-panel";
import { longDate } from "../../_lib/form-actions";
import { loadPage } from "../../_lib/load-page";
import { transportAddressText } from "@/lib/server/applications/transport-address-text";

type Props = { params: Promise<{ draftId: string }> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("review.title") };
}

/** Step 4 (P-6): everything read-only, a "Change" link into each step, then signing. */
export default async function ReviewPage({ params }: Props) {
  const { draftId } = await params;
  const { parent, state } = await loadPage(draftId, "review");
  const t = await getTranslations("wizard");
  const languageName = await getTranslations("languages");
  const classTypeName = await getTranslations("classTypes");
  const locale = (await getLocale()) as Locale;
  const { answers, academicYear } = state.draft;
  const { child, school } = state;
  const change = (page: PageId) => `${pagePath(draftId, page)}?change=1`;
  const back = previousPage("review", answers, state.facts);
  const transport = answers.school?.transport;

  const applicant: SummaryRow[] = [
    { key: "iin", label: t("child.iin"), value: parent.iin },
    { key: "name", label: t("child.fullName"), value: parent.fullName },
    { key: "phone", label: t("child.phone"), value: parent.phone ?? "—" },
    {
      key: "extra",
      label: t("review.extraPhone"),
      value: answers.applicant?.extraPhone ?? t("review.none"),
      changeHref: change("child"),
      testId: "review-extra-phone",
    },
  ];
  const childRows: SummaryRow[] = [
    {
      key: "name",
      label: t("child.fullName"),
      value: child?.fullName ?? state.draft.childIin,
      changeHref: change("child"),
      testId: "review-child",
    },
    { key: "iin", label: t("child.iin"), value: state.draft.childIin },
    { key: "born", label: t("review.birthDate"), value: child ? await longDate(child.birthDate) : "—" },
    {
      key: "address",
      label: t("review.address"),
      value: child?.address ? pickText(child.address.textKk, child.address.textRu, locale) : "—",
    },
    {
      key: "sen",
      label: t("review.specialNeeds"),
      value: answers.child?.specialNeeds ? t("yes") : t("no"),
      changeHref: change("child"),
      testId: "review-special-needs",
    },
  ];
  const schoolRows: SummaryRow[] = [
    {
      key: "way",
      label: t("review.way"),
      value: answers.school?.byCatchment ? t("review.byCatchment") : t("review.outside"),
      changeHref: change("school/way"),
      testId: "review-way",
    },
    {
      key: "school",
      label: t("review.schoolName"),
      value: school ? pickName(school, locale) : "—",
      changeHref: change("school/choose"),
      testId: "review-school",
    },
    {
      key: "language",
      label: t("review.language"),
      value: answers.school?.language ? languageName(answers.school.language) : "—",
      changeHref: change("school/language"),
      testId: "review-language",
    },
    { key: "class", label: t("review.classType"), value: answers.school?.classType ? classTypeName(answers.school.classType) : "—" },
    { key: "form", label: t("review.studyForm"), value: t("review.studyFormValue", { year: academicYear }) },
  ];
  if (state.facts.schoolHasTransport && transport) {
    schoolRows.push({
      key: "transport",
      label: t("review.transport"),
      value: !transport.needed
        ? t("review.transportNo")
        : transport.sameAsRegistration || !transport.address
          ? t("review.transportSame")
          : t("review.transportOther", { address: await transportAddressText(transport.address, locale) }),
      changeHref: change("school/transport"),
      testId: "review-transport",
    });
  }
  const documentRows: SummaryRow[] = await Promise.all(
    state.documents.documents.map(async (doc, i) => ({
      key: doc.id,
      label: t(`documents.kinds.${doc.kind}`),
      value: [
        doc.fileName,
        doc.source === "HEALTH_SYSTEM" ? t("review.received") : t("review.uploaded"),
        doc.validUntil ? t("review.validUntil", { date: await longDate(doc.validUntil) }) : null,
      ]
        .filter(Boolean)
        .join(" · "),
      changeHref: i === 0 ? change("documents") : undefined,
      testId: `review-document-${doc.kind}`,
    })),
  );
  documentRows.push({ key: "consents", label: t("review.consents"), value: t("review.consentsGiven"), changeHref: change("documents") });

  const sections: [string, SummaryRow[], string][] = [
    [t("review.applicant"), applicant, "review-applicant"],
    [t("review.child"), childRows, "review-child-section"],
    [t("review.school"), schoolRows, "review-school-section"],
    [t("review.documents"), documentRows, "review-documents"],
  ];

  return (
    <WizardPageFrame
      page="review"
      answers={answers}
      facts={state.facts}
      backHref={back && pagePath(draftId, back)}
      title={t("review.title")}
    >
      <p className="text-slate-700">{t("review.intro")}</p>
      {school && <ClosedPanel draftId={draftId} schoolId={school.id} />}
      {sections.map(([title, rows, testId]) => (
        <section key={testId} className="card" aria-labelledby={`${testId}-title`} data-testid={testId}>
          <h2 id={`${testId}-title`} className="text-xl font-bold">
            {title}
          </h2>
          <SummaryList rows={rows} changeText={t("review.change")} />
        </section>
      ))}
      <SignAndSubmit
        draftId={draftId}
        baseUrl={env().APP_BASE_URL}
        actions={{ prepare: prepareSubmissionAction, submit: submitApplicationAction }}
      />
    </WizardPageFrame>
  );
}
