import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getSchoolProfile } from "@/lib/server/schools/get-school-profile";
import { CampaignForm } from "@/components/staff/campaign-form";
import { saveCampaignAction } from "../settings/actions";

export async function generateMetadata() {
  const t = await getTranslations("boCampaign");
  return { title: t("menuTitle") };
}

/** S-3 «Қабылдау кампаниясының баптаулары» for the current academic year, with free seats live. */
export default async function CampaignPage() {
  const user = await requirePermission("school:edit-campaign", "staff");
  const t = await getTranslations("campaign");
  const tb = await getTranslations("boCampaign");
  const { school, campaign, academicYear } = await getSchoolProfile(user);
  const isMissing = !campaign || campaign.seats.every((s) => s.capacity === 0);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title", { year: academicYear })}</h1>
      {isMissing && (
        <p
          role="alert"
          className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-800"
          data-testid="campaign-missing"
        >
          {tb("missing")}
        </p>
      )}
      <CampaignForm
        action={saveCampaignAction}
        languages={school.languages}
        campaign={{
          maxPerClass: campaign?.maxPerClass ?? 25,
          classTypes: campaign?.classTypes ?? ["GENERAL"],
          admitsByChoice: campaign?.admitsByChoice ?? false,
          seats: (campaign?.seats ?? []).map((s) => ({
            classType: s.classType,
            language: s.language,
            capacity: s.capacity,
            reservedCatchment: s.reservedCatchment,
            reservedOutside: s.reservedOutside,
          })),
        }}
      />
      <div role="note" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4" data-testid="campaign-warning">
        <strong>{tb("warningLabel")}</strong> {t("warning")}
      </div>
    </div>
  );
}
