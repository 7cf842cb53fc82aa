import type { DocumentKind, DocumentSource } from "@/lib/documents/kinds";

// What the PDF components draw. Loaders (lib/server/documents) build these from the database;
// the components stay free of data access so they can be rendered and tested on their own.

export type SignatureView = {
  signerName: string;
  /** Nine stars and the last three digits (lib/iin/mask maskIin). */
  signerIinMasked: string;
  certSerial: string;
  signedAt: Date;
  payloadSha256: string;
  /** `${APP_BASE_URL}/verify/${issuedId}` */
  verifyUrl: string;
  /** PNG data URL of the QR code carrying verifyUrl. */
  qrDataUrl: string;
};

export type SchoolView = { nameKk: string; nameRu: string; addressKk: string; addressRu: string };

export type ChildView = { fullName: string; iin: string; /** YYYY-MM-DD */ birthDate: string };

export type DocumentLine = { kind: DocumentKind; fileName: string; source: DocumentSource; /** YYYY-MM-DD */ validUntil: string | null };

export type IssuedContext = {
  number: number;
  applicationDate: Date;
  applicant: { fullName: string; iin: string; phone: string | null };
  child: ChildView;
  school: SchoolView | null;
  signature: SignatureView;
};

export type ApplicationDetails = {
  academicYear: string;
  language: "KK" | "RU" | "EN" | "TR" | null;
  classType: "GENERAL" | "GYMNASIUM" | null;
  isCatchment: boolean | null;
  /** null when the school offers no transport (the question was not asked). */
  transport: { requested: boolean; address: string | null } | null;
  extraPhone: string | null;
  specialNeeds: boolean | null;
  documents: DocumentLine[];
};

export type IssuedPdfData =
  | { kind: "APPLICATION"; context: IssuedContext; details: ApplicationDetails }
  | { kind: "RECEIPT"; context: IssuedContext; documents: DocumentLine[] }
  | { kind: "REFUSAL"; context: IssuedContext; reason: string }
  | { kind: "WITHDRAWAL"; context: IssuedContext };

export type HealthFormPdfData = {
  form: "F065" | "F052";
  child: ChildView;
  organisation: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  summary: string;
  fetchedAt: Date;
};
