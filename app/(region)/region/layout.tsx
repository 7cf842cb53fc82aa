import { getTranslations } from "next-intl/server";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/permissions";
import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/server/auth/session";
import { chooseLanguage } from "@/app/actions";

export default async function RegionLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("region");
  const t = await getTranslations();
  return (
    <AppShell
      chooseLanguage={chooseLanguage}
      brand={t("app.name")}
      homeHref="/region"
      areaLabel={t(`roles.${user.role}`)}
      userName={user.fullName}
      nav={[{ href: "/region", label: t("regionMenu.schedule"), exact: true }]}
      navLabel={t("nav.regionArea")}
      account={{ href: CHANGE_PASSWORD_PATH, label: t("account.menuLink") }}
    >
      {children}
    </AppShell>
  );
}
