import { getTranslations } from "next-intl/server";
import { formatMoment } from "@/components/format";

type Event = {
  id: string;
  at: Date;
  actorName: string | null;
  actorRole: string | null;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
};

/** X-1 / S-6 «Өтінім тарихын көру»: every change with time, who, what and the comment. */
export async function HistoryTable({ events }: { events: Event[] }) {
  const t = await getTranslations("boHistory");
  const tr = await getTranslations("roles");
  const times = await Promise.all(events.map((e) => formatMoment(e.at)));
  if (events.length === 0) return <p className="text-slate-600">{t("empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="table-dense" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">{t("at")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("event")}</th>
            <th scope="col">{t("comment")}</th>
          </tr>
        </thead>
        <tbody>
          {[...events].reverse().map((e) => {
            const i = events.indexOf(e);
            return (
              <tr key={e.id}>
                <td className="whitespace-nowrap">{times[i]}</td>
                <td className="min-w-40">
                  {e.actorName ?? "—"}
                  {e.actorRole && <span className="block text-xs text-slate-500">{tr(e.actorRole)}</span>}
                </td>
                <td className="min-w-48">{t(`events.${e.toStatus}`)}</td>
                <td className="min-w-48 whitespace-pre-line">{e.comment ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
