import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("staffTitle") };
}

export default async function StaffSignInPage() {
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("staffTitle")}</h1>
      <p className="text-slate-700">{t("staffText")}</p>
      <StaffSignInForm />
      <p>
        <Link href="/sign-in" className="link">
          {t("parentLink")}
        </Link>
      </p>
    </div>
  );
}
