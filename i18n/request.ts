import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/locales";

// No locale in the URL: the choice is a cookie, so every address stays the same in every
// language and a parent can switch at any moment without losing their place.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  // Kazakh is the service's default whatever the browser prefers; one click switches.
  const locale: Locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Almaty",
    messages: messagesFor(locale),
  };
});
