import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { describeForPhone, publicPart } from "@/lib/server/stand-ins/egov-mobile/describe-for-phone";
import { MobileSign } from "@/components/signing/mobile-sign";
import { mobileSignStep } from "./actions";
import { requireStandIns } from "@/lib/server/stand-ins/gate";
import { PhoneDocumentCard } from "@/components/signing/phone-document-card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signing.mobile");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The page the QR code leads to: "the phone" of the eGov mobile stand-in. No session needed,
 * and none of it exists unless the demo stand-ins are on.
 */
export default async function EgovMobileSignPage({ params }: { params: Promise<{ id: string }> }) {
  requireStandIns();
  const { id } = await params;
  const t = await getTranslations("signing.mobile");
  const locale = await getLocale();
  const document = await describeForPhone(id);
  if (!document) {
    return (
      <p className="card text-red-800" role="alert" data-testid="mobile-unavailable">
        {t("unavailable")}
      </p>
    );
  }
  const summary = publicPart(document);
  return (
    <div className="space-y-4">
      <PhoneDocumentCard
        purpose={summary.purpose}
        applicationNumber={summary.applicationNumber}
        school={(locale === "kk" ? summary.schoolKk : summary.schoolRu) ?? "—"}
        child={summary.childMasked}
      />
      <MobileSign initial={{ step: "iin", requestId: summary.id }} step={mobileSignStep} />
    </div>
  );
}
