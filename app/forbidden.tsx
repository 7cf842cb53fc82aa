import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { currentUser } from "@/lib/server/auth/session";

/** 403: signed in, but this part of the service belongs to another role. */
export default async function Forbidden() {
  const t = await getTranslations();
  const user = await currentUser();
  return (
    <AppShell brand={t("app.name")} homeHref="/" userName={user?.fullName}>
      <div className="mx-auto max-w-xl space-y-4 py-8">
        <p className="text-sm font-semibold text-slate-500">403</p>
        <h1 className="text-3xl font-bold" data-testid="forbidden">{t("errors.forbiddenTitle")}</h1>
        <p className="text-slate-700">{t("errors.forbiddenText")}</p>
        <Link href="/after-sign-in" className="btn-primary">{t("errors.toMyArea")}</Link>
      </div>
    </AppShell>
  );
}
