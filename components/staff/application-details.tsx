import { getLocale, getTranslations } from "next-intl/server";
import { formatDay } from "@/components/format";
import { DefinitionList, type DefinitionRow } from "@/components/definition-list";
import { pickText, type Locale } from "@/lib/i18n/locales";
import type { StaffApplication } from "@/lib/server/applications/get-application";

/** S-6: the parent, the child (from the registry) and the school choice, as the seed's review page. */
export async function ApplicationDetails({ data }: { data: StaffApplication }) {
  const t = await getTranslations("boReview");
  const tl = await getTranslations("languages");
  const tc = await getTranslations("classTypes");
  const locale = (await getLocale()) as Locale;
  const { application: a, child, parentCitizen, answers } = data;
  const address = (c: typeof child) => (c?.address ? pickText(c.address.textKk, c.address.textRu, locale) : "—");
  const transport = answers.school?.transport;
  const yes = t("yes");
  const no = t("no");

  const parentRows: DefinitionRow[] = [
    [t("number"), a.number, "application-number"],
    [t("applicantName"), a.parent.fullName, "applicant-name"],
    [t("birthDate"), parentCitizen ? await formatDay(parentCitizen.birthDate, "short") : "—"],
    [t("phone"), a.parent.phone ?? "—"],
    [t("extraPhone"), answers.applicant?.extraPhone ?? "—"],
    [t("email"), a.parent.email ?? "—"],
    [
      t("iin"),
      <span key="iin" className="font-mono">
        {a.parent.iin ?? "—"}
      </span>,
    ],
    [t("resident"), yes],
    [t("address"), address(parentCitizen)],
  ];
  const childRows: DefinitionRow[] = [
    [t("childName"), child?.fullName ?? "—", "child-name"],
    [t("childBirthDate"), child ? await formatDay(child.birthDate, "short") : "—"],
    [
      t("iin"),
      <span key="ciin" className="font-mono">
        {a.childIin}
      </span>,
      "child-iin",
    ],
    [t("address"), address(child)],
    [t("sex"), child ? t(child.sex === "MALE" ? "male" : "female") : "—"],
    [t("specialNeeds"), answers.child?.specialNeeds ? yes : no],
  ];
  const schoolRows: DefinitionRow[] = [
    [t("school"), a.school ? pickText(a.school.nameKk, a.school.nameRu, locale) : "—"],
    [t("choice"), a.isCatchment === null ? "—" : t(a.isCatchment ? "byCatchment" : "byChoice")],
    [t("language"), a.language ? tl(a.language) : "—"],
    [t("classType"), a.classType ? tc(a.classType) : "—"],
    [t("academicYear"), a.academicYear],
    [t("transport"), transport?.needed ? (transport.sameAsRegistration ? t("transportSame") : t("transportOther")) : no],
    [t("inclusion"), a.inclusion === null ? "—" : a.inclusion ? yes : no],
    [t("reviewComment"), a.reviewComment ?? "—"],
  ];
  if (transport?.needed && transport.address) {
    const addr = transport.address;
    schoolRows.splice(6, 0, [t("transportAddress"), [addr.street, addr.house, addr.apartment].filter(Boolean).join(", ")]);
  }
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="card space-y-3" aria-labelledby="parent-title">
        <h2 id="parent-title" className="text-xl font-bold">
          {t("parentSection")}
        </h2>
        <DefinitionList rows={parentRows} testId="parent-fields" />
      </section>
      <section className="card space-y-3" aria-labelledby="child-title">
        <h2 id="child-title" className="text-xl font-bold">
          {t("childSection")}
        </h2>
        <DefinitionList rows={childRows} testId="child-fields" />
      </section>
      <section className="card space-y-3 lg:col-span-2" aria-labelledby="school-title">
        <h2 id="school-title" className="text-xl font-bold">
          {t("schoolSection")}
        </h2>
        <DefinitionList rows={schoolRows} testId="school-fields" />
      </section>
    </div>
  );
}
