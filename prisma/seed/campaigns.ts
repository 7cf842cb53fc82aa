// S-3 admission-campaign settings for 2026-2027. Every school has them except school №35,
// which is the "school without settings" case: it must not appear to parents and its
// district office sees it in the "without admission settings" list (D-3).
import type { Prisma } from "@/lib/generated/prisma/client";
import { ORG } from "./organisations";

export const DEMO_ACADEMIC_YEAR = "2026-2027";

type Seat = { classType: "GENERAL" | "GYMNASIUM"; language: "KK" | "RU" | "EN" | "TR"; capacity: number };
type CampaignInput = { schoolId: string; admitsByChoice: boolean; seats: Seat[] };

const G = (language: Seat["language"], capacity: number): Seat => ({ classType: "GENERAL", language, capacity });
const GYM = (language: Seat["language"], capacity: number): Seat => ({ classType: "GYMNASIUM", language, capacity });

const INPUTS: readonly CampaignInput[] = [
  { schoolId: ORG.school63, admitsByChoice: true, seats: [G("KK", 50), G("RU", 50)] },
  { schoolId: ORG.school97, admitsByChoice: true, seats: [G("KK", 50), G("RU", 25), GYM("KK", 25)] },
  { schoolId: ORG.gymnasium93, admitsByChoice: true, seats: [GYM("KK", 50), GYM("RU", 50), GYM("EN", 25)] },
  { schoolId: ORG.school45, admitsByChoice: true, seats: [G("KK", 75)] },
  // Two schools take catchment children only.
  { schoolId: ORG.school82, admitsByChoice: false, seats: [G("RU", 50)] },
  { schoolId: ORG.school9, admitsByChoice: true, seats: [G("RU", 75)] },
  { schoolId: ORG.school22, admitsByChoice: false, seats: [G("KK", 50)] },
  // Nearly full: five Kazakh-language seats, of which ⌊5/4⌋ = 1 may go outside the catchment.
  // The seat-race tests fight over these.
  { schoolId: ORG.school101, admitsByChoice: true, seats: [G("KK", 5), G("RU", 25)] },
  { schoolId: ORG.school76, admitsByChoice: true, seats: [G("KK", 50), G("RU", 25)] },
  { schoolId: ORG.karakoga, admitsByChoice: true, seats: [G("KK", 25), G("RU", 25)] },
  { schoolId: ORG.bulaevo1, admitsByChoice: true, seats: [G("RU", 50)] },
  { schoolId: ORG.bulaevoGymnasium, admitsByChoice: true, seats: [G("KK", 25)] },
];

export const SCHOOL_WITHOUT_CAMPAIGN = ORG.school35;

export const campaignId = (schoolId: string): string => `camp-${schoolId}-2026`;

export const seatId = (schoolId: string, classType: Seat["classType"], language: Seat["language"]): string =>
  `seat-${schoolId}-2026-${classType.toLowerCase()}-${language.toLowerCase()}`;

export const CAMPAIGNS: readonly Prisma.AdmissionCampaignCreateManyInput[] = INPUTS.map((c) => ({
  id: campaignId(c.schoolId),
  schoolId: c.schoolId,
  academicYear: DEMO_ACADEMIC_YEAR,
  maxPerClass: 25,
  classTypes: [...new Set(c.seats.map((s) => s.classType))],
  admitsByChoice: c.admitsByChoice,
}));

export const SEAT_CAPACITIES: readonly Prisma.SeatCapacityCreateManyInput[] = INPUTS.flatMap((c) =>
  c.seats.map((s) => ({
    id: seatId(c.schoolId, s.classType, s.language),
    campaignId: campaignId(c.schoolId),
    classType: s.classType,
    language: s.language,
    capacity: s.capacity,
  })),
);
