import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { requireArea } from "@/lib/server/auth/session";
import { CHANGE_PASSWORD_PATH, can, type Action } from "@/lib/auth/permissions";
import { pickName, type Locale } from "@/lib/i18n/locales";
import { chooseLanguage } from "@/app/actions";

// The menu a staff member sees follows their role's permissions (S-1 roles), in the order of
// the seed guides: home, the applications and the director's signing queue, response
// templates, assignment, users, settings, academic year. (The holiday calendar is national: the
// region administrator keeps it in the region area.)
const MENU: { href: string; label: string; action: Action; exact?: boolean }[] = [
  { href: "/staff", label: "staffNav.home", action: "school:view-profile", exact: true },
  { href: "/staff/applications", label: "staffMenu.applications", action: "application:list-school" },
  { href: "/staff/signing", label: "staffNav.signing", action: "application:decide" },
  { href: "/staff/templates", label: "staffNav.templates", action: "application:review" },
  { href: "/staff/assignments", label: "staffMenu.assignments", action: "service:assign" },
  { href: "/staff/users", label: "staffMenu.users", action: "staff:view" },
  { href: "/staff/settings", label: "staffMenu.organisation", action: "school:edit-settings" },
  { href: "/staff/campaign", label: "staffMenu.campaign", action: "school:edit-campaign" },
];

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("staff");
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const nav = MENU.filter((item) => can(user.role, item.action)).map((item) => ({
    href: item.href,
    label: t(item.label),
    exact: item.exact,
  }));
  return (
    <AppShell
      chooseLanguage={chooseLanguage}
      brand={t("app.name")}
      homeHref="/staff"
      areaLabel={t(`roles.${user.role}`)}
      userName={user.fullName}
      organisation={user.organisation ? pickName(user.organisation, locale) : undefined}
      nav={nav}
      navLabel={t("nav.staffArea")}
      account={{ href: CHANGE_PASSWORD_PATH, label: t("account.menuLink") }}
    >
      {children}
    </AppShell>
  );
}
