import { describe, expect, it } from "@jest/globals";
import { parseCMap } from "@/tests/support/pdf-text";

describe("reading a PDF's ToUnicode map", () => {
  it("keeps the glyphs after a ligature entry in their places", () => {
    // pdfkit writes the "ff" ligature as one entry of two code units; every later glyph of the
    // range must still map to its own letter (a random hash with "ff" once shifted them all).
    const map = parseCMap("1 beginbfrange\n<0000> <0003> [<0061> <0066 0066> <0062> <0063>]\nendbfrange");
    expect([0, 1, 2, 3].map((code) => map.get(code))).toEqual(["a", "ff", "b", "c"]);
  });

  it("reads single-character entries with a ligature too", () => {
    const map = parseCMap("2 beginbfchar\n<0004> <0066 0069>\n<0005> <0041>\nendbfchar");
    expect(map.get(4)).toBe("fi");
    expect(map.get(5)).toBe("A");
  });
});
