"use client";

import kk from "@/messages/kk.json" with { type: "json" };
import ru from "@/messages/ru.json" with { type: "json" };
import "./globals.css";

// Shown only when the root layout itself fails: no language was chosen then, so the page
// speaks Kazakh and Russian both.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="kk">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-xl space-y-6 px-4 py-8" data-testid="global-error">
          {[
            { lang: "kk", errors: kk.errors },
            { lang: "ru", errors: ru.errors },
          ].map(({ lang, errors }) => (
            <section key={lang} lang={lang} className="space-y-2">
              <h1 className="text-2xl font-bold">{errors.errorTitle}</h1>
              <p className="text-slate-700">{errors.errorText}</p>
            </section>
          ))}
          <button type="button" className="btn-primary" onClick={() => reset()}>
            {kk.errors.tryAgain} / {ru.errors.tryAgain}
          </button>
        </main>
      </body>
    </html>
  );
}
