import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getMyChildren } from "@/lib/server/children/get-my-children";
import { ChildConsentCard } from "@/components/parent/child-consent-card";
import { formatDay } from "@/components/format";
import { pickText, type Locale } from "@/lib/i18n/locales";
import { replyConsentAction, requestConsentAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("children");
  return { title: t("title") };
}

/** "My children" from the population registry, each with its own consent (P-3, P-3a). */
export default async function ChildrenPage() {
  const parent = await requirePermission("application:view-own", "parent");
  const t = await getTranslations("children");
  const locale = (await getLocale()) as Locale;
  const children = await getMyChildren(parent);

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {children.length === 0 ? (
        <p className="card" data-testid="no-children">
          {t("none")}
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" data-testid="children-list">
          {await Promise.all(
            children.map(async (child) => (
              <li key={child.iin}>
                <ChildConsentCard
                  actions={{ request: requestConsentAction, reply: replyConsentAction }}
                  child={{
                    iin: child.iin,
                    fullName: child.fullName,
                    birthDate: await formatDay(child.birthDate, "short"),
                    sex: t(child.sex === "MALE" ? "male" : "female"),
                    address: child.address ? pickText(child.address.textKk, child.address.textRu, locale) : t("noAddress"),
                    age: child.age.ok ? t("ageOk") : t(`age.${child.age.reason}`, { date: await formatDay(child.age.turnsSixOn, "short") }),
                  }}
                  consent={child.consent}
                  sms={child.lastSms}
                />
              </li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}
