import type { Locale } from "./locales";

// Message catalogues are split by feature area so each area's texts live beside its owner:
// messages/<locale>.json holds the shared namespaces, messages/<area>/<locale>.json one or more
// namespaces of its own. Namespaces never repeat across files (checked when merging).
import coreKk from "@/messages/kk.json";
import coreRu from "@/messages/ru.json";
import coreEn from "@/messages/en.json";
import wizardKk from "@/messages/wizard/kk.json";
import wizardRu from "@/messages/wizard/ru.json";
import wizardEn from "@/messages/wizard/en.json";
import documentsKk from "@/messages/documents/kk.json";
import documentsRu from "@/messages/documents/ru.json";
import documentsEn from "@/messages/documents/en.json";
import signingKk from "@/messages/signing/kk.json";
import signingRu from "@/messages/signing/ru.json";
import signingEn from "@/messages/signing/en.json";
import backofficeKk from "@/messages/backoffice/kk.json";
import backofficeRu from "@/messages/backoffice/ru.json";
import backofficeEn from "@/messages/backoffice/en.json";
import journeyKk from "@/messages/journey/kk.json";
import journeyRu from "@/messages/journey/ru.json";
import journeyEn from "@/messages/journey/en.json";

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
