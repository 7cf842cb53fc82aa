import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { pickName, type Locale } from "@/lib/i18n/locales";
import type { OpeningWindowCheck } from "@/lib/server/opening/check-opening-window";
import type { FormMessage } from "@/lib/forms";
import { longDate } from "./form-actions";

/** "applications are not accepted", with the region's dates. */
export async function closedMessage(window: Exclude<OpeningWindowCheck, { ok: true }>, field?: string): Promise<FormMessage> {
  const t = await getTranslations("wizard.closed");
  const locale = (await getLocale()) as Locale;
  const message =
    window.state === "NO_WINDOW" || !window.opensOn || !window.closesOn
      ? t("NO_WINDOW")
      : t(window.state, {
          region: window.region ? pickName(window.region, locale) : "",
          opensOn: await longDate(window.opensOn),
          closesOn: await longDate(window.closesOn),
        });
  return { message, field };
}
