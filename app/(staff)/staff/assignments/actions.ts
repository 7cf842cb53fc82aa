"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/server/auth/session";
import { setServiceAssignments } from "@/lib/server/staff/set-service-assignments";
import { assignmentSchema } from "@/lib/staff/staff-schemas";
import { failure } from "@/lib/server/forms/failure";
import { succeeded, type ActionResult } from "@/lib/forms";

/** S-4: the director saves one executor's services. */
export async function saveAssignmentsAction(_: unknown, form: FormData): Promise<ActionResult> {
  const director = await requirePermission("service:assign", "staff");
  const parsed = assignmentSchema.safeParse({ userId: form.get("userId"), services: form.getAll("services").map(String) });
  if (!parsed.success) return failure("boAssign.errors", { formError: "NOT_FOUND" });
  const result = await setServiceAssignments(director, parsed.data.userId, parsed.data.services);
  if (!result.ok) return failure("boAssign.errors", { formError: result.error });
  revalidatePath("/staff/assignments");
  revalidatePath("/staff/applications");
  return succeeded();
}
