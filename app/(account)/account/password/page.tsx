import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { AREA_HOME, area } from "@/lib/auth/permissions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { currentUser } from "@/lib/server/auth/session";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { changePasswordAction } from "./actions";
import { chooseLanguage } from "@/app/actions";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/**
 * Staff of schools, district and region offices change their own password here. Someone on a
 * temporary password is sent here by every other staff page and sees no menu until it is done.
 */
export default async function ChangePasswordPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in/staff");
  if (user.role === "PARENT") notFound();
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const userArea = area(user.role);
  const home = AREA_HOME[userArea];
  const forced = user.passwordChangeRequired;
  return (
    <AppShell
      chooseLanguage={chooseLanguage}
      brand={t("app.name")}
      homeHref={home}
      areaLabel={t(`roles.${user.role}`)}
      userName={user.fullName}
      organisation={user.organisation ? pickName(user.organisation, locale) : undefined}
      nav={forced ? [] : [{ href: home, label: t("staffNav.home"), exact: true }]}
      navLabel={t(`nav.${userArea}Area`)}
    >
      <div className="max-w-xl space-y-4">
        <h1 className="text-3xl font-bold">{t("account.title")}</h1>
        {forced && (
          <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 font-semibold" data-testid="password-change-required">
            {t("account.mustChange")}
          </p>
        )}
        <p className="text-slate-700">{t("account.intro", { min: PASSWORD_MIN_LENGTH })}</p>
        <ChangePasswordForm login={user.login ?? ""} home={home} action={changePasswordAction} />
      </div>
    </AppShell>
  );
}
