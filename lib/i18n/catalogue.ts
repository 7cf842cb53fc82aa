import type { Locale } from "./locales";

// Message catalogues are split by feature area so each area's texts live beside its owner:
// messages/<locale>.json holds the shared namespaces, messages/<area>/<locale>.json one or more
// namespaces of its own. Namespaces never repeat across files (checked when merging).
import coreKk from "@/messages/kk.json" with { type: "json" };
import coreRu from "@/messages/ru.json" with { type: "json" };
import coreEn from "@/messages/en.json" with { type: "json" };
import wizardKk from "@/messages/wizard/kk.json" with { type: "json" };
import wizardRu from "@/messages/wizard/ru.json" with { type: "json" };
import wizardEn from "@/messages/wizard/en.json" with { type: "json" };
import documentsKk from "@/messages/documents/kk.json" with { type: "json" };
import documentsRu from "@/messages/documents/ru.json" with { type: "json" };
import documentsEn from "@/messages/documents/en.json" with { type: "json" };
import signingKk from "@/messages/signing/kk.json" with { type: "json" };
import signingRu from "@/messages/signing/ru.json" with { type: "json" };
import signingEn from "@/messages/signing/en.json" with { type: "json" };
import backofficeKk from "@/messages/backoffice/kk.json" with { type: "json" };
import backofficeRu from "@/messages/backoffice/ru.json" with { type: "json" };
import backofficeEn from "@/messages/backoffice/en.json" with { type: "json" };
import journeyKk from "@/messages/journey/kk.json" with { type: "json" };
import journeyRu from "@/messages/journey/ru.json" with { type: "json" };
import journeyEn from "@/messages/journey/en.json" with { type: "json" };

type Catalogue = Record<string, unknown>;

const PARTS: Record<Locale, Catalogue[]> = {
  kk: [coreKk, wizardKk, documentsKk, signingKk, backofficeKk, journeyKk],
  ru: [coreRu, wizardRu, documentsRu, signingRu, backofficeRu, journeyRu],
  en: [coreEn, wizardEn, documentsEn, signingEn, backofficeEn, journeyEn],
};

export function mergeCatalogues(parts: Catalogue[]): Catalogue {
  const merged: Catalogue = {};
  for (const part of parts) {
    for (const [namespace, value] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`Message namespace "${namespace}" is defined twice`);
      merged[namespace] = value;
    }
  }
  return merged;
}

const cache = new Map<Locale, Catalogue>();

export function messagesFor(locale: Locale): Catalogue {
  let messages = cache.get(locale);
  if (!messages) {
    messages = mergeCatalogues(PARTS[locale]);
    cache.set(locale, messages);
  }
  return messages;
}
