/** S-8: «Уақытылы» / «Мерзімі өткен», marked so it is seen in every list. */
export function TermBadge({ term, onTime, overdue }: { term: "ON_TIME" | "OVERDUE" | null; onTime: string; overdue: string }) {
  if (!term) return <span className="text-slate-400">—</span>;
  return term === "OVERDUE" ? (
    <span
      className="inline-block whitespace-nowrap rounded bg-red-100 px-2 py-0.5 text-xs font-bold text-red-800"
      data-testid="term-overdue"
    >
      ⚠ {overdue}
    </span>
  ) : (
    <span
      className="inline-block whitespace-nowrap rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-800"
      data-testid="term-on-time"
    >
      {onTime}
    </span>
  );
}
