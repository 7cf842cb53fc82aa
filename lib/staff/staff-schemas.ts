// S-1 and S-4: what the administrator posts about a staff member, what an import posts, and the
// director's service assignments. Error messages are catalogue keys (boUsers.errors). Pure.
import { z } from "zod";
import { SCHOOL_ROLES } from "@/lib/auth/permissions";
import { recordIdSchema } from "@/lib/forms";
import { SERVICES } from "@/lib/application/list-filters";

const optional = (schema: z.ZodString) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable());

export const staffUserSchema = z.object({
  fullName: z.string().trim().min(3, { error: "fullNameRequired" }).max(150, { error: "tooLong" }),
  email: optional(z.string().trim().max(150, { error: "tooLong" }).email({ error: "emailFormat" })),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{10,20}$/, { error: "phoneFormat" }),
  ),
  role: z.enum(SCHOOL_ROLES, { error: "roleRequired" }),
});

export type StaffUserInput = z.infer<typeof staffUserSchema>;

/** S-4: the services the director assigns to one executor. */
export const assignmentSchema = z.object({ userId: recordIdSchema, services: z.array(z.enum(SERVICES)) });

/** «Импорттау»: each ticked person (portal id) with the role chosen for them. */
export const importSchema = z.array(z.object({ portalId: z.string().min(1).max(64), role: z.enum(SCHOOL_ROLES) })).max(500);
