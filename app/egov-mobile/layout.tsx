import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { chooseLanguage } from "@/app/actions";
import { requireStandIns } from "@/lib/server/stand-ins/gate";

// The eGov mobile stand-in is "the phone": a narrow screen of its own look, so a tester always
// knows they are on the citizen's phone, not in Qabyldau.
export default async function EgovMobileLayout({ children }: { children: React.ReactNode }) {
  requireStandIns();
  const t = await getTranslations("signing.mobile");
  return (
    <div className="min-h-screen bg-slate-200 sm:py-6">
      <div className="mx-auto min-h-screen max-w-sm bg-[#f3f6fa] shadow-lg sm:min-h-0 sm:overflow-hidden sm:rounded-[2rem] sm:border-8 sm:border-slate-800">
        <header className="bg-[#0b3d91] px-4 py-3 text-white">
          <div className="flex items-center justify-between gap-2">
            <p className="text-lg font-bold">eGov mobile</p>
            <LanguageSwitcher tone="dark" choose={chooseLanguage} />
          </div>
          <p className="text-xs opacity-80">{t("standIn")}</p>
        </header>
        <main id="main" className="px-4 py-5">
          {children}
        </main>
      </div>
    </div>
  );
}
