import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/server/auth/session";
import { requireStandIns } from "@/lib/server/stand-ins/gate";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";
import { formatMoment } from "@/components/format";

export async function generateMetadata() {
  const t = await getTranslations("sms");
  return { title: t("title") };
}

/** The local SMS gateway's outbox for the parent's own phone number: a stand-in for the phone. */
export default async function SmsPage() {
  const user = await requireArea("parent");
  requireStandIns();
  const t = await getTranslations("sms");
  const messages = user.phone ? await getSmsGateway().outbox({ phone: user.phone, limit: 50 }) : [];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { phone: user.phone ?? "—" })}</p>
      {messages.length === 0 ? (
        <p className="card">{t("none")}</p>
      ) : (
        <ul className="mx-auto max-w-md space-y-2" data-testid="sms-outbox">
          {await Promise.all(
            messages.map(async (m) => (
              <li
                key={m.id}
                className={`rounded-2xl p-3 text-sm shadow-sm ${m.direction === "INCOMING" ? "ml-10 bg-brand-600 text-white" : "mr-10 bg-white"}`}
              >
                <p className="text-xs opacity-70">
                  {m.direction === "INCOMING" ? t("you") : m.sender} · {await formatMoment(m.createdAt)}
                </p>
                <p>{m.text}</p>
              </li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}
