// Issue 8 (6): PDFs have a glyph for every character they print. The font's own character map
// (read with fontkit, the library @react-pdf/renderer draws with) must cover every Kazakh and
// Russian letter, the typographic marks the texts use and every character of the catalogues'
// PDF texts; and each issued PDF type, rendered with all of them, gives them back unchanged.
import { describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import * as fontkit from "fontkit";
import { messagesFor } from "@/lib/i18n/catalogue";
import { qrDataUrl, renderHealthFormPdf, renderIssuedPdf } from "@/lib/server/pdf/render";
import { extractPdfText } from "@/tests/support/pdf-text";
import type { IssuedContext, IssuedPdfData } from "@/lib/server/pdf/types";

jest.setTimeout(60_000);

const RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя";
const KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
const MARKS = "«»№–—’";
const EVERY = RUSSIAN + KAZAKH + MARKS;

const FONTS = ["lib/server/pdf/fonts/NotoSans-Regular.ttf", "lib/server/pdf/fonts/NotoSans-Bold.ttf"];

/** Every string in a catalogue subtree, placeholders removed. */
function stringsOf(node: unknown): string[] {
  if (typeof node === "string") return [node.replace(/\{\w+\}/g, "")];
  if (node && typeof node === "object") return Object.values(node).flatMap(stringsOf);
  return [];
}

/** The characters a font lacks among `text`'s (spaces and line breaks are not drawn). */
function missingGlyphs(font: fontkit.Font, text: string): string[] {
  return [...new Set(text)].filter((c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
}

function openFont(file: string): fontkit.Font {
  const font = fontkit.create(fs.readFileSync(file));
  if ("fonts" in font) throw new Error(`${file} is a collection`);
  return font;
}

describe("PDF glyphs", () => {
  it.each(FONTS)("%s has a glyph for every Kazakh and Russian letter and « » № – — ’", (file) => {
    expect(missingGlyphs(openFont(file), EVERY)).toEqual([]);
  });

  it.each(FONTS)("%s has a glyph for every character of the catalogues' PDF texts", (file) => {
    const font = openFont(file);
    for (const locale of ["kk", "ru"] as const) {
      const texts = stringsOf((messagesFor(locale).documents as Record<string, unknown>).pdf).join("");
      expect(texts.length).toBeGreaterThan(500);
      expect({ locale, missing: missingGlyphs(font, texts) }).toEqual({ locale, missing: [] });
    }
  });

  it("a character the font lacks is caught (the check can fail)", () => {
    expect(missingGlyphs(openFont(FONTS[0]!), "ә\u{1F600}\u0F00")).toEqual(["\u{1F600}", "\u0F00"]);
  });

  async function context(): Promise<IssuedContext> {
    const verifyUrl = "http://127.0.0.1:3000/verify/cmissued0000000000000009";
    return {
      number: 7,
      applicationDate: new Date("2026-06-11T04:30:00Z"),
      applicant: { fullName: `Ата-ана ${RUSSIAN}`, iin: "920415400123", phone: "+77014000100" },
      child: { fullName: `Бала ${KAZAKH} ${MARKS}`, iin: "200314500456", birthDate: "2020-03-14" },
      school: { nameKk: `«№7 мектеп» ${KAZAKH}`, nameRu: `«Школа №7» ${RUSSIAN}`, addressKk: "Қарағанды", addressRu: "Караганда" },
      signature: {
        signerName: `Директор ${EVERY}`,
        signerIinMasked: "*********789",
        certSerial: "4F1A0C77D2",
        signedAt: new Date("2026-06-11T05:02:03Z"),
        payloadSha256: "b".repeat(64),
        verifyUrl,
        qrDataUrl: await qrDataUrl(verifyUrl),
      },
    };
  }

  const flat = (text: string) => text.replace(/\s+/g, " ");

  async function issued(kind: IssuedPdfData["kind"]): Promise<IssuedPdfData> {
    const base = await context();
    switch (kind) {
      case "APPLICATION":
        return {
          kind,
          context: base,
          details: {
            academicYear: "2026-2027",
            language: "RU",
            classType: "GENERAL",
            isCatchment: false,
            transport: { requested: true, address: `${KAZAKH} ${MARKS}` },
            extraPhone: null,
            specialNeeds: false,
            documents: [{ kind: "PHOTO", fileName: `фото-${KAZAKH}.jpg`, source: "UPLOADED", validUntil: null }],
          },
        };
      case "RECEIPT":
        return { kind, context: base, documents: [{ kind: "PHOTO", fileName: `${RUSSIAN}.jpg`, source: "UPLOADED", validUntil: null }] };
      case "REFUSAL":
        return { kind, context: base, reason: `Себебі: ${EVERY}` };
      case "WITHDRAWAL":
        return { kind, context: base };
    }
  }

  it.each(["APPLICATION", "RECEIPT", "REFUSAL", "WITHDRAWAL"] as const)(
    "the %s PDF prints every letter and mark it is given",
    async (kind) => {
      const data = await issued(kind);
      const text = flat(extractPdfText(await renderIssuedPdf(data)));
      expect(text).toContain(`Директор ${EVERY}`);
      if (kind !== "WITHDRAWAL") expect(text).toContain(RUSSIAN);
      expect(text).toContain(KAZAKH);
      // What is printed is drawn with a real glyph, never the font's empty .notdef box.
      const font = openFont(FONTS[0]!);
      expect(missingGlyphs(font, text)).toEqual([]);
    },
  );

  it.each(["F065", "F052"] as const)("the health form %s copy prints every letter and mark", async (form) => {
    const pdf = await renderHealthFormPdf({
      form,
      child: { fullName: `Бала ${KAZAKH}`, iin: "200520600111", birthDate: "2020-05-20" },
      organisation: `Емхана ${MARKS}`,
      issuedOn: "2026-04-02",
      summary: EVERY,
      fetchedAt: new Date("2026-06-11T05:00:00Z"),
    });
    const text = flat(extractPdfText(pdf));
    expect(text).toContain(EVERY);
    expect(missingGlyphs(openFont(FONTS[0]!), text)).toEqual([]);
  });
});
