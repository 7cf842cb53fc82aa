// Which files an application carries (P-5), as pure rules shared by the server and the
// uploader. Mirrors the Prisma enum DocumentKind, kept as a string union so this stays Prisma-free.

export const DOCUMENT_KINDS = ["PHOTO", "F065", "F052", "PMPK"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type DocumentSource = "UPLOADED" | "HEALTH_SYSTEM";

/** How many current (not replaced) files of a kind an application may hold. */
export const MAX_CURRENT: Record<DocumentKind, number> = { PHOTO: 2, F065: 1, F052: 1, PMPK: 1 };

/** Forms the health information system provides; the parent uploads them only when it has nothing. */
export const HEALTH_FORMS = ["F065", "F052"] as const satisfies readonly DocumentKind[];

export function isHealthForm(kind: DocumentKind): kind is (typeof HEALTH_FORMS)[number] {
  return (HEALTH_FORMS as readonly string[]).includes(kind);
}

/** A document as the cabinet, the wizard and the upload route show it. */
export type DocumentView = {
  id: string;
  kind: DocumentKind;
  source: DocumentSource;
  fileName: string;
  mimeType: string;
  size: number;
  /** PMPK only: YYYY-MM-DD. */
  validUntil: string | null;
  /** ISO timestamp. */
  createdAt: string;
};

/** The upload route's refusals; each has a message in the "documents.errors" catalogue. */
export const UPLOAD_ERRORS = [
  "NOT_FOUND",
  "INVALID",
  "EMPTY",
  "TOO_LARGE",
  "WRONG_TYPE",
  "LIMIT_REACHED",
  "PROVIDED_BY_HEALTH_SYSTEM",
  "VALID_UNTIL_REQUIRED",
  "VALID_UNTIL_PAST",
  "REPLACE_NOT_FOUND",
] as const;
export type UploadError = (typeof UPLOAD_ERRORS)[number];
