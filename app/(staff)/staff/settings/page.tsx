import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getSchoolProfile } from "@/lib/server/schools/get-school-profile";
import { SettingsForm } from "@/components/staff/settings-form";
import { saveSettingsAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("boSettings");
  return { title: t("title") };
}

/** S-2 «Баптаулар»: the school's names, address, contacts, languages, transport, signer. */
export default async function SettingsPage() {
  const user = await requirePermission("school:edit-settings", "staff");
  const t = await getTranslations("boSettings");
  const { school } = await getSchoolProfile(user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SettingsForm
        action={saveSettingsAction}
        school={{
          nameKk: school.nameKk,
          nameRu: school.nameRu,
          addressKk: school.addressKk,
          addressRu: school.addressRu,
          email: school.email ?? "",
          website: school.website ?? "",
          phone: school.phone ?? "",
          languages: school.languages,
          hasTransport: school.hasTransport,
        }}
      />
    </div>
  );
}
