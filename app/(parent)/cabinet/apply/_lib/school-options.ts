import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { pickName, pickText, type Locale } from "@/lib/i18n/locales";
import type { SchoolOption } from "@/lib/server/schools/school-option";
import type { RadioOption } from "@/lib/application/wizard-views";

/** Schools as radio options: name, address, languages of instruction, free transport. */
export async function schoolRadioOptions(schools: SchoolOption[]): Promise<RadioOption[]> {
  const t = await getTranslations("wizard.choose");
  const languageName = await getTranslations("languages");
  const locale = (await getLocale()) as Locale;
  return schools.map((school) => {
    const languages = school.languages.map((l) => languageName(l)).join(", ");
    const parts = [pickText(school.addressKk, school.addressRu, locale), t("languages", { languages })];
    if (school.hasTransport) parts.push(t("transport"));
    return { value: school.id, label: pickName(school, locale), hint: parts.join(" · "), testId: `school-${school.id}` };
  });
}
