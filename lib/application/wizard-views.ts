// What the wizard's pages hand its components: the shapes shared by app/ (which builds them)
// and components/ (which shows them), kept here so neither imports types from the other.
import type { ReactNode } from "react";

/** One answer of a radio question. */
export type RadioOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  testId?: string;
  /** Shown only while this option is chosen (a CSS sibling rule: works without JavaScript). */
  conditional?: ReactNode;
};

/** One row of the check-answers page: label, answer, and a "Change" link back into the step. */
export type SummaryRow = { key: string; label: string; value: ReactNode; changeHref?: string; changeLabel?: string; testId?: string };

/** One level of the address cascade (region → district → …). */
export type CascadeLevelView = {
  /** Catalogue key under wizard.choose.level. */
  levelKey: "REGION" | "DISTRICT" | "RURAL_DISTRICT" | "SETTLEMENT";
  options: { id: string; name: string }[];
  selectedId: string | null;
};
