import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { WizardFacts } from "@/lib/application/steps";
import { getMyChildren } from "@/lib/server/children/get-my-children";
import { Checkbox, RadioGroup, TextField } from "@/components/wizard/fields";
import { WizardForm } from "@/components/wizard/wizard-form";
import { WizardPageFrame } from "@/components/wizard/wizard-page";
import { isChange, loadPage, requireApplicant } from "../../_lib/load-page";
import { longDate } from "../../_lib/form-actions";
import { saveChildAction } from "./actions";

type Props = { params: Promise<{ draftId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = await getTranslations("wizard");
  return { title: t("child.title") };
}

const NO_FACTS: WizardFacts = { schoolHasTransport: false, documentsComplete: false };

/** Step 1 (P-3): the applicant from the profile, read-only; an extra phone; the child; the SEN mark. */
export default async function ChildPage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const isNew = draftId === "new";
  const { parent, state } = isNew ? { parent: await requireApplicant(), state: null } : await loadPage(draftId, "child");
  if (!isNew && !state) notFound();
  const t = await getTranslations("wizard");
  const children = await getMyChildren(parent);
  const answers = state?.draft.answers ?? {};
  const lockedIin = state?.draft.childIin ?? null;

  const options = await Promise.all(
    children.map(async (child) => {
      const consented = child.consent?.status === "CONFIRMED";
      const locked = lockedIin !== null && lockedIin !== child.iin;
      const born = t("child.born", { date: await longDate(child.birthDate) });
      return {
        value: child.iin,
        label: child.fullName,
        hint: `${t("child.iin")} ${child.iin} · ${born}${!consented ? ` · ${t("child.consentMissing")}` : ""}${locked ? ` · ${t("child.lockedHint")}` : ""}`,
        disabled: !consented || locked,
        testId: `child-option-${child.iin}`,
      };
    }),
  );
  const withoutConsent = children.some((c) => c.consent?.status !== "CONFIRMED");

  return (
    <WizardPageFrame page="child" answers={answers} facts={state?.facts ?? NO_FACTS} backHref="/cabinet/apply" title={t("child.title")}>
      <section className="card space-y-3" aria-labelledby="applicant-title">
        <h2 id="applicant-title" className="text-xl font-bold">
          {t("child.applicantTitle")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="applicant">
          <dt className="text-slate-500">{t("child.iin")}</dt>
          <dd className="font-semibold">{parent.iin}</dd>
          <dt className="text-slate-500">{t("child.fullName")}</dt>
          <dd className="font-semibold">{parent.fullName}</dd>
          <dt className="text-slate-500">{t("child.phone")}</dt>
          <dd className="font-semibold">{parent.phone ?? "—"}</dd>
        </dl>
        <p className="text-sm text-slate-600">{t("child.fromProfile")}</p>
      </section>

      <WizardForm
        action={saveChildAction}
        draftId={draftId}
        submitLabel={t("continue")}
        testId="child-form"
        hidden={isChange(await searchParams) ? { returnTo: "review" } : undefined}
      >
        <TextField
          name="applicant.extraPhone"
          label={t("child.extraPhone")}
          hint={t("child.extraPhoneHint")}
          inputMode="tel"
          autoComplete="tel"
          width="short"
          defaultValue={answers.applicant?.extraPhone ?? ""}
        />
        {children.length === 0 ? (
          <div className="card space-y-2" data-testid="no-children">
            <p>{t("child.noChildren")}</p>
            <Link href="/cabinet/children" className="link">
              {t("child.toChildren")}
            </Link>
          </div>
        ) : (
          <RadioGroup
            name="child.iin"
            legend={t("child.childLegend")}
            hint={t("child.childHint")}
            options={options}
            defaultValue={answers.child?.iin ?? lockedIin ?? undefined}
          />
        )}
        {withoutConsent && (
          <p>
            <Link href="/cabinet/children" className="link" data-testid="give-consent">
              {t("child.giveConsent")}
            </Link>
            {" — "}
            {t("child.toChildren")}
          </p>
        )}
        <fieldset className="space-y-2">
          <legend className="label">{t("child.specialNeedsTitle")}</legend>
          <Checkbox
            name="child.specialNeeds"
            label={t("child.specialNeeds")}
            hint={t("child.specialNeedsHint")}
            defaultChecked={answers.child?.specialNeeds === true}
            testId="special-needs"
          />
        </fieldset>
      </WizardForm>
    </WizardPageFrame>
  );
}
