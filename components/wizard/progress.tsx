import { getTranslations } from "next-intl/server";
import { STEPS, type StepId, type StepState } from "@/lib/application/steps";

type Props = {
  states: Record<StepId, StepState>;
  /** The way chosen at step 2, for its subtitle (seed 004, Figure 14: «Шағын аудан бойынша»). */
  schoolWay?: boolean;
};

/** The four steps of seed 004 with their names, the current one marked for screen readers too. */
export async function WizardProgress({ states, schoolWay }: Props) {
  const t = await getTranslations("wizard");
  return (
    <nav aria-label={t("progressLabel")} data-testid="wizard-progress">
      <ol className="grid grid-cols-4 gap-1 sm:gap-3">
        {STEPS.map((step) => {
          const state = states[step.id];
          const subtitle =
            step.id === "school" && schoolWay !== undefined
              ? t(schoolWay ? "steps.school.subtitleCatchment" : "steps.school.subtitleOutside")
              : t(step.subtitleKey);
          return (
            <li
              key={step.id}
              aria-current={state === "current" ? "step" : undefined}
              data-state={state}
              data-testid={`progress-${step.id}`}
              className={`border-t-4 pt-2 ${
                state === "current" ? "border-brand-600" : state === "done" ? "border-green-700" : "border-slate-300"
              }`}
            >
              <span className="block text-xs font-semibold uppercase text-slate-500">
                {t("stepNumber", { number: step.number })}
                <span className="sr-only"> ({t(`stepState.${state}`)})</span>
              </span>
              <span className={`block text-sm leading-tight sm:text-base ${state === "current" ? "font-bold" : ""}`}>
                {state === "done" && (
                  <span aria-hidden className="text-green-700">
                    ✓{" "}
                  </span>
                )}
                {t(step.titleKey)}
              </span>
              <span className="hidden text-xs text-slate-600 sm:block">{subtitle}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
