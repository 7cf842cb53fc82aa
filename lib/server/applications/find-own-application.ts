import "server-only";
import { db } from "@/lib/server/db";

/** The id of one of the parent's own applications (a draft since signed), or null: scoped by parent. */
export async function findOwnApplicationId(parentId: string, applicationId: string): Promise<string | null> {
  const own = await (await db()).application.findFirst({ where: { id: applicationId, parentId }, select: { id: true } });
  return own?.id ?? null;
}
