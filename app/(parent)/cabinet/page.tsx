import { getLocale, getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/server/auth/session";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { formatDay, formatMoment } from "@/components/format";
import { pickText, type Locale } from "@/lib/i18n/locales";
import { DefinitionList } from "@/components/definition-list";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

/** The parent's profile as the population registry has it: read-only, as on eGov. */
export default async function ProfilePage() {
  const parent = await requireArea("parent");
  const t = await getTranslations("profile");
  const locale = (await getLocale()) as Locale;
  const citizen = parent.iin ? await getPopulationRegistry().findCitizen(parent.iin) : null;
  const rows: [string, string][] = [
    [t("iin"), parent.iin ?? "—"],
    [t("fullName"), parent.fullName],
    [t("birthDate"), citizen ? await formatDay(citizen.birthDate, "short") : "—"],
    [t("phone"), parent.phone ?? "—"],
    [t("address"), citizen?.address ? pickText(citizen.address.textKk, citizen.address.textRu, locale) : "—"],
    [t("consent"), parent.dataConsentAt ? await formatMoment(parent.dataConsentAt) : "—"],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section className="card">
        <DefinitionList rows={rows} testId="profile" />
        <p className="mt-4 text-sm text-slate-600">{t("fromRegistry")}</p>
      </section>
    </div>
  );
}
