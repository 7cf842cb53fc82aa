import Link from "next/link";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";
import { NavLinks, type NavItem } from "./nav-links";

type AppShellProps = {
  /** The server action that remembers the chosen language. */
  chooseLanguage: (locale: string) => Promise<void>;
  brand: string;
  homeHref: string;
  areaLabel?: string;
  userName?: string;
  organisation?: string;
  nav?: NavItem[];
  navLabel?: string;
  /** Staff areas: the link to their own change-password page, shown beside "Sign out". */
  account?: { href: string; label: string };
  children: React.ReactNode;
};

/** The frame every area shares: brand, who is signed in, language, navigation, content. */
export function AppShell({
  chooseLanguage,
  brand,
  homeHref,
  areaLabel,
  userName,
  organisation,
  nav,
  navLabel,
  account,
  children,
}: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link href={homeHref} className="flex items-baseline gap-2 text-xl font-bold text-brand-800">
            {brand}
            {areaLabel && <span className="text-sm font-normal text-slate-500">{areaLabel}</span>}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            {userName && (
              <p className="text-sm leading-tight sm:text-right" data-testid="signed-in-as">
                <span className="font-semibold">{userName}</span>
                {organisation && <span className="block text-slate-500">{organisation}</span>}
              </p>
            )}
            <LanguageSwitcher choose={chooseLanguage} />
            {account && (
              <Link href={account.href} className="link text-sm" data-testid="change-password-link">
                {account.label}
              </Link>
            )}
            {userName && <SignOutButton />}
          </div>
        </div>
        {nav && nav.length > 0 && (
          <div className="border-t border-slate-100 bg-brand-50">
            <NavLinks items={nav} label={navLabel ?? brand} />
          </div>
        )}
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">© 2026 Qabyldau</footer>
    </div>
  );
}
