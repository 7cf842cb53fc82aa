import { getLocale, getTranslations } from "next-intl/server";
import { currentAcademicYear } from "@/lib/server/clock";
import { requirePermission } from "@/lib/server/auth/session";
import { getOpeningSchedule } from "@/lib/server/opening/get-opening-schedule";
import { getCalendar } from "@/lib/server/integrations/calendar";
import { admissionYearOf } from "@/lib/calendar/opening";
import { formatDay } from "@/components/format";
import { CalendarEditor } from "@/components/staff/calendar-editor";
import { removeCalendarDayAction, saveCalendarDayAction } from "./calendar-actions";
import { pickName, type Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("region");
  return { title: t("title") };
}

/** reference data as the region administrator keeps it: the schedule, the holiday calendar. */
export default async function RegionPage() {
  await requirePermission("region:edit-opening", "region");
  const t = await getTranslations("region");
  const locale = (await getLocale()) as Locale;
  const academicYear = currentAcademicYear();
  const year = admissionYearOf(academicYear);
  const [schedule, days] = await Promise.all([
    getOpeningSchedule(academicYear),
    getCalendar().exceptions(`${year - 1}-01-01`, `${year + 1}-12-31`),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section className="card space-y-3">
        <h2 className="text-xl font-bold">{t("schedule", { year: academicYear })}</h2>
        <ul className="space-y-2">
          {await Promise.all(
            schedule.map(async (g) => (
              <li key={g.opensOn}>
                <span className="font-semibold">
                  {await formatDay(g.opensOn)} – {await formatDay(g.closesOn)}:
                </span>{" "}
                {g.regions.map((r) => pickName(r, locale)).join(", ")}
              </li>
            )),
          )}
        </ul>
      </section>
      <section className="space-y-3" aria-labelledby="calendar-title">
        <h2 id="calendar-title" className="text-xl font-bold">
          {t("calendar")}
        </h2>
        {/* S-8: the holiday calendar is national; only the region administrator edits it (calendar:edit). */}
        <CalendarEditor days={days} actions={{ save: saveCalendarDayAction, remove: removeCalendarDayAction }} />
      </section>
    </div>
  );
}
