import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getSchoolProfile } from "@/lib/server/schools/get-school-profile";
import { getDashboard } from "@/lib/server/schools/get-dashboard";
import { Dashboard } from "@/components/staff/dashboard";
import { can } from "@/lib/auth/permissions";
import { pickName, pickText, type Locale } from "@/lib/i18n/locales";
import { DefinitionList } from "@/components/definition-list";

export async function generateMetadata() {
  const t = await getTranslations("school");
  return { title: t("title") };
}

/**
 * The staff home: the director's dashboard (S-8), the warning when the admission settings are
 * missing, and the school's profile (S-2) as every staff member of the school may see it.
 */
export default async function SchoolProfilePage() {
  const user = await requirePermission("school:view-profile", "staff");
  const t = await getTranslations("school");
  const tl = await getTranslations("languages");
  const tb = await getTranslations("boSettings");
  const locale = (await getLocale()) as Locale;
  const { school, campaign, academicYear } = await getSchoolProfile(user);
  const dashboard = can(user.role, "application:decide") ? await getDashboard(user) : null;
  const rows: [string, React.ReactNode][] = [
    [t("nameKk"), school.nameKk],
    [t("nameRu"), school.nameRu],
    [t("bin"), school.bin ?? "—"],
    [t("address"), pickText(school.addressKk, school.addressRu, locale)],
    [t("email"), school.email ?? "—"],
    [t("website"), school.website ?? "—"],
    [t("phone"), school.phone ?? "—"],
    [t("languages"), school.languages.map((l) => tl(l)).join(", ") || "—"],
    [t("transport"), school.hasTransport ? t("yes") : t("no")],
    [t("signer"), t("signerDirector")],
    [t("districtOffice"), school.districtOffice ? pickName(school.districtOffice, locale) : "—"],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{pickName(school, locale)}</h1>
      {dashboard && <Dashboard data={dashboard} />}
      {(!campaign || campaign.seats.every((seat) => seat.capacity === 0)) && (
        <div role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4" data-testid="campaign-missing">
          <p className="font-semibold">{t("campaignMissing", { year: academicYear })}</p>
          {can(user.role, "school:edit-campaign") && (
            <Link href="/staff/campaign" className="link">
              {t("toCampaign")}
            </Link>
          )}
        </div>
      )}
      <section className="card">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-xl font-bold">{t("profile")}</h2>
          {can(user.role, "school:edit-settings") && (
            <Link href="/staff/settings" className="link">
              {tb("editSettings")}
            </Link>
          )}
        </div>
        <DefinitionList rows={rows} testId="school-profile" />
      </section>
    </div>
  );
}
