import Link from "next/link";
import type { SummaryRow } from "@/lib/application/wizard-views";

/** GOV.UK check-answers: label, answer, and a "Change" link back into the step. */
export function SummaryList({ rows, changeText }: { rows: SummaryRow[]; changeText: string }) {
  return (
    <dl className="divide-y divide-slate-200">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr_auto] sm:gap-4" data-testid={row.testId}>
          <dt className="font-semibold">{row.label}</dt>
          <dd className="min-w-0 break-words">{row.value}</dd>
          <dd>
            {row.changeHref && (
              <Link href={row.changeHref} className="link" data-testid={row.testId ? `${row.testId}-change` : undefined}>
                {changeText}
                <span className="sr-only"> — {row.changeLabel ?? row.label}</span>
              </Link>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
