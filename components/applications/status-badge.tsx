import { getTranslations } from "next-intl/server";

const TONES: Record<string, string> = {
  UNDER_REVIEW: "bg-amber-100 text-amber-900",
  AWAITING_SIGNATURE: "bg-sky-100 text-sky-900",
  ACCEPTED: "bg-green-100 text-green-900",
  ENROLLED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-slate-200 text-slate-800",
};

/** The status as the parent sees it (DOCUMENTS_CONFIRMED already mapped to UNDER_REVIEW). */
export async function StatusBadge({ status }: { status: string }) {
  const t = await getTranslations("statuses");
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-semibold ${TONES[status] ?? "bg-slate-100"}`} data-testid="status">
      {t(status)}
    </span>
  );
}
