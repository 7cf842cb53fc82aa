import { describe, expect, it } from "@jest/globals";
import { signedDocumentsMatch } from "@/lib/application/signed-documents";

const A = "a".repeat(64);
const B = "b".repeat(64);

describe("signedDocumentsMatch", () => {
  it("the same files in any order match", () => {
    const signed = [
      { kind: "PHOTO", sha256: A, fileName: "1.jpg" },
      { kind: "PHOTO", sha256: B },
    ];
    expect(
      signedDocumentsMatch(signed, [
        { kind: "PHOTO", sha256: B },
        { kind: "PHOTO", sha256: A },
      ]),
    ).toBe(true);
    expect(signedDocumentsMatch([], [])).toBe(true);
  });

  it("a swapped, added or removed file does not match", () => {
    expect(signedDocumentsMatch([{ kind: "PHOTO", sha256: A }], [{ kind: "PHOTO", sha256: B }])).toBe(false);
    expect(
      signedDocumentsMatch(
        [{ kind: "PHOTO", sha256: A }],
        [
          { kind: "PHOTO", sha256: A },
          { kind: "PHOTO", sha256: A },
        ],
      ),
    ).toBe(false);
    expect(signedDocumentsMatch([{ kind: "PHOTO", sha256: A }], [])).toBe(false);
    // The same bytes under another kind are another document.
    expect(signedDocumentsMatch([{ kind: "PHOTO", sha256: A }], [{ kind: "F065", sha256: A }])).toBe(false);
  });

  it("a payload without a list, or with a malformed one, matches nothing", () => {
    expect(signedDocumentsMatch(undefined, [])).toBe(false);
    expect(signedDocumentsMatch({}, [])).toBe(false);
    expect(signedDocumentsMatch([{ kind: "PHOTO" }], [{ kind: "PHOTO", sha256: A }])).toBe(false);
  });
});
