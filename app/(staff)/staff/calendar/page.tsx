import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { listCalendarDays } from "@/lib/server/backoffice/list-calendar-days";
import { CalendarEditor } from "@/components/staff/calendar-editor";
import { removeCalendarDayAction, saveCalendarDayAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("boCalendar");
  return { title: t("title") };
}

/** S-8: holidays and moved working days, which the 1-working-day term is counted with. */
export default async function CalendarPage() {
  await requirePermission("calendar:edit", "staff");
  const t = await getTranslations("boCalendar");
  const year = Number(businessToday().slice(0, 4));
  const days = await listCalendarDays(year - 1, year + 1);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <CalendarEditor days={days} actions={{ save: saveCalendarDayAction, remove: removeCalendarDayAction }} />
    </div>
  );
}
