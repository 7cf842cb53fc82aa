// The wizard's answers (P-3 … P-5): one zod schema per step, shared by the forms (field names,
// error keys) and the server actions (validation before a draft is saved). Pure: no I/O.
//
// Error messages are catalogue keys under "wizard.errors" (e.g. "phoneFormat"), so the same
// schema serves every language.

import { z } from "zod";
import { isValidIin } from "@/lib/iin/iin";
import { STEP_IDS, type StepId } from "./steps";
import type { DocumentKind } from "@/lib/documents/kinds";

export const LANGUAGES = ["KK", "RU", "EN", "TR"] as const;
export const CLASS_TYPES = ["GENERAL", "GYMNASIUM"] as const;
export type WizardLanguage = (typeof LANGUAGES)[number];
export type WizardClassType = (typeof CLASS_TYPES)[number];

/** "+7 701 123-45-67", "8 (701) 1234567", "77011234567" → "+77011234567"; anything else unchanged. */
export function normalisePhone(value: string): string {
  const compact = value.replace(/[\s()\-.]/g, "");
  if (/^8\d{10}$/.test(compact)) return `+7${compact.slice(1)}`;
  if (/^7\d{10}$/.test(compact)) return `+${compact}`;
  return compact;
}

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max, { error: "tooLong" }).optional());

const requiredText = (max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: key }).min(1, { error: key }).max(max, { error: "tooLong" }),
  );

const unitId = (key: string) => z.string({ error: key }).min(1, { error: key }).max(64);
const optionalUnitId = z.preprocess(blankToUndefined, z.string().max(64).optional());

// ─────────────────────────────── step 1 (P-3) ───────────────────────────────

export const applicantSchema = z.object({
  extraPhone: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : normalisePhone(v)) : v),
    z
      .string()
      .regex(/^\+7\d{10}$/, { error: "phoneFormat" })
      .optional(),
  ),
});

export const childSchema = z.object({
  iin: z
    .string({ error: "childRequired" })
    .regex(/^\d{12}$/, { error: "childRequired" })
    .refine(isValidIin, { error: "childRequired" }),
  specialNeeds: z.boolean(),
});

export const childStepSchema = z.object({ applicant: applicantSchema, child: childSchema });

// ─────────────────────────────── step 2 (P-4) ───────────────────────────────

export const transportAddressSchema = z.object({
  regionId: unitId("regionRequired"),
  districtId: unitId("districtRequired"),
  ruralDistrictId: optionalUnitId,
  settlementId: optionalUnitId,
  street: requiredText(120, "streetRequired"),
  house: requiredText(20, "houseRequired"),
  apartment: optionalText(20),
});

/** P-4a: the address is asked only when transport is needed and the parent lives elsewhere. */
export const transportSchema = z
  .object({
    needed: z.boolean({ error: "transportNeededRequired" }),
    sameAsRegistration: z.boolean({ error: "sameAddressRequired" }),
    address: transportAddressSchema.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.needed && !value.sameAsRegistration && !value.address) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "addressRequired" });
    }
  });

/** The transport page's own question pair: the second one only when transport is needed. */
export const transportAnswerSchema = z
  .object({
    needed: z.boolean({ error: "transportNeededRequired" }),
    sameAsRegistration: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.needed && value.sameAsRegistration === undefined) {
      ctx.addIssue({ code: "custom", path: ["sameAsRegistration"], message: "sameAddressRequired" });
    }
  });

/** The address page's typed part; the units come from the cascade. */
export const transportAddressTextSchema = transportAddressSchema.pick({ street: true, house: true, apartment: true });

export const schoolSchema = z.object({
  byCatchment: z.boolean({ error: "wayRequired" }),
  schoolId: z.string({ error: "schoolRequired" }).min(1, { error: "schoolRequired" }).max(64),
  language: z.enum(LANGUAGES, { error: "seatRequired" }),
  classType: z.enum(CLASS_TYPES, { error: "seatRequired" }),
  transport: transportSchema.optional(),
});

export const schoolStepSchema = z.object({ school: schoolSchema });

// ─────────────────────────────── step 3 (P-5) ───────────────────────────────

export const documentsSchema = z.object({
  dataCorrect: z.literal(true, { error: "dataCorrectRequired" }),
  externalDataConsent: z.literal(true, { error: "externalDataConsentRequired" }),
});

export const documentsStepSchema = z.object({ documents: documentsSchema });

// ───────────────────────────────── together ─────────────────────────────────

export const completeAnswersSchema = z.object({
  applicant: applicantSchema,
  child: childSchema,
  school: schoolSchema,
  documents: documentsSchema,
});

export type WizardAnswers = z.infer<typeof completeAnswersSchema>;
export type TransportAnswers = z.infer<typeof transportSchema>;
export type TransportAddress = z.infer<typeof transportAddressSchema>;

/** What a draft may hold while it is being filled in: every part optional, parts partial. */
export type DraftAnswers = {
  applicant?: Partial<WizardAnswers["applicant"]>;
  child?: Partial<WizardAnswers["child"]>;
  school?: Partial<Omit<WizardAnswers["school"], "transport">> & {
    transport?: { needed?: boolean; sameAsRegistration?: boolean; address?: TransportAddress | null };
  };
  documents?: Partial<{ dataCorrect: boolean; externalDataConsent: boolean }>;
};

/** One schema per step that collects answers (the review step collects none). */
export const stepSchemas = {
  child: childStepSchema,
  school: schoolStepSchema,
  documents: documentsStepSchema,
} as const satisfies Partial<Record<StepId, z.ZodType>>;

export type ValidatedDraft = { ok: true; answers: WizardAnswers } | { ok: false; firstIncompleteStep: StepId };

/** Whether a stored draft holds every answer, and if not, the first step that lacks one. */
export function validateDraftAnswers(answers: unknown): ValidatedDraft {
  const value = answers && typeof answers === "object" ? answers : {};
  for (const step of STEP_IDS) {
    if (step === "review") break;
    if (!stepSchemas[step].safeParse(value).success) return { ok: false, firstIncompleteStep: step };
  }
  const complete = completeAnswersSchema.safeParse(value);
  return complete.success ? { ok: true, answers: complete.data } : { ok: false, firstIncompleteStep: "child" };
}

/** A stored answers value read leniently: anything that is not an object counts as empty. */
export function readDraftAnswers(answers: unknown): DraftAnswers {
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return {};
  const record = answers as Record<string, unknown>;
  const part = (key: string) => {
    const v = record[key];
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  };
  return {
    applicant: part("applicant") as DraftAnswers["applicant"],
    child: part("child") as DraftAnswers["child"],
    school: part("school") as DraftAnswers["school"],
    documents: part("documents") as DraftAnswers["documents"],
  };
}

// ─────────────────────────── documents (P-5) ────────────────────────────────

export const PHOTOS_REQUIRED = 2;

export type DocumentFact = { kind: DocumentKind; validUntil: string | null };

export type DocumentsCheck = {
  ok: boolean;
  /** Kinds still missing, in the order of the page; PMPK_EXPIRED when its date has passed. */
  missing: ("PHOTO" | "F065" | "F052" | "PMPK" | "PMPK_VALIDITY" | "PMPK_EXPIRED")[];
  photos: number;
};

/**
 * P-5: two photos, forms 065/у and 052-2/у (fetched or uploaded), and — only for a child with
 * special needs — the PMPK conclusion with a validity date that has not passed.
 * @param today YYYY-MM-DD
 */
export function checkDocuments(documents: readonly DocumentFact[], specialNeeds: boolean, today: string): DocumentsCheck {
  const of = (kind: DocumentKind) => documents.filter((d) => d.kind === kind);
  const photos = of("PHOTO").length;
  const missing: DocumentsCheck["missing"] = [];
  if (photos < PHOTOS_REQUIRED) missing.push("PHOTO");
  if (of("F065").length === 0) missing.push("F065");
  if (of("F052").length === 0) missing.push("F052");
  if (specialNeeds) {
    const pmpk = of("PMPK");
    if (pmpk.length === 0) missing.push("PMPK");
    else if (!pmpk.some((d) => d.validUntil)) missing.push("PMPK_VALIDITY");
    else if (!pmpk.some((d) => d.validUntil !== null && d.validUntil >= today)) missing.push("PMPK_EXPIRED");
  }
  return { ok: missing.length === 0, missing, photos };
}
