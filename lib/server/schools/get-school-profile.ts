import "server-only";
import { currentAcademicYear } from "@/lib/server/clock";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { freeSeats } from "@/lib/seats/quota";
import type { CurrentUser } from "@/lib/server/auth/session";

/** The caller's own school with its district office and this year's campaign. */
export async function getSchoolProfile(user: CurrentUser) {
  if (!user.organisationId) notFound();
  const academicYear = currentAcademicYear();
  const school = await (
    await db()
  ).organisation.findFirst({
    where: { id: user.organisationId, kind: "SCHOOL" },
    include: {
      districtOffice: true,
      addressUnit: true,
      campaigns: { where: { academicYear }, include: { seats: { orderBy: [{ classType: "asc" }, { language: "asc" }] } } },
    },
  });
  if (!school) notFound();
  const campaign = school.campaigns[0] ?? null;
  return {
    school,
    academicYear,
    campaign: campaign && {
      ...campaign,
      seats: campaign.seats.map((seat) => ({ ...seat, free: freeSeats(seat) })),
    },
  };
}
