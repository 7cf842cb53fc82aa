import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { currentAcademicYear } from "@/lib/server/clock";
import { audit } from "@/lib/server/audit";
import { Refused } from "@/lib/server/refused";
import { auditActorOf, maybeSchoolIdOf } from "@/lib/server/staff/access";
import { CLASS_TYPES, type CampaignInput, type ClassType, type Language } from "@/lib/school/school-schemas";

export type CampaignResult =
  | { ok: true }
  | { ok: false; error: "NOT_FOUND" }
  | { ok: false; error: "BELOW_RESERVED"; below: { classType: ClassType; language: Language; reserved: number }[] };

type Below = { classType: ClassType; language: Language; reserved: number }[];

/**
 * S-3 / X-2: saves the campaign. Seats of a class type or language the school no longer offers
 * become 0. A capacity is never set below the seats already reserved: each unit is changed by
 * one conditional statement, so a parent reserving at the same moment cannot slip under it, and
 * if any unit refuses, nothing at all is saved and the administrator is told which and why.
 */
export async function updateCampaign(admin: CurrentUser, input: CampaignInput): Promise<CampaignResult> {
  const schoolId = maybeSchoolIdOf(admin);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const academicYear = currentAcademicYear();
  const prisma = await db();
  try {
    return await prisma.$transaction(async (tx) => {
      const school = await tx.organisation.findFirst({ where: { id: schoolId, kind: "SCHOOL" }, select: { languages: true } });
      if (!school) return { ok: false, error: "NOT_FOUND" } as const;
      const campaign = await tx.admissionCampaign.upsert({
        where: { schoolId_academicYear: { schoolId, academicYear } },
        create: {
          schoolId,
          academicYear,
          maxPerClass: input.maxPerClass,
          classTypes: input.classTypes,
          admitsByChoice: input.admitsByChoice,
        },
        update: { maxPerClass: input.maxPerClass, classTypes: input.classTypes, admitsByChoice: input.admitsByChoice },
        include: { seats: true },
      });
      const wanted = (classType: ClassType, language: Language) =>
        input.classTypes.includes(classType) && school.languages.includes(language)
          ? (input.seats.find((s) => s.classType === classType && s.language === language)?.capacity ?? 0)
          : 0;
      const units = new Map<string, { classType: ClassType; language: Language }>();
      for (const classType of CLASS_TYPES)
        for (const language of school.languages) units.set(`${classType}.${language}`, { classType, language });
      for (const seat of campaign.seats) units.set(`${seat.classType}.${seat.language}`, seat);

      const below: { classType: ClassType; language: Language; reserved: number }[] = [];
      const changes: Record<string, { from: number; to: number }> = {};
      for (const { classType, language } of units.values()) {
        const capacity = wanted(classType, language);
        const seat = campaign.seats.find((s) => s.classType === classType && s.language === language);
        if (!seat) {
          if (capacity > 0) {
            await tx.seatCapacity.create({ data: { campaignId: campaign.id, classType, language, capacity } });
            changes[`${classType}.${language}`] = { from: 0, to: capacity };
          }
          continue;
        }
        if (seat.capacity === capacity) continue;
        const written = await tx.$executeRaw`
          UPDATE seat_capacity SET capacity = ${capacity}
           WHERE id = ${seat.id} AND "reservedCatchment" + "reservedOutside" <= ${capacity}`;
        if (written !== 1) {
          const now = await tx.seatCapacity.findUniqueOrThrow({ where: { id: seat.id } });
          below.push({ classType, language, reserved: now.reservedCatchment + now.reservedOutside });
          continue;
        }
        changes[`${classType}.${language}`] = { from: seat.capacity, to: capacity };
      }
      if (below.length > 0) throw new Refused<"BELOW_RESERVED", Below>("BELOW_RESERVED", below);
      await audit(tx, {
        actor: auditActorOf(admin),
        action: "campaign.updated",
        entity: "admission_campaign",
        entityId: campaign.id,
        details: {
          academicYear,
          maxPerClass: input.maxPerClass,
          classTypes: input.classTypes,
          admitsByChoice: input.admitsByChoice,
          seats: changes,
        },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    if (error instanceof Refused && error.reason === "BELOW_RESERVED")
      return { ok: false, error: "BELOW_RESERVED", below: error.detail as Below };
    throw error;
  }
}
