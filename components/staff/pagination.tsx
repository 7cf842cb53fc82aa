import Link from "next/link";

type Props = {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
  labels: { prev: string; next: string; page: string; nav: string };
};

/** Previous / next and "page N of M"; plain links, so they work without JavaScript. */
export function Pagination({ page, pageCount, hrefOf, labels }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className="btn-secondary" rel="prev">
          ← {labels.prev}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{labels.page}</span>
      {page < pageCount ? (
        <Link href={hrefOf(page + 1)} className="btn-secondary" rel="next">
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
