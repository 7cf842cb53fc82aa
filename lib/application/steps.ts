// The wizard's four steps (seed 004: «1-қадам … 4-қадам») and their pages, one question per
// page. This list drives the progress indicator, the routing (next page, resume at the first
// incomplete page) and the check-answers page. Pure: whatever needs the database (does the
// school offer transport, are the documents all there) comes in as `WizardFacts`.

export const STEP_IDS = ["child", "school", "documents", "review"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const PAGE_IDS = [
  "child",
  "school/way",
  "school/choose",
  "school/language",
  "school/transport",
  "school/transport-address",
  "documents",
  "review",
] as const;
export type PageId = (typeof PAGE_IDS)[number];

export type StepDefinition = {
  id: StepId;
  /** 1-based, as the guide numbers them. */
  number: number;
  /** Keys under "wizard.steps.<id>": title and subtitle of the progress indicator. */
  titleKey: string;
  subtitleKey: string;
  pages: readonly PageId[];
};

export const STEPS: readonly StepDefinition[] = [
  { id: "child", number: 1, titleKey: "steps.child.title", subtitleKey: "steps.child.subtitle", pages: ["child"] },
  {
    id: "school",
    number: 2,
    titleKey: "steps.school.title",
    subtitleKey: "steps.school.subtitle",
    pages: ["school/way", "school/choose", "school/language", "school/transport", "school/transport-address"],
  },
  {
    id: "documents",
    number: 3,
    titleKey: "steps.documents.title",
    subtitleKey: "steps.documents.subtitle",
    pages: ["documents"],
  },
  { id: "review", number: 4, titleKey: "steps.review.title", subtitleKey: "steps.review.subtitle", pages: ["review"] },
];

export function stepOf(page: PageId): StepDefinition {
  const step = STEPS.find((s) => s.pages.includes(page));
  if (!step) throw new Error(`page ${page} belongs to no step`);
  return step;
}

/** The address of a page of a draft ("new" before step 1 is saved). */
export function pagePath(draftId: string, page: PageId): string {
  return `/cabinet/apply/${draftId}/${page}`;
}

/** What the routing needs to know beyond the answers themselves. */
export type WizardFacts = {
  /** P-4a: the chosen school offers free transport. */
  schoolHasTransport: boolean;
  /** P-5: every required document is attached. */
  documentsComplete: boolean;
};

/** A loose view of the stored answers: only what decides which page comes next. */
export type RoutingAnswers = {
  child?: { iin?: string; specialNeeds?: boolean };
  school?: {
    byCatchment?: boolean;
    schoolId?: string;
    language?: string;
    classType?: string;
    transport?: { needed?: boolean; sameAsRegistration?: boolean; address?: unknown };
  };
  documents?: { dataCorrect?: boolean; externalDataConsent?: boolean };
};

/** Whether a page is asked at all for these answers (transport pages depend on the school). */
export function isPageApplicable(page: PageId, answers: RoutingAnswers, facts: WizardFacts): boolean {
  if (page === "school/transport") return facts.schoolHasTransport;
  if (page === "school/transport-address") {
    const transport = answers.school?.transport;
    return facts.schoolHasTransport && transport?.needed === true && transport.sameAsRegistration === false;
  }
  return true;
}

/** Whether a page's question has been answered (the review page never is: it is the end). */
export function isPageAnswered(page: PageId, answers: RoutingAnswers, facts: WizardFacts): boolean {
  const school = answers.school;
  switch (page) {
    case "child":
      return typeof answers.child?.iin === "string" && typeof answers.child.specialNeeds === "boolean";
    case "school/way":
      return typeof school?.byCatchment === "boolean";
    case "school/choose":
      return typeof school?.schoolId === "string" && school.schoolId !== "";
    case "school/language":
      return typeof school?.language === "string" && typeof school.classType === "string";
    case "school/transport":
      return typeof school?.transport?.needed === "boolean" && typeof school.transport.sameAsRegistration === "boolean";
    case "school/transport-address":
      return school?.transport?.address !== undefined && school.transport.address !== null;
    case "documents":
      return facts.documentsComplete && answers.documents?.dataCorrect === true && answers.documents.externalDataConsent === true;
    case "review":
      return false;
  }
}

/** The pages this draft asks, in order. */
export function applicablePages(answers: RoutingAnswers, facts: WizardFacts): PageId[] {
  return PAGE_IDS.filter((page) => isPageApplicable(page, answers, facts));
}

/** Where a returning parent resumes: the first page not yet answered (the review when all are). */
export function firstIncompletePage(answers: RoutingAnswers, facts: WizardFacts): PageId {
  return applicablePages(answers, facts).find((page) => !isPageAnswered(page, answers, facts)) ?? "review";
}

/** The page after `page` for these (just saved) answers. */
export function nextPage(page: PageId, answers: RoutingAnswers, facts: WizardFacts): PageId {
  const pages = applicablePages(answers, facts);
  const index = pages.indexOf(page);
  return pages[index + 1] ?? "review";
}

/** The page before `page`, for the "Back" link. */
export function previousPage(page: PageId, answers: RoutingAnswers, facts: WizardFacts): PageId | null {
  const pages = applicablePages(answers, facts);
  const index = pages.indexOf(page);
  return index > 0 ? (pages[index - 1] ?? null) : null;
}

/**
 * Whether a page may be shown now: every applicable page before it must be answered. A parent
 * who types the address of a later page is sent back to the first gap instead.
 */
export function isPageReachable(page: PageId, answers: RoutingAnswers, facts: WizardFacts): boolean {
  const pages = applicablePages(answers, facts);
  const index = pages.indexOf(page);
  if (index < 0) return false;
  return pages.slice(0, index).every((p) => isPageAnswered(p, answers, facts));
}

export type StepState = "done" | "current" | "todo";

/** The progress indicator's state for each of the four steps. */
export function stepStates(current: PageId, answers: RoutingAnswers, facts: WizardFacts): Record<StepId, StepState> {
  const currentStep = stepOf(current).id;
  const result = {} as Record<StepId, StepState>;
  for (const step of STEPS) {
    if (step.id === currentStep) result[step.id] = "current";
    else {
      const pages = step.pages.filter((p) => isPageApplicable(p, answers, facts));
      result[step.id] = step.id !== "review" && pages.every((p) => isPageAnswered(p, answers, facts)) ? "done" : "todo";
    }
  }
  return result;
}
