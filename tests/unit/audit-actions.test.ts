import { describe, expect, it } from "@jest/globals";
import { AUDIT_ACTIONS, transitionAuditAction } from "@/lib/audit/actions";
import { APPLICATION_EVENTS } from "@/lib/application/status";

describe("audit actions", () => {
  it("are spelled one way: entity, a dot, a verb in kebab-case", () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+\.[a-z]+(-[a-z]+)*$/);
  });

  it("are listed once each", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("name every status event, in the same spelling", () => {
    expect(transitionAuditAction("CONFIRM_DOCUMENTS")).toBe("application.confirm-documents");
    expect(transitionAuditAction("SEND_TO_DIRECTOR")).toBe("application.send-to-director");
    expect(transitionAuditAction("SUBMIT")).toBe("application.submit");
    for (const event of APPLICATION_EVENTS) expect(AUDIT_ACTIONS).toContain(transitionAuditAction(event));
  });
});
