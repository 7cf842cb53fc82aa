import "server-only";
import { messagesFor } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/locales";

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

/** The language the visitor chose (the same cookie the pages read), Kazakh by default. */
export function localeOfRequest(request: Request | undefined): Locale {
  const cookie = request?.headers.get("cookie") ?? "";
  const chosen = cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

/** 503 with "try again in a moment" in the visitor's language, for route handlers. */
export function databaseUnavailableResponse(request: Request | undefined): Response {
  const errors = messagesFor(localeOfRequest(request)).errors as Record<string, string>;
  return Response.json(
    { status: "unavailable", message: errors.unavailableText },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}
