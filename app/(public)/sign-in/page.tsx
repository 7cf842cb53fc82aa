import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EgovSignInButton } from "@/components/auth/egov-sign-in-button";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const t = await getTranslations("signIn");
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {error && (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-800">
          {error === "AccessDenied" ? t("errors.accessDenied") : t("errors.generic")}
        </div>
      )}
      <section className="card space-y-4">
        <h2 className="text-xl font-bold">{t("parentTitle")}</h2>
        <p className="text-slate-700">{t("parentText")}</p>
        <EgovSignInButton label={t("withEgov")} />
      </section>
      <p>
        <Link href="/sign-in/staff" className="link">
          {t("staffLink")}
        </Link>
      </p>
    </div>
  );
}
