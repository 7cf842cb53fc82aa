import { describe, expect, it } from "@jest/globals";
import { isRecordId } from "@/lib/ids";
import { recordIdSchema } from "@/lib/forms";

// Ids in URLs and forms: what the database really holds passes; anything that could turn a
// lookup into a server error (a NUL byte) or name another path is "not found" first.
describe("record ids", () => {
  it.each(["cmf3x9k2p0000abcd1234", "app-seed-bulaevo-9", "u-school9.methodologist", "u-parent-920415401002"])("accepts %s", (id) => {
    expect(isRecordId(id)).toBe(true);
    expect(recordIdSchema.safeParse(id).success).toBe(true);
  });

  it.each(["", "a\u0000b", "a/b", "a b", "x".repeat(65), "%00", "ид"])("refuses %j", (id) => {
    expect(isRecordId(id)).toBe(false);
    expect(recordIdSchema.safeParse(id).success).toBe(false);
  });
});
