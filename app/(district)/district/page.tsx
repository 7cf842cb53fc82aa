import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getCatchmentMap } from "@/lib/server/catchments/get-catchment-map";
import { pickName, type Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("district");
  return { title: t("schoolsTitle") };
}

export default async function DistrictHome() {
  const user = await requirePermission("district:view-overview", "district");
  const t = await getTranslations("district");
  const locale = (await getLocale()) as Locale;
  const map = await getCatchmentMap(user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{pickName(map.office, locale)}</h1>
      <section className="card space-y-3">
        <h2 className="text-xl font-bold">{t("schoolsTitle")}</h2>
        <ul className="divide-y divide-slate-200" data-testid="district-schools">
          {map.schools.map((s) => (
            <li key={s.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span className="font-semibold">{pickName(s, locale)}</span>
              <span className="text-sm text-slate-600">
                {t("catchmentSize", { streets: s.streets.length, buildings: s.buildings.length })}
              </span>
            </li>
          ))}
        </ul>
        <Link href="/district/catchments" className="link">
          {t("toCatchments")}
        </Link>
      </section>
    </div>
  );
}
