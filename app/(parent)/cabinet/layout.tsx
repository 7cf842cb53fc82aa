import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/server/auth/session";
import { countUnread } from "@/lib/server/notifications/parent-notifications";
import { chooseLanguage } from "@/app/actions";
import { standInsEnabled } from "@/lib/server/env";

export default async function ParentLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("parent");
  const t = await getTranslations();
  const unread = await countUnread(user.id);
  const nav = [
    { href: "/cabinet", label: t("nav.profile"), exact: true },
    { href: "/cabinet/children", label: t("nav.children") },
    { href: "/cabinet/applications", label: t("nav.applications") },
    { href: "/cabinet/notifications", label: unread ? `${t("nav.notifications")} (${unread})` : t("nav.notifications") },
    // The local SMS outbox is a stand-in for the parent's phone: only with the demo stand-ins.
    ...(standInsEnabled() ? [{ href: "/cabinet/sms", label: t("nav.sms") }] : []),
  ];
  return (
    <AppShell
      chooseLanguage={chooseLanguage}
      brand={t("app.name")}
      homeHref="/"
      areaLabel={t("nav.parentArea")}
      userName={user.fullName}
      nav={nav}
      navLabel={t("nav.parentArea")}
    >
      {children}
    </AppShell>
  );
}
