import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { businessNow, currentAcademicYear } from "@/lib/server/clock";
import { freeSeats } from "@/lib/seats/quota";
import { schoolIdOf } from "@/lib/server/staff/access";
import { loadWorkingCalendar, termOf } from "@/lib/server/applications/term";

/**
 * S-8: the director's dashboard for the current academic year — applications per status, how
 * many wait past their term and how many were decided late, and the free seats of every
 * capacity unit (class type × language).
 */
export async function getDashboard(user: CurrentUser) {
  const schoolId = schoolIdOf(user);
  const academicYear = currentAcademicYear();
  const prisma = await db();
  const [applications, campaign, calendar] = await Promise.all([
    prisma.application.findMany({
      where: { schoolId, academicYear, status: { not: "DRAFT" } },
      select: { status: true, submittedAt: true, decidedAt: true },
    }),
    prisma.admissionCampaign.findUnique({
      where: { schoolId_academicYear: { schoolId, academicYear } },
      include: { seats: { orderBy: [{ classType: "asc" }, { language: "asc" }] } },
    }),
    loadWorkingCalendar(),
  ]);
  const now = businessNow();
  const counts: Partial<Record<ApplicationStatus, number>> = {};
  let overdueOpen = 0;
  let decidedLate = 0;
  for (const a of applications) {
    counts[a.status] = (counts[a.status] ?? 0) + 1;
    const term = termOf(a, calendar, now);
    if (term?.state !== "OVERDUE") continue;
    if (a.decidedAt) decidedLate += 1;
    else overdueOpen += 1;
  }
  return {
    academicYear,
    total: applications.length,
    counts,
    overdueOpen,
    decidedLate,
    seats: (campaign?.seats ?? []).map((s) => ({
      id: s.id,
      classType: s.classType,
      language: s.language,
      capacity: s.capacity,
      reserved: s.reservedCatchment + s.reservedOutside,
      reservedOutside: s.reservedOutside,
      free: freeSeats(s),
    })),
    hasCampaign: campaign !== null && campaign.seats.some((s) => s.capacity > 0),
  };
}
