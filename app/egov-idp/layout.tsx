import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { chooseLanguage } from "@/app/actions";
import { requireStandIns } from "@/lib/server/stand-ins/gate";

// The built-in stand-in for the eGov identity provider has a look of its own, so that a
// tester always knows they have left Qabyldau for "eGov" and come back.
export default async function EgovLayout({ children }: { children: React.ReactNode }) {
  requireStandIns();
  const t = await getTranslations("egov");
  return (
    <div className="min-h-screen bg-[#f3f6fa]">
      <header className="bg-[#0b3d91] text-white">
        <div className="mx-auto flex max-w-xl items-center justify-between gap-2 px-4 py-3">
          <div>
            <p className="text-lg font-bold">eGov.kz</p>
            <p className="text-xs opacity-80">{t("standIn")}</p>
          </div>
          <LanguageSwitcher tone="dark" choose={chooseLanguage} />
        </div>
      </header>
      <main className="mx-auto max-w-xl px-4 py-8">{children}</main>
    </div>
  );
}
