import Link from "next/link";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { pagePath } from "@/lib/application/steps";
import { checkOpeningWindow } from "@/lib/server/opening/check-opening-window";
import { closedMessage } from "./closed-message";

/** Once per request: the panel and the page's own "may continue" both ask. */
const openingWindow = cache((schoolId: string) => checkOpeningWindow(schoolId));

/**
 * X-4 on every page after the school is chosen: if its region does not take applications
 * today, say so with the dates; the caller blocks "Continue" (the actions refuse anyway).
 */
export async function ClosedPanel({ draftId, schoolId }: { draftId: string; schoolId: string }): Promise<React.ReactNode> {
  const window = await openingWindow(schoolId);
  if (window.ok) return null;
  const t = await getTranslations("wizard.closed");
  const { message } = await closedMessage(window);
  return (
    <div className="space-y-2 rounded-md border-l-4 border-red-700 bg-red-50 p-4" role="alert" data-testid="window-closed">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      <p>{message}</p>
      <Link href={pagePath(draftId, "school/choose")} className="link">
        {t("chooseAnother")}
      </Link>
    </div>
  );
}

export async function isWindowOpen(schoolId: string): Promise<boolean> {
  return (await openingWindow(schoolId)).ok;
}
