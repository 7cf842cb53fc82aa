"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { setServiceAssignments } from "@/lib/server/backoffice/set-service-assignments";
import { SERVICES } from "@/lib/server/backoffice/list-filters";
import type { ActionResult } from "@/components/staff/form-state";
import { RECORD_ID } from "@/lib/ids";

const input = z.object({ userId: z.string().regex(RECORD_ID), services: z.array(z.enum(SERVICES)) });

/** S-4: the director saves one executor's services. */
export async function saveAssignmentsAction(_: unknown, form: FormData): Promise<ActionResult> {
  const director = await requirePermission("service:assign", "staff");
  const parsed = input.safeParse({ userId: form.get("userId"), services: form.getAll("services").map(String) });
  if (!parsed.success) return { ok: false, at: Date.now(), fieldErrors: {}, formError: "NOT_FOUND" };
  const result = await setServiceAssignments(director, parsed.data.userId, parsed.data.services);
  if (!result.ok) return { ok: false, at: Date.now(), fieldErrors: {}, formError: result.error };
  revalidatePath("/staff/assignments");
  revalidatePath("/staff/applications");
  return { ok: true, at: Date.now() };
}
