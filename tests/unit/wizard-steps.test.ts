import { describe, expect, it } from "@jest/globals";
import {
  applicablePages,
  firstIncompletePage,
  isPageReachable,
  nextPage,
  pagePath,
  previousPage,
  STEPS,
  stepOf,
  stepStates,
  type RoutingAnswers,
  type WizardFacts,
} from "@/lib/application/steps";

const noTransport: WizardFacts = { schoolHasTransport: false, documentsComplete: false };
const withTransport: WizardFacts = { schoolHasTransport: true, documentsComplete: false };

const child = { iin: "200314500137", specialNeeds: false };
const school = { byCatchment: true, schoolId: "sch-krg-63", language: "KK", classType: "GENERAL" };

describe("the four steps of seed 004", () => {
  it("are numbered 1–4 in the guide's order", () => {
    expect(STEPS.map((s) => [s.number, s.id])).toEqual([
      [1, "child"],
      [2, "school"],
      [3, "documents"],
      [4, "review"],
    ]);
    expect(stepOf("school/transport-address").id).toBe("school");
    expect(pagePath("abc", "school/way")).toBe("/cabinet/apply/abc/school/way");
  });
});

describe("routing", () => {
  it("asks the transport pages only when the school offers transport and the address differs", () => {
    expect(applicablePages({}, noTransport)).not.toContain("school/transport");
    expect(applicablePages({}, withTransport)).toContain("school/transport");
    expect(applicablePages({}, withTransport)).not.toContain("school/transport-address");
    const elsewhere: RoutingAnswers = { school: { ...school, transport: { needed: true, sameAsRegistration: false } } };
    expect(applicablePages(elsewhere, withTransport)).toContain("school/transport-address");
  });

  it("resumes at the first page not yet answered", () => {
    expect(firstIncompletePage({}, noTransport)).toBe("child");
    expect(firstIncompletePage({ child }, noTransport)).toBe("school/way");
    expect(firstIncompletePage({ child, school: { byCatchment: false } }, noTransport)).toBe("school/choose");
    expect(firstIncompletePage({ child, school: { byCatchment: true, schoolId: "x" } }, noTransport)).toBe("school/language");
    expect(firstIncompletePage({ child, school }, withTransport)).toBe("school/transport");
    expect(firstIncompletePage({ child, school }, noTransport)).toBe("documents");
    const consents = { dataCorrect: true, externalDataConsent: true };
    expect(firstIncompletePage({ child, school, documents: consents }, noTransport)).toBe("documents");
    expect(firstIncompletePage({ child, school, documents: consents }, { ...noTransport, documentsComplete: true })).toBe("review");
  });

  it("goes forward and back through the applicable pages", () => {
    expect(nextPage("child", { child }, noTransport)).toBe("school/way");
    expect(nextPage("school/language", { child, school }, noTransport)).toBe("documents");
    expect(nextPage("school/language", { child, school }, withTransport)).toBe("school/transport");
    const sameAddress: RoutingAnswers = { child, school: { ...school, transport: { needed: true, sameAsRegistration: true } } };
    expect(nextPage("school/transport", sameAddress, withTransport)).toBe("documents");
    const elsewhere: RoutingAnswers = { child, school: { ...school, transport: { needed: true, sameAsRegistration: false } } };
    expect(nextPage("school/transport", elsewhere, withTransport)).toBe("school/transport-address");
    expect(previousPage("documents", { child, school }, noTransport)).toBe("school/language");
    expect(previousPage("child", {}, noTransport)).toBeNull();
  });

  it("does not let a later page open before the earlier ones are answered", () => {
    expect(isPageReachable("school/way", { child }, noTransport)).toBe(true);
    expect(isPageReachable("school/language", { child }, noTransport)).toBe(false);
    expect(isPageReachable("review", { child, school }, noTransport)).toBe(false);
    expect(isPageReachable("school/transport-address", { child, school }, withTransport)).toBe(false);
  });

  it("marks the steps done, current and to do for the progress indicator", () => {
    expect(stepStates("school/choose", { child, school: { byCatchment: true } }, noTransport)).toEqual({
      child: "done",
      school: "current",
      documents: "todo",
      review: "todo",
    });
  });
});
