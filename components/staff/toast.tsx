"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * A short message in the top right corner (seed 000: «Өтінім директорға сәтті жіберілді»).
 * Shown again for every new `at`; it never carries an error on its own — errors stay in the
 * page where the person can act on them.
 */
export function Toast({ message, at }: { message: string | null; at?: number }) {
  const t = useTranslations("boCommon");
  // Which `at` was closed (by the person or after 8 s): a new `at` is shown again.
  const [closedAt, setClosedAt] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (!message || at === undefined) return;
    const timer = setTimeout(() => setClosedAt(at), 8000);
    return () => clearTimeout(timer);
  }, [message, at]);
  if (!message || at === undefined || closedAt === at) return null;
  return (
    <div
      role="status"
      className="fixed right-4 top-4 z-50 flex max-w-sm items-start gap-3 rounded-md border-l-4 border-green-700 bg-white p-4 shadow-lg"
      data-testid="toast"
    >
      <p className="font-semibold text-green-900">{message}</p>
      <button type="button" className="text-slate-500 hover:text-slate-900" aria-label={t("close")} onClick={() => setClosedAt(at)}>
        ✕
      </button>
    </div>
  );
}
