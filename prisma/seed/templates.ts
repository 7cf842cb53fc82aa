// S-6 response templates: the comments an executor picks from (seed 000 uses «Өтініш
// қабылданды» when confirming and «Қарастырылуда» when sending to the director).
import type { Prisma } from "@/lib/generated/prisma/client";
import { SCHOOLS } from "./organisations";

const TEXTS: ReadonlyArray<[key: string, textKk: string, textRu: string]> = [
  [
    "accepted",
    "Өтініш қабылданды. Құжаттар толық және талаптарға сәйкес.",
    "Заявление принято. Документы полные и соответствуют требованиям.",
  ],
  ["review", "Қарастырылуда. Өтініш директордың қол қоюына жіберілді.", "На рассмотрении. Заявление направлено на подпись директору."],
  [
    "no-seats",
    "Бас тартылды: таңдалған оқыту тілі бойынша сыныптарда бос орын жоқ.",
    "Отказано: в классах с выбранным языком обучения нет свободных мест.",
  ],
];

export const RESPONSE_TEMPLATES: readonly Prisma.ResponseTemplateCreateManyInput[] = SCHOOLS.flatMap((school) =>
  TEXTS.map(([key, textKk, textRu]) => ({ id: `tpl-${school.id}-${key}`, organisationId: school.id, textKk, textRu })),
);
