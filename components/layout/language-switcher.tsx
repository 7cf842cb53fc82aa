"use client";

import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { LOCALES, LOCALE_LABELS } from "@/lib/i18n/locales";

/** The language buttons; `choose` is the server action that remembers the choice (app/actions.ts). */
export function LanguageSwitcher({ tone = "light", choose }: { tone?: "light" | "dark"; choose: (locale: string) => Promise<void> }) {
  const current = useLocale();
  const t = useTranslations("app");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const base = tone === "dark" ? "text-white/80 hover:text-white" : "text-slate-600 hover:text-slate-900";
  return (
    <nav aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await choose(locale);
              router.refresh();
            })
          }
          className={`rounded px-2 py-1 font-semibold uppercase ${
            locale === current ? (tone === "dark" ? "bg-white/20 text-white" : "bg-brand-100 text-brand-800") : base
          }`}
        >
          <span className="sr-only">{LOCALE_LABELS[locale]}</span>
          <span aria-hidden>{locale}</span>
        </button>
      ))}
    </nav>
  );
}
