import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { audit } from "@/lib/server/audit";
import { dayDate } from "@/lib/server/integrations/local-db";
import { can } from "@/lib/auth/permissions";
import { auditActorOf } from "@/lib/server/staff/access";
import type { CalendarDayInput } from "@/lib/calendar/calendar-day-schema";

/**
 * Adds a day, or changes one already listed. A HOLIDAY on a weekend changes nothing for the
 * term but names the day; a WORKDAY must be a Saturday or Sunday.
 */
export async function saveCalendarDay(
  user: CurrentUser,
  input: CalendarDayInput,
): Promise<{ ok: true } | { ok: false; error: "WORKDAY_NOT_WEEKEND" | "NOT_ALLOWED" }> {
  // The calendar is national: only the region (ministry) administrator changes it.
  if (!can(user.role, "calendar:edit")) return { ok: false, error: "NOT_ALLOWED" };
  const date = dayDate(input.date);
  const weekday = date.getUTCDay();
  if (input.kind === "WORKDAY" && weekday !== 0 && weekday !== 6) return { ok: false, error: "WORKDAY_NOT_WEEKEND" };
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date } });
    const data = { kind: input.kind, nameKk: input.nameKk, nameRu: input.nameRu };
    await tx.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
    await audit(tx, {
      actor: auditActorOf(user),
      action: before ? "calendar.day-changed" : "calendar.day-added",
      entity: "calendar_day",
      entityId: input.date,
      details: { before: before && { kind: before.kind, nameKk: before.nameKk, nameRu: before.nameRu }, after: data },
    });
  });
  return { ok: true };
}
