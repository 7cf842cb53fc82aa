import { describe, expect, it } from "@jest/globals";
import { failed, fieldId, postedValues, succeeded, valueOf, valuesOf } from "@/lib/forms";

// The one form kit: what every server action answers and how posted values are echoed.

describe("postedValues", () => {
  it("keeps every text field, makes a repeated name a list, and never echoes files or Next's own fields", () => {
    const form = new FormData();
    form.append("comment", "Құжаттар толық");
    form.append("languages", "KK");
    form.append("languages", "RU");
    form.append("$ACTION_ID_abc", "");
    form.append("photo", new Blob(["x"]), "photo.jpg");
    form.append("currentPassword", "secret");
    expect(postedValues(form, ["currentPassword"])).toEqual({ comment: "Құжаттар толық", languages: ["KK", "RU"] });
  });

  it("reads one value or a list back out", () => {
    const values = { a: "1", b: ["x", "y"] };
    expect([valueOf(values, "a"), valueOf(values, "b"), valueOf(values, "c"), valueOf(undefined, "a")]).toEqual([
      "1",
      "x",
      undefined,
      undefined,
    ]);
    expect([valuesOf(values, "a"), valuesOf(values, "b"), valuesOf(values, "c")]).toEqual([["1"], ["x", "y"], []]);
  });
});

describe("ActionResult", () => {
  it("says yes with or without data, stamped so two equal answers differ", () => {
    const plain = succeeded();
    expect(plain).toEqual({ ok: true, at: expect.any(Number) });
    expect(succeeded({ status: "ACCEPTED" })).toEqual({ ok: true, at: expect.any(Number), data: { status: "ACCEPTED" } });
  });

  it("says no with every field error, a form message and what was posted", () => {
    expect(failed({ comment: ["Too long"] }, "Not found", { comment: "…" })).toEqual({
      ok: false,
      at: expect.any(Number),
      fieldErrors: { comment: ["Too long"] },
      formError: { message: "Not found" },
      values: { comment: "…" },
    });
    expect(failed()).toEqual({ ok: false, at: expect.any(Number), fieldErrors: {}, values: {} });
  });

  it("links a dotted field name to its input's id", () => {
    expect(fieldId("transport.address.street")).toBe("f-transport-address-street");
  });
});
