import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { auditActorOf, maybeSchoolIdOf } from "./access";

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
    z.string().trim().max(300, { error: "tooLong" }).regex(/^https?:\/\/[^\s/$.?#].[^\s]*$/i, { error: "websiteFormat" }),
  ),
  phone: optional(z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/, { error: "phoneFormat" })),
  languages: z.array(z.enum(SCHOOL_LANGUAGES)).min(1, { error: "languagesRequired" }),
  hasTransport: z.boolean(),
});

export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

/** S-2: saves the profile of the administrator's own school; the audit row keeps what changed. */
export async function updateSchoolSettings(admin: CurrentUser, input: SchoolSettings): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  const schoolId = maybeSchoolIdOf(admin);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const school = await tx.organisation.findFirst({ where: { id: schoolId, kind: "SCHOOL" } });
    if (!school) return { ok: false, error: "NOT_FOUND" } as const;
    const before: Record<string, unknown> = { ...school };
    const changed = Object.fromEntries(
      Object.entries(input).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)),
    );
    if (Object.keys(changed).length === 0) return { ok: true } as const;
    await tx.organisation.update({ where: { id: schoolId }, data: input });
    await audit(tx, {
      actor: auditActorOf(admin),
      action: "school.settings-updated",
      entity: "organisation",
      entityId: schoolId,
      details: JSON.parse(
        JSON.stringify({ before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k]])), after: changed }),
      ),
    });
    return { ok: true } as const;
  });
}
