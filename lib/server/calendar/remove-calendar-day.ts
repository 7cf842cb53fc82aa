import "server-only";
import { z } from "zod";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { dayDate } from "@/lib/server/integrations/local-db";
import { can } from "@/lib/auth/permissions";
import { auditActorOf } from "@/lib/server/staff/access";

/** S-8: takes a day off the calendar; the term is counted by the Monday–Friday rule again. */
export async function removeCalendarDay(user: CurrentUser, isoDate: string): Promise<{ ok: true } | { ok: false; error: "NOT_FOUND" }> {
  if (!can(user.role, "calendar:edit") || !z.iso.date().safeParse(isoDate).success) return { ok: false, error: "NOT_FOUND" };
  const date = dayDate(isoDate);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date } });
    if (!before) return { ok: false, error: "NOT_FOUND" } as const;
    await tx.calendarDay.delete({ where: { date } });
    await audit(tx, {
      actor: auditActorOf(user),
      action: "calendar.day-removed",
      entity: "calendar_day",
      entityId: isoDate,
      details: { kind: before.kind, nameKk: before.nameKk, nameRu: before.nameRu },
    });
    return { ok: true } as const;
  });
}
