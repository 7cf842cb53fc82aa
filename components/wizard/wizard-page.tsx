import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { stepOf, stepStates, type PageId, type RoutingAnswers, type WizardFacts } from "@/lib/application/steps";
import { ERROR_SLOT_ID } from "@/lib/forms";
import { WizardProgress } from "./progress";

type Props = {
  page: PageId;
  answers: RoutingAnswers;
  facts: WizardFacts;
  backHref?: string | null;
  /** The page's heading; omit when the form's legend is the heading (one question per page). */
  title?: string;
  children: React.ReactNode;
};

/** The frame of every wizard page: progress, back link, step caption, heading, content. */
export async function WizardPageFrame({ page, answers, facts, backHref, title, children }: Props) {
  const t = await getTranslations("wizard");
  const step = stepOf(page);
  return (
    <div className="mx-auto max-w-3xl space-y-6" data-testid={`wizard-page-${page.replace("/", "-")}`}>
      <WizardProgress states={stepStates(page, answers, facts)} schoolWay={answers.school?.byCatchment} />
      {backHref && (
        <Link href={backHref} className="link inline-block" data-testid="back">
          <span aria-hidden>← </span>
          {t("back")}
        </Link>
      )}
      <div id={ERROR_SLOT_ID} />
      <p className="text-lg text-slate-600">
        {t("stepNumber", { number: step.number })} · {t(step.titleKey)}
      </p>
      {title && <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>}
      {children}
    </div>
  );
}
