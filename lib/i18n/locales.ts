// Kazakh is the default language of the service; Russian and English are offered too.
export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "kk";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const LOCALE_LABELS: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the kk or ru variant of a bilingual registry value; English readers get Russian. */
export function pickName<T extends { nameKk: string; nameRu: string }>(value: T, locale: Locale): string {
  return locale === "kk" ? value.nameKk : value.nameRu;
}

export function pickText(kk: string, ru: string, locale: Locale): string {
  return locale === "kk" ? kk : ru;
}
