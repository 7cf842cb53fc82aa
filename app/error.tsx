"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";

// The page shown when rendering fails, in the visitor's language (the root layout's message
// provider is still there). The message of a server error never reaches the browser; its
// digest does, and a database that cannot be reached has a digest of its own
// (lib/server/db/unavailable.ts: DATABASE_UNAVAILABLE, kept in sync by hand: this is client code).
const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const isUnavailable = error.digest === DATABASE_UNAVAILABLE;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="mx-auto max-w-xl space-y-4 px-4 py-8">
      <p className="text-sm font-semibold text-slate-500">{isUnavailable ? 503 : 500}</p>
      <h1 className="text-3xl font-bold" data-testid={isUnavailable ? "unavailable" : "error"}>
        {t(isUnavailable ? "unavailableTitle" : "errorTitle")}
      </h1>
      <p className="text-slate-700">{t(isUnavailable ? "unavailableText" : "errorText")}</p>
      <button type="button" className="btn-primary" onClick={() => reset()}>
        {t("tryAgain")}
      </button>
    </main>
  );
}
