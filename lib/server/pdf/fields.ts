import "server-only";
import { bi, fromDocuments, type Bilingual } from "@/lib/server/pdf/texts";
import { almatyDay, calendarDay } from "@/lib/i18n/dates";
import type { DocumentLine, IssuedContext, SchoolView } from "@/lib/server/pdf/types";
import type { Field, ListEntry } from "@/lib/server/pdf/parts";

// Field rows that several documents share.

export function schoolName(school: SchoolView | null): Bilingual {
  return school ? { kk: school.nameKk, ru: school.nameRu } : bi("values.notStated");
}

export function numberAndDate(context: IssuedContext): string {
  const text = bi("numberDate", { number: context.number, date: almatyDay(context.applicationDate) });
  return `${text.kk} · ${text.ru}`;
}

/** Number, date, applicant, child and school: the head of every decision document. */
export function applicationFields(context: IssuedContext): Field[] {
  return [
    { label: bi("fields.applicationNumber"), value: `№${context.number}` },
    { label: bi("fields.applicationDate"), value: almatyDay(context.applicationDate) },
    { label: bi("fields.applicant"), value: context.applicant.fullName },
    { label: bi("fields.child"), value: context.child.fullName },
    { label: bi("fields.school"), value: schoolName(context.school) },
  ];
}

export function schoolAddressField(school: SchoolView | null): Field[] {
  return school ? [{ label: bi("fields.schoolAddress"), value: { kk: school.addressKk, ru: school.addressRu } }] : [];
}

/** One entry per document: its name in both languages; the file, its origin and PMPK validity. */
export function documentEntries(documents: DocumentLine[]): ListEntry[] {
  return documents.map((d) => {
    const details = [d.fileName];
    if (d.source === "HEALTH_SYSTEM") {
      const from = bi("values.fromHealthSystem");
      details.push(`${from.kk} / ${from.ru}`);
    }
    if (d.validUntil) {
      const valid = bi("values.validUntil", { date: calendarDay(d.validUntil) });
      details.push(`${valid.kk} / ${valid.ru}`);
    }
    return { title: fromDocuments(`kinds.${d.kind}`), details: details.join("; ") };
  });
}

/** A sentence naming the school: each language gets the school's name in that language. */
export function perLanguage(key: string, context: IssuedContext, values: Record<string, string | number>): Bilingual {
  return {
    kk: bi(key, { ...values, school: context.school?.nameKk ?? "" }).kk,
    ru: bi(key, { ...values, school: context.school?.nameRu ?? "" }).ru,
  };
}

/** The receipt's short list: each kind of document once, with how many files it had. */
export function documentKindEntries(documents: DocumentLine[]): ListEntry[] {
  const counts = new Map<DocumentLine["kind"], number>();
  for (const d of documents) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => {
    const title = fromDocuments(`kinds.${kind}`);
    return { title: count > 1 ? { kk: `${title.kk} (${count})`, ru: `${title.ru} (${count})` } : title };
  });
}
