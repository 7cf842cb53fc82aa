import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";

/** What each page that stops the visitor says, and where it sends them on. */
const PAGES = {
  forbidden: { code: 403, title: "errors.forbiddenTitle", text: "errors.forbiddenText", href: "/after-sign-in", way: "errors.toMyArea" },
  "not-found": { code: 404, title: "errors.notFoundTitle", text: "errors.notFoundText", href: "/", way: "errors.toHome" },
} as const;

/** A 403 or 404 page: the status code, what happened, and the one way on. */
export async function StatusPage({
  status,
  userName,
  chooseLanguage,
}: {
  status: keyof typeof PAGES;
  userName?: string;
  chooseLanguage: (locale: string) => Promise<void>;
}) {
  const t = await getTranslations();
  const page = PAGES[status];
  return (
    <AppShell chooseLanguage={chooseLanguage} brand={t("app.name")} homeHref="/" userName={userName}>
      <div className="mx-auto max-w-xl space-y-4 py-8">
        <p className="text-sm font-semibold text-slate-500">{page.code}</p>
        <h1 className="text-3xl font-bold" data-testid={status}>
          {t(page.title)}
        </h1>
        <p className="text-slate-700">{t(page.text)}</p>
        <Link href={page.href} className="btn-primary">
          {t(page.way)}
        </Link>
      </div>
    </AppShell>
  );
}
