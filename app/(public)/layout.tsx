import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/app-shell";
import { currentUser } from "@/lib/server/auth/session";
import { chooseLanguage } from "@/app/actions";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  const user = await currentUser();
  const nav = [
    { href: "/", label: t("nav.service"), exact: true },
    user ? { href: "/after-sign-in", label: t("nav.myCabinet") } : { href: "/sign-in", label: t("nav.signIn") },
  ];
  return (
    <AppShell
      chooseLanguage={chooseLanguage}
      brand={t("app.name")}
      homeHref="/"
      userName={user?.fullName}
      nav={nav}
      navLabel={t("nav.main")}
    >
      {children}
    </AppShell>
  );
}
