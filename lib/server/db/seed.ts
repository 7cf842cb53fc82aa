import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { isDatabaseEmpty } from "@/lib/server/db/client";
import { ADDRESS_UNITS, BUILDINGS, STREETS } from "@/prisma/seed/addresses";
import { CALENDAR_DAYS, OPENING_WINDOWS } from "@/prisma/seed/calendar";
import { CAMPAIGNS, SEAT_CAPACITIES } from "@/prisma/seed/campaigns";
import { CATCHMENTS } from "@/prisma/seed/catchments";
import { CITIZENS, KINSHIPS } from "@/prisma/seed/citizens";
import { OFFICES, SCHOOLS } from "@/prisma/seed/organisations";
import { ENROLMENTS, HEALTH_DOCS } from "@/prisma/seed/registry-records";
import { SIS_STAFF } from "@/prisma/seed/sis-staff";
import { DEMO_PASSWORD, STAFF, userId } from "@/prisma/seed/staff";
import { RESPONSE_TEMPLATES } from "@/prisma/seed/templates";
import { seedApplications } from "@/prisma/seed/applications";
import { getFileStorage } from "@/lib/server/integrations/storage";

export type SeedCounts = {
  addressUnits: number;
  streets: number;
  buildings: number;
  organisations: number;
  schools: number;
  campaigns: number;
  seatCapacities: number;
  catchments: number;
  calendarDays: number;
  openingWindows: number;
  citizens: number;
  kinships: number;
  healthDocs: number;
  enrolments: number;
  sisStaff: number;
  users: number;
  serviceAssignments: number;
  responseTemplates: number;
  applications: number;
};

export type SeedSummary = {
  /** False when the database already held organisations and nothing was written. */
  isSeeded: boolean;
  counts: SeedCounts;
  ms: number;
};

/**
 * Loads the demo reference data (prisma/seed/*) in one transaction: all of it or nothing.
 * A database that already has organisations is left alone.
 */
export async function seedDemoData(prisma: PrismaClient): Promise<SeedSummary> {
  const started = Date.now();
  if (!(await isDatabaseEmpty(prisma))) return { isSeeded: false, counts: emptyCounts(), ms: Date.now() - started };
  // Hashing is slow on purpose; do it before the transaction so that it stays short. Each
  // account gets its own salt, as a real one would, though the demo password is the same.
  const hashes = await Promise.all(STAFF.map(() => hashPassword(DEMO_PASSWORD)));
  const users = STAFF.map((s, i) => ({
    id: userId(s.login),
    role: s.role,
    login: s.login,
    passwordHash: hashes[i] ?? null,
    fullName: s.fullName,
    organisationId: s.organisationId,
    sisPortalId: s.sisPortalId ?? null,
  }));
  // S-4: the school's director gave these executors the first-grade service.
  const assignments = STAFF.filter((s) => s.hasFirstGrade).map((s) => {
    const director = STAFF.find((d) => d.role === "DIRECTOR" && d.organisationId === s.organisationId);
    return { userId: userId(s.login), service: "FIRST_GRADE" as const, assignedBy: director ? userId(director.login) : null };
  });

  const counts = await prisma.$transaction(
    async (tx) => {
      // Checked again inside: another process may have seeded while we were hashing.
      if ((await tx.organisation.findFirst({ select: { id: true } })) !== null) return null;
      const c = (result: { count: number }) => result.count;
      const counts = {
        addressUnits: c(await tx.addressUnit.createMany({ data: [...ADDRESS_UNITS] })),
        streets: c(await tx.street.createMany({ data: STREETS.map(({ buildings: _, ...street }) => street) })),
        buildings: c(await tx.building.createMany({ data: [...BUILDINGS] })),
        // Offices first: schools point at their district office.
        organisations:
          c(await tx.organisation.createMany({ data: [...OFFICES] })) + c(await tx.organisation.createMany({ data: [...SCHOOLS] })),
        schools: SCHOOLS.length,
        campaigns: c(await tx.admissionCampaign.createMany({ data: [...CAMPAIGNS] })),
        seatCapacities: c(await tx.seatCapacity.createMany({ data: [...SEAT_CAPACITIES] })),
        catchments: c(await tx.catchment.createMany({ data: [...CATCHMENTS] })),
        calendarDays: c(await tx.calendarDay.createMany({ data: [...CALENDAR_DAYS] })),
        openingWindows: c(await tx.openingWindow.createMany({ data: [...OPENING_WINDOWS] })),
        citizens: c(await tx.citizen.createMany({ data: [...CITIZENS] })),
        kinships: c(await tx.registryKinship.createMany({ data: [...KINSHIPS] })),
        healthDocs: c(await tx.registryHealthDoc.createMany({ data: [...HEALTH_DOCS] })),
        enrolments: c(await tx.registryEnrolment.createMany({ data: [...ENROLMENTS] })),
        sisStaff: c(await tx.registrySisStaff.createMany({ data: [...SIS_STAFF] })),
        users: c(await tx.user.createMany({ data: users })),
        serviceAssignments: c(await tx.serviceAssignment.createMany({ data: assignments })),
        responseTemplates: c(await tx.responseTemplate.createMany({ data: [...RESPONSE_TEMPLATES] })),
      };
      // Submitted applications (and their parents) so the back office has work from the start.
      const seeded = await seedApplications(tx, getFileStorage());
      return { ...counts, users: counts.users + seeded.parents, applications: seeded.applications } satisfies SeedCounts;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );

  return { isSeeded: counts !== null, counts: counts ?? emptyCounts(), ms: Date.now() - started };
}

function emptyCounts(): SeedCounts {
  return {
    addressUnits: 0,
    streets: 0,
    buildings: 0,
    organisations: 0,
    schools: 0,
    campaigns: 0,
    seatCapacities: 0,
    catchments: 0,
    calendarDays: 0,
    openingWindows: 0,
    citizens: 0,
    kinships: 0,
    healthDocs: 0,
    enrolments: 0,
    sisStaff: 0,
    users: 0,
    serviceAssignments: 0,
    responseTemplates: 0,
    applications: 0,
  };
}
