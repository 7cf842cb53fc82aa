// S-2 and S-3: what the school administrator fills in about the school and its admission
// campaign. Error messages are catalogue keys (boSettings.errors, boCampaign.errors). Pure.
import { z } from "zod";

const text = (max: number, key: string) => z.string().trim().min(1, { error: key }).max(max, { error: "tooLong" });
const optional = (schema: z.ZodString) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable());

export const SCHOOL_LANGUAGES = ["KK", "RU", "EN", "TR"] as const;

/** S-2: what the administrator fills in about the school. */
export const schoolSettingsSchema = z.object({
  nameKk: text(300, "nameKkRequired"),
  nameRu: text(300, "nameRuRequired"),
  addressKk: text(300, "addressKkRequired"),
  addressRu: text(300, "addressRuRequired"),
  email: optional(z.string().trim().max(150, { error: "tooLong" }).email({ error: "emailFormat" })),
  website: optional(
    z
      .string()
      .trim()
      .max(300, { error: "tooLong" })
      .regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, { error: "websiteFormat" }),
  ),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, { error: "phoneFormat" }),
  ),
  languages: z.array(z.enum(SCHOOL_LANGUAGES)).min(1, { error: "languagesRequired" }),
  hasTransport: z.boolean(),
});

export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

export const CLASS_TYPES = ["GENERAL", "GYMNASIUM"] as const;
export type ClassType = (typeof CLASS_TYPES)[number];
export type Language = "KK" | "RU" | "EN" | "TR";

/** S-3: the admission-campaign settings of one school for the current academic year. */
export const campaignSchema = z.object({
  maxPerClass: z.coerce
    .number({ error: "maxPerClassRequired" })
    .int({ error: "wholeNumber" })
    .min(1, { error: "maxPerClassRange" })
    .max(40, { error: "maxPerClassRange" }),
  classTypes: z.array(z.enum(CLASS_TYPES)).min(1, { error: "classTypesRequired" }),
  admitsByChoice: z.boolean(),
  seats: z.array(
    z.object({
      classType: z.enum(CLASS_TYPES),
      language: z.enum(["KK", "RU", "EN", "TR"]),
      capacity: z.coerce
        .number({ error: "seatsNumber" })
        .int({ error: "wholeNumber" })
        .min(0, { error: "seatsNumber" })
        .max(2000, { error: "seatsRange" }),
    }),
  ),
});

export type CampaignInput = z.infer<typeof campaignSchema>;
