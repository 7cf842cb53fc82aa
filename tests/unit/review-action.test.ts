import { beforeAll, describe, expect, it, jest } from "@jest/globals";

// The back-office review action answers a form: an over-long comment is a problem with the
// comment field (TOO_LONG), never "application not found".

const reviewApplication = jest.fn();
// Messages are translated on the server: here, from the real Kazakh catalogue.
jest.unstable_mockModule("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { messagesFor } = await import("@/lib/i18n/catalogue");
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: "kk", messages: messagesFor("kk"), namespace: namespace as never }),
  };
});
jest.unstable_mockModule("@/lib/server/auth/session", () => ({
  requirePermission: async () => ({ id: "executor-1", role: "EXECUTOR", organisationId: "school-1" }),
}));
jest.unstable_mockModule("next/cache", () => ({ revalidatePath: () => undefined }));
jest.unstable_mockModule("@/lib/server/applications/review-application", () => ({ reviewApplication }));
jest.unstable_mockModule("@/lib/server/applications/start-decision", () => ({ startDecision: jest.fn() }));
jest.unstable_mockModule("@/lib/server/applications/complete-decision", () => ({ completeDecision: jest.fn() }));

let reviewAction: typeof import("@/app/(staff)/staff/applications/actions").reviewAction;
beforeAll(async () => {
  ({ reviewAction } = await import("@/app/(staff)/staff/applications/actions"));
});

function reviewForm(comment: string): FormData {
  const form = new FormData();
  form.set("applicationId", "app-1");
  form.set("event", "CONFIRM_DOCUMENTS");
  form.set("comment", comment);
  form.set("inclusion", "no");
  form.set("expectedVersion", "3");
  return form;
}

describe("S-6 review action", () => {
  it("answers an over-long comment with TOO_LONG on the comment, keeping what was typed", async () => {
    const comment = "ә".repeat(2001);
    const result = await reviewAction(null, reviewForm(comment));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual(["comment"]);
    const kk = (await import("@/lib/i18n/catalogue")).messagesFor("kk") as { boReview: { errors: Record<string, string> } };
    expect(result.fieldErrors.comment).toEqual([kk.boReview.errors.TOO_LONG]);
    expect(result.formError).toBeUndefined();
    expect(result.values?.comment).toBe(comment);
    expect(reviewApplication).not.toHaveBeenCalled();
  });
});
