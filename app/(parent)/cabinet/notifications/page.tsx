import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/server/auth/session";
import { listNotifications } from "@/lib/server/notifications/parent-notifications";
import { formatMoment } from "@/components/format";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const user = await requireArea("parent");
  const t = await getTranslations("notifications");
  const items = await listNotifications(user.id);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {items.length === 0 ? (
        <p className="card">{t("none")}</p>
      ) : (
        <ul className="space-y-3" data-testid="notifications">
          {await Promise.all(
            items.map(async (n) => (
              <li key={n.id} className={`card ${n.readAt ? "" : "border-l-4 border-l-brand-600"}`}>
                <p className="text-xs text-slate-500">{await formatMoment(n.createdAt)}</p>
                <p className="font-semibold">{t(`kinds.${n.key}`, n.params as Record<string, string>)}</p>
              </li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}
