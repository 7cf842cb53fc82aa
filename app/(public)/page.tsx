import Link from "next/link";
import { currentAcademicYear } from "@/lib/server/clock";
import { getLocale, getTranslations } from "next-intl/server";
import { getOpeningSchedule } from "@/lib/server/opening/get-opening-schedule";
import { formatDay } from "@/components/format";
import { pickName, type Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  const t = await getTranslations("service");
  return { title: t("title") };
}

type Faq = { q: string; a: string };

/** P-1: the public service page. */
export default async function ServicePage() {
  const t = await getTranslations("service");
  const locale = (await getLocale()) as Locale;
  const schedule = await getOpeningSchedule(currentAcademicYear());
  const documents = t.raw("documents") as string[];
  const refusals = t.raw("refusalGrounds") as string[];
  const faq = t.raw("faq") as Faq[];

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("kicker")}</p>
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <Link href="/cabinet/applications" className="btn-primary text-lg" data-testid="order-online">
          {t("orderOnline")}
        </Link>
      </header>

      <section className="grid gap-4 sm:grid-cols-3">
        <Fact title={t("facts.termTitle")} text={t("facts.term")} />
        <Fact title={t("facts.costTitle")} text={t("facts.cost")} />
        <Fact title={t("facts.whoTitle")} text={t("facts.who")} />
      </section>

      <section className="card space-y-3">
        <h2 className="text-2xl font-bold">{t("documentsTitle")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
        <p className="text-slate-700">{t("documentsNote")}</p>
      </section>

      <section className="card space-y-3">
        <h2 className="text-2xl font-bold">{t("scheduleTitle")}</h2>
        <p className="text-slate-700">{t("scheduleNote")}</p>
        <div className="table-scroll">
          <table className="table-dense" data-testid="opening-schedule">
            <thead>
              <tr>
                <th scope="col">{t("schedulePeriod")}</th>
                <th scope="col">{t("scheduleRegions")}</th>
              </tr>
            </thead>
            <tbody>
              {await Promise.all(
                schedule.map(async (group) => (
                  <tr key={group.opensOn}>
                    <td className="whitespace-nowrap font-semibold">
                      {await formatDay(group.opensOn)} – {await formatDay(group.closesOn)}
                    </td>
                    <td>{group.regions.map((r) => pickName(r, locale)).join(", ")}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card space-y-3">
        <h2 className="text-2xl font-bold">{t("refusalTitle")}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {refusals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>

      <section className="space-y-3">
        <h2 className="text-2xl font-bold">{t("faqTitle")}</h2>
        {faq.map((item) => (
          <details key={item.q} className="card group">
            <summary className="cursor-pointer text-lg font-semibold">{item.q}</summary>
            <p className="mt-3 whitespace-pre-line text-slate-700">{item.a}</p>
          </details>
        ))}
      </section>
    </article>
  );
}

function Fact({ title, text }: { title: string; text: string }) {
  return (
    <div className="card">
      <h2 className="text-sm font-semibold uppercase text-slate-500">{title}</h2>
      <p className="mt-1 text-lg font-semibold">{text}</p>
    </div>
  );
}
