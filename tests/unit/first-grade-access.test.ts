import { describe, expect, it } from "@jest/globals";
import { ROLES, can, rolesWith } from "@/lib/auth/permissions";
import {
  FIRST_GRADE_SERVICE,
  SEES_ALL_ROLES,
  SERVICE_ASSIGNEE_ROLES,
  isServiceAssignee,
  seesFirstGradeApplications,
} from "@/lib/auth/first-grade";
import { TRANSITIONS, allowedEvents } from "@/lib/application/status";

describe("who sees a 1st-grade application (S-4)", () => {
  it("the director always, with or without services", () => {
    expect(seesFirstGradeApplications("DIRECTOR", [])).toBe(true);
    expect(seesFirstGradeApplications("DIRECTOR", ["MEALS"])).toBe(true);
  });

  it("an executor only while holding the 1st-grade service", () => {
    expect(seesFirstGradeApplications("EXECUTOR", [])).toBe(false);
    expect(seesFirstGradeApplications("EXECUTOR", ["MEALS", "TRANSPORT"])).toBe(false);
    expect(seesFirstGradeApplications("EXECUTOR", [FIRST_GRADE_SERVICE])).toBe(true);
    expect(seesFirstGradeApplications("EXECUTOR", ["MEALS", "FIRST_GRADE"])).toBe(true);
  });

  it("nobody else, whatever services they were somehow given", () => {
    for (const role of ROLES.filter((r) => r !== "DIRECTOR" && r !== "EXECUTOR")) {
      expect({ role, sees: seesFirstGradeApplications(role, [FIRST_GRADE_SERVICE]) }).toEqual({ role, sees: false });
    }
  });

  it("derives its two groups from the permission table", () => {
    expect(SEES_ALL_ROLES).toEqual(["DIRECTOR"]);
    expect(SERVICE_ASSIGNEE_ROLES).toEqual(["EXECUTOR"]);
    expect(isServiceAssignee("EXECUTOR")).toBe(true);
    expect(isServiceAssignee("DIRECTOR")).toBe(false);
    expect(isServiceAssignee("ADMINISTRATOR")).toBe(false);
    // Everyone who may act on an application in the back office can also see it.
    for (const role of ROLES.filter((r) => r !== "PARENT")) {
      const acts = TRANSITIONS.some((t) => allowedEvents(t.from, role).length > 0);
      if (acts) expect(seesFirstGradeApplications(role, [FIRST_GRADE_SERVICE])).toBe(true);
    }
  });
});

describe("permissions behind the status table", () => {
  it("only the director decides; only the executor confirms documents and sends them on", () => {
    expect(rolesWith("application:decide")).toEqual(["DIRECTOR"]);
    expect(rolesWith("application:confirm-documents")).toEqual(["EXECUTOR"]);
    expect(rolesWith("application:review").sort()).toEqual(["DIRECTOR", "EXECUTOR"]);
  });

  it("every row's permission is held by somebody, and decisions need application:decide", () => {
    for (const row of TRANSITIONS) expect(rolesWith(row.permission).length).toBeGreaterThan(0);
    const decisions = TRANSITIONS.filter(
      (t) => t.event === "ACCEPT" || t.event === "ENROL" || (t.event === "REJECT" && t.from === "AWAITING_SIGNATURE"),
    );
    expect(decisions.length).toBeGreaterThan(0);
    for (const row of decisions) expect(row.permission).toBe("application:decide");
    expect(can("EXECUTOR", "application:decide")).toBe(false);
  });
});
