import { getLocale, getTranslations } from "next-intl/server";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/permissions";
import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/server/auth/session";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { chooseLanguage } from "@/app/actions";

export default async function DistrictLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("district");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  return (
    <AppShell
      chooseLanguage={chooseLanguage}
      brand={t("app.name")}
      homeHref="/district"
      areaLabel={t(`roles.${user.role}`)}
      userName={user.fullName}
      organisation={user.organisation ? pickName(user.organisation, locale) : undefined}
      nav={[
        { href: "/district", label: t("districtMenu.schools"), exact: true },
        { href: "/district/catchments", label: t("districtMenu.catchments") },
      ]}
      navLabel={t("nav.districtArea")}
      account={{ href: CHANGE_PASSWORD_PATH, label: t("account.menuLink") }}
    >
      {children}
    </AppShell>
  );
}
