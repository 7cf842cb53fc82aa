import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getCatchmentMap, type BuildingRef } from "@/lib/server/catchments/get-catchment-map";
import { pickName, type Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("district");
  return { title: t("catchmentsTitle") };
}

/** D-2, read-only for now: each school's streets and buildings, gaps and overlaps. */
export default async function CatchmentsPage() {
  const user = await requirePermission("district:view-catchments", "district");
  const t = await getTranslations("district");
  const locale = (await getLocale()) as Locale;
  const map = await getCatchmentMap(user);
  const address = (b: BuildingRef) => `${pickName(b.street, locale)}, ${b.number}`;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("catchmentsTitle")}</h1>

      <section className="card space-y-2 border-l-4 border-l-amber-500" data-testid="overlapping">
        <h2 className="text-xl font-bold">{t("overlappingTitle", { count: map.overlapping.length })}</h2>
        {map.overlapping.length === 0 ? (
          <p>{t("noneFound")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {map.overlapping.map((b) => (
              <li key={b.id}>
                <span className="font-semibold">{address(b)}</span> — {b.schools.map((s) => pickName(s, locale)).join("; ")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card space-y-2 border-l-4 border-l-red-600" data-testid="unattached">
        <h2 className="text-xl font-bold">{t("unattachedTitle", { count: map.unattached.length })}</h2>
        {map.unattached.length === 0 ? (
          <p>{t("noneFound")}</p>
        ) : (
          <ul className="columns-1 gap-6 sm:columns-2 lg:columns-3">
            {map.unattached.map((b) => (
              <li key={b.id}>{address(b)}</li>
            ))}
          </ul>
        )}
      </section>

      <h2 className="text-2xl font-bold">{t("bySchool")}</h2>
      <div className="grid gap-4 md:grid-cols-2" data-testid="school-catchments">
        {map.schools.map((s) => (
          <section key={s.id} className="card space-y-2">
            <h3 className="text-lg font-bold">{pickName(s, locale)}</h3>
            {s.streets.length === 0 && s.buildings.length === 0 ? (
              <p className="text-slate-600">{t("emptyCatchment")}</p>
            ) : (
              <>
                {s.streets.length > 0 && (
                  <>
                    <h4 className="font-semibold text-slate-600">{t("streets")}</h4>
                    <ul className="list-disc pl-6">
                      {s.streets.map((st) => (
                        <li key={st.id}>
                          {pickName(st, locale)}{" "}
                          <span className="text-sm text-slate-500">({t("buildingsCount", { count: st.buildings })})</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {s.buildings.length > 0 && (
                  <>
                    <h4 className="font-semibold text-slate-600">{t("buildings")}</h4>
                    <ul className="list-disc pl-6">
                      {s.buildings.map((b) => (
                        <li key={b.id}>{address(b)}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
