import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { currentUser } from "@/lib/server/auth/session";

export default async function NotFound() {
  const t = await getTranslations();
  const user = await currentUser();
  return (
    <AppShell brand={t("app.name")} homeHref="/" userName={user?.fullName}>
      <div className="mx-auto max-w-xl space-y-4 py-8">
        <p className="text-sm font-semibold text-slate-500">404</p>
        <h1 className="text-3xl font-bold" data-testid="not-found">{t("errors.notFoundTitle")}</h1>
        <p className="text-slate-700">{t("errors.notFoundText")}</p>
        <Link href="/" className="btn-primary">{t("errors.toHome")}</Link>
      </div>
    </AppShell>
  );
}
