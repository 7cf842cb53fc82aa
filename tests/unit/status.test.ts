import { describe, expect, it } from "@jest/globals";
import {
  allowedEvents,
  APPLICATION_EVENTS,
  APPLICATION_STATUSES,
  holdsSeat,
  isOpen,
  parentVisibleStatus,
  transition,
  type ApplicationEvent,
  type ApplicationStatus,
  type TransitionActor,
} from "@/lib/application/status";

// The X-1 table written out independently of the implementation.
const EXPECTED: ReadonlyArray<[ApplicationStatus, ApplicationEvent, TransitionActor, ApplicationStatus]> = [
  ["DRAFT", "SUBMIT", "PARENT", "UNDER_REVIEW"],
  ["UNDER_REVIEW", "CONFIRM_DOCUMENTS", "EXECUTOR", "DOCUMENTS_CONFIRMED"],
  ["DOCUMENTS_CONFIRMED", "SEND_TO_DIRECTOR", "EXECUTOR", "AWAITING_SIGNATURE"],
  ["AWAITING_SIGNATURE", "ACCEPT", "DIRECTOR", "ACCEPTED"],
  ["UNDER_REVIEW", "REJECT", "EXECUTOR", "REJECTED"],
  ["DOCUMENTS_CONFIRMED", "REJECT", "EXECUTOR", "REJECTED"],
  ["UNDER_REVIEW", "REJECT", "DIRECTOR", "REJECTED"],
  ["DOCUMENTS_CONFIRMED", "REJECT", "DIRECTOR", "REJECTED"],
  ["AWAITING_SIGNATURE", "REJECT", "DIRECTOR", "REJECTED"],
  ["UNDER_REVIEW", "WITHDRAW", "PARENT", "WITHDRAWN"],
  ["DOCUMENTS_CONFIRMED", "WITHDRAW", "PARENT", "WITHDRAWN"],
  ["AWAITING_SIGNATURE", "WITHDRAW", "PARENT", "WITHDRAWN"],
  ["ACCEPTED", "WITHDRAW", "PARENT", "WITHDRAWN"],
  ["ACCEPTED", "ENROL", "DIRECTOR", "ENROLLED"],
];

const ACTORS: readonly TransitionActor[] = ["PARENT", "EXECUTOR", "DIRECTOR", "SYSTEM"];
// Every input that is satisfiable: a comment, and a date well inside the withdrawal period.
const fine = { comment: "Құжаттар толық", today: "2026-07-01", admissionYear: 2026 };

describe("transition: allowed", () => {
  it.each(EXPECTED)("%s --%s by %s--> %s", (from, event, role, to) => {
    expect(transition({ from, event, role, ...fine })).toMatchObject({ ok: true, to });
  });
});

describe("transition: everything else is refused", () => {
  it("refuses every status × event × actor combination missing from the table", () => {
    for (const from of APPLICATION_STATUSES) {
      for (const event of APPLICATION_EVENTS) {
        for (const role of ACTORS) {
          const expected = EXPECTED.find(([f, e, r]) => f === from && e === event && r === role);
          const result = transition({ from, event, role, ...fine });
          expect({ from, event, role, ok: result.ok }).toEqual({ from, event, role, ok: expected !== undefined });
        }
      }
    }
  });

  it("names the wrong status", () => {
    expect(transition({ from: "REJECTED", event: "WITHDRAW", role: "PARENT", ...fine })).toEqual({
      ok: false,
      code: "NOT_ALLOWED_FROM_STATUS",
    });
    expect(transition({ from: "WITHDRAWN", event: "WITHDRAW", role: "PARENT", ...fine })).toMatchObject({
      code: "NOT_ALLOWED_FROM_STATUS",
    });
    expect(transition({ from: "DRAFT", event: "WITHDRAW", role: "PARENT", ...fine })).toMatchObject({
      code: "NOT_ALLOWED_FROM_STATUS",
    });
    expect(transition({ from: "UNDER_REVIEW", event: "ACCEPT", role: "DIRECTOR" })).toMatchObject({
      code: "NOT_ALLOWED_FROM_STATUS",
    });
    expect(transition({ from: "ENROLLED", event: "REJECT", role: "DIRECTOR", ...fine })).toMatchObject({
      code: "NOT_ALLOWED_FROM_STATUS",
    });
    expect(transition({ from: "UNDER_REVIEW", event: "SUBMIT", role: "PARENT" })).toMatchObject({
      code: "NOT_ALLOWED_FROM_STATUS",
    });
  });

  it("names the wrong role", () => {
    expect(transition({ from: "AWAITING_SIGNATURE", event: "REJECT", role: "EXECUTOR", ...fine })).toEqual({
      ok: false,
      code: "ROLE_NOT_ALLOWED",
    });
    expect(transition({ from: "AWAITING_SIGNATURE", event: "ACCEPT", role: "EXECUTOR" })).toMatchObject({
      code: "ROLE_NOT_ALLOWED",
    });
    expect(transition({ from: "DRAFT", event: "SUBMIT", role: "EXECUTOR" })).toMatchObject({
      code: "ROLE_NOT_ALLOWED",
    });
    expect(transition({ from: "UNDER_REVIEW", event: "WITHDRAW", role: "DIRECTOR", ...fine })).toMatchObject({
      code: "ROLE_NOT_ALLOWED",
    });
    // Roles outside the machine, such as the school administrator, fire nothing.
    expect(transition({ from: "ACCEPTED", event: "ENROL", role: "ADMINISTRATOR" })).toMatchObject({
      code: "ROLE_NOT_ALLOWED",
    });
  });

  it("requires a reason to reject and a comment to confirm", () => {
    for (const comment of [undefined, null, "", "   "]) {
      expect(transition({ from: "UNDER_REVIEW", event: "REJECT", role: "EXECUTOR", comment })).toEqual({
        ok: false,
        code: "COMMENT_REQUIRED",
      });
      expect(transition({ from: "AWAITING_SIGNATURE", event: "REJECT", role: "DIRECTOR", comment })).toMatchObject({
        code: "COMMENT_REQUIRED",
      });
      expect(transition({ from: "UNDER_REVIEW", event: "CONFIRM_DOCUMENTS", role: "EXECUTOR", comment })).toMatchObject({
        code: "COMMENT_REQUIRED",
      });
    }
    expect(transition({ from: "DOCUMENTS_CONFIRMED", event: "SEND_TO_DIRECTOR", role: "EXECUTOR" }).ok).toBe(true);
    expect(transition({ from: "AWAITING_SIGNATURE", event: "ACCEPT", role: "DIRECTOR" }).ok).toBe(true);
  });
});

describe("withdrawal period (P-9)", () => {
  const withdraw = (today: string) => transition({ from: "ACCEPTED", event: "WITHDRAW", role: "PARENT", today, admissionYear: 2026 });

  it("is open up to and including 31 August of the admission year", () => {
    expect(withdraw("2026-08-31")).toMatchObject({ ok: true, to: "WITHDRAWN" });
  });

  it("is over from 1 September", () => {
    expect(withdraw("2026-09-01")).toEqual({ ok: false, code: "WITHDRAWAL_PERIOD_OVER" });
    expect(withdraw("2027-01-15")).toEqual({ ok: false, code: "WITHDRAWAL_PERIOD_OVER" });
  });

  it("reports a wrong status before the deadline", () => {
    expect(transition({ from: "REJECTED", event: "WITHDRAW", role: "PARENT", today: "2026-09-01", admissionYear: 2026 })).toMatchObject({
      code: "NOT_ALLOWED_FROM_STATUS",
    });
  });

  it("throws when the caller forgets the date", () => {
    expect(() => transition({ from: "UNDER_REVIEW", event: "WITHDRAW", role: "PARENT" })).toThrow(TypeError);
  });
});

describe("allowedEvents", () => {
  it("lists what each actor may do from a status", () => {
    expect(allowedEvents("DRAFT", "PARENT")).toEqual(["SUBMIT"]);
    expect(allowedEvents("UNDER_REVIEW", "EXECUTOR").sort()).toEqual(["CONFIRM_DOCUMENTS", "REJECT"]);
    expect(allowedEvents("DOCUMENTS_CONFIRMED", "EXECUTOR").sort()).toEqual(["REJECT", "SEND_TO_DIRECTOR"]);
    expect(allowedEvents("AWAITING_SIGNATURE", "EXECUTOR")).toEqual([]);
    expect(allowedEvents("AWAITING_SIGNATURE", "DIRECTOR").sort()).toEqual(["ACCEPT", "REJECT"]);
    expect(allowedEvents("ACCEPTED", "DIRECTOR")).toEqual(["ENROL"]);
    expect(allowedEvents("ACCEPTED", "PARENT")).toEqual(["WITHDRAW"]);
    for (const closed of ["REJECTED", "WITHDRAWN", "ENROLLED"] as const) {
      for (const role of ACTORS) expect(allowedEvents(closed, role)).toEqual([]);
    }
  });
});

describe("status predicates", () => {
  it("isOpen: signed and unfinished", () => {
    const open = APPLICATION_STATUSES.filter(isOpen);
    expect(open).toEqual(["UNDER_REVIEW", "DOCUMENTS_CONFIRMED", "AWAITING_SIGNATURE", "ACCEPTED"]);
  });

  it("holdsSeat: open ones and enrolled", () => {
    const holding = APPLICATION_STATUSES.filter(holdsSeat);
    expect(holding).toEqual(["UNDER_REVIEW", "DOCUMENTS_CONFIRMED", "AWAITING_SIGNATURE", "ACCEPTED", "ENROLLED"]);
  });

  it("parents see DOCUMENTS_CONFIRMED as UNDER_REVIEW and everything else as is", () => {
    expect(parentVisibleStatus("DOCUMENTS_CONFIRMED")).toBe("UNDER_REVIEW");
    for (const s of APPLICATION_STATUSES.filter((x) => x !== "DOCUMENTS_CONFIRMED")) {
      expect(parentVisibleStatus(s)).toBe(s);
    }
  });
});
