import { describe, expect, it } from "@jest/globals";
import { LOCALES } from "@/lib/i18n/locales";
import { mergeCatalogues, messagesFor } from "@/lib/i18n/catalogue";

// Every text exists in Kazakh, Russian and English, with the same placeholders.
function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${prefix}[${i}]`).forEach((s, k) => out.set(k, s)));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k).forEach((s, key) => out.set(key, s));
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const english = leaves(messagesFor("en"));

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every English key, no extra ones, and the same placeholders", (locale) => {
    const other = leaves(messagesFor(locale));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect({ key, placeholders: placeholders(other.get(key) ?? "") }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it("no text is left empty", () => {
    for (const locale of LOCALES) {
      for (const [key, text] of leaves(messagesFor(locale)))
        expect({ locale, key, empty: text.trim() === "" }).toEqual({ locale, key, empty: false });
    }
  });

  it("refuses a namespace defined in two files", () => {
    expect(() => mergeCatalogues([{ a: {} }, { a: {} }])).toThrow('"a"');
  });
});
