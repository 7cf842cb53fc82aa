import "server-only";
import { messagesFor } from "@/lib/i18n/catalogue";

// Every issued PDF carries Kazakh and Russian text side by side, whatever language the
// reader uses, so the texts come from both catalogues at once ("documents" namespace). The PDF
// texts use plain {name} placeholders only, so a lookup and a replace are all that is needed
// (and the renderer stays independent of the React-bound translation runtime).

export type Bilingual = { kk: string; ru: string };

type Values = Record<string, string | number>;

function lookup(locale: "kk" | "ru", key: string): string {
  let node: unknown = messagesFor(locale).documents;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`Missing message documents.${key} (${locale})`);
  return node;
}

function format(template: string, values?: Values): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The Kazakh and Russian text of one key of the whole "documents" namespace. */
export function fromDocuments(key: string, values?: Values): Bilingual {
  return { kk: format(lookup("kk", key), values), ru: format(lookup("ru", key), values) };
}

/** The Kazakh and Russian text of one key of "documents.pdf". */
export function bi(key: string, values?: Values): Bilingual {
  return fromDocuments(`pdf.${key}`, values);
}

/** The same text in both languages (names, numbers). */
export function same(text: string): Bilingual {
  return { kk: text, ru: text };
}
