// Submitted applications, so the back office has work before any parent has applied (S-5 … S-8).
// Times are Asia/Almaty and anchored to the demo's business date, Monday 6 July 2026 — Astana
// Day, a holiday (APP_TODAY in the demo and the browser tests). Against that date:
//   №1 leapDayChild        school №63  UNDER_REVIEW        arrived Friday 3 July 19:40, after hours: the term
//                                                          starts Tuesday 09:00 (Monday is a holiday) — on time
//   №2 guardianChild       school №9   WITHDRAWN           the grandmother withdrew it and applied again:
//   №3 guardianChild       school №63  UNDER_REVIEW        arrived Friday 16:30, before the weekend and the
//                                                          holiday: 2 h on Friday, 7.5 h on Tuesday — on time
//   №4 onlyF065Child       school №63  UNDER_REVIEW        arrived Wednesday 1 July 10:15 — overdue
//   №5 karakogaChild       school №63  AWAITING_SIGNATURE  confirmed and sent to the director — on time
//   №6 transferPupilSister school №9   ACCEPTED            decided the same day — on time
//   №7 bulaevoChild        school №9   REJECTED            refused with a reason, seat released
//   №8 bulaevoChild        school №9   DOCUMENTS_CONFIRMED applied again; confirmed, not sent — overdue
// Seat counters count the applications that hold a seat. Only these six children are used
// here; the other registry children are left to the parent-journey tests.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, ClassType, Language, Role } from "@/lib/generated/prisma/enums";
import { CITIZENS, DEMO_CITIZENS, type CitizenRole } from "./citizens";
import { DEMO_ACADEMIC_YEAR, seatId } from "./campaigns";
import { ORG } from "./organisations";
import { STAFF, userId } from "./staff";
import { demoPdf, demoPhoto } from "./applications-files";

type Tx = Prisma.TransactionClient;
type Step = { at: string; to: ApplicationStatus; by: string; comment?: string };
type SeedApplication = {
  id: string;
  child: CitizenRole;
  parent: CitizenRole;
  schoolId: string;
  classType: ClassType;
  language: Language;
  isCatchment: boolean;
  createdAt: string;
  /** The transitions after the draft, in order; "parent" marks the parent's own steps. */
  steps: Step[];
  inclusion?: boolean;
};

const ACCEPTED_TEXT = "Өтініш қабылданды. Құжаттар толық және талаптарға сәйкес. / Заявление принято. Документы полные.";
const REVIEW_TEXT = "Қарастырылуда. / На рассмотрении.";
const REFUSAL_TEXT =
  "Бас тартылды: 052-2/у нысанындағы деректер баланың ЖСН-іне сәйкес келмейді. / Отказано: данные формы 052-2/у не совпадают с ИИН ребёнка.";

export const SEEDED_APPLICATIONS: readonly SeedApplication[] = [
  {
    id: "app-seed-leapday-63",
    child: "leapDayChild",
    parent: "leapDayMother",
    schoolId: ORG.school63,
    classType: "GENERAL",
    language: "KK",
    isCatchment: true,
    createdAt: "2026-07-03T19:20",
    steps: [{ at: "2026-07-03T19:40", to: "UNDER_REVIEW", by: "parent" }],
  },
  {
    id: "app-seed-guardian-9",
    child: "guardianChild",
    parent: "guardianGrandmother",
    schoolId: ORG.school9,
    classType: "GENERAL",
    language: "RU",
    isCatchment: false,
    createdAt: "2026-06-30T09:50",
    steps: [
      { at: "2026-06-30T10:05", to: "UNDER_REVIEW", by: "parent" },
      { at: "2026-06-30T17:40", to: "WITHDRAWN", by: "parent" },
    ],
  },
  {
    id: "app-seed-guardian-63",
    child: "guardianChild",
    parent: "guardianGrandmother",
    schoolId: ORG.school63,
    classType: "GENERAL",
    language: "RU",
    isCatchment: false,
    createdAt: "2026-07-03T16:10",
    steps: [{ at: "2026-07-03T16:30", to: "UNDER_REVIEW", by: "parent" }],
  },
  {
    id: "app-seed-onlyf065-63",
    child: "onlyF065Child",
    parent: "onlyF065Mother",
    schoolId: ORG.school63,
    classType: "GENERAL",
    language: "KK",
    isCatchment: false,
    createdAt: "2026-07-01T09:55",
    steps: [{ at: "2026-07-01T10:15", to: "UNDER_REVIEW", by: "parent" }],
  },
  {
    id: "app-seed-karakoga-63",
    child: "karakogaChild",
    parent: "karakogaMother",
    schoolId: ORG.school63,
    classType: "GENERAL",
    language: "KK",
    isCatchment: false,
    createdAt: "2026-07-03T09:10",
    inclusion: false,
    steps: [
      { at: "2026-07-03T09:30", to: "UNDER_REVIEW", by: "parent" },
      { at: "2026-07-03T11:00", to: "DOCUMENTS_CONFIRMED", by: "school63.executor1", comment: ACCEPTED_TEXT },
      { at: "2026-07-03T11:05", to: "AWAITING_SIGNATURE", by: "school63.executor1", comment: REVIEW_TEXT },
    ],
  },
  {
    id: "app-seed-transfer-sister-9",
    child: "transferPupilSister",
    parent: "transferMother",
    schoolId: ORG.school9,
    classType: "GENERAL",
    language: "RU",
    isCatchment: false,
    createdAt: "2026-06-29T09:20",
    inclusion: false,
    steps: [
      { at: "2026-06-29T09:40", to: "UNDER_REVIEW", by: "parent" },
      { at: "2026-06-29T11:00", to: "DOCUMENTS_CONFIRMED", by: "school9.executor", comment: ACCEPTED_TEXT },
      { at: "2026-06-29T11:10", to: "AWAITING_SIGNATURE", by: "school9.executor", comment: REVIEW_TEXT },
      { at: "2026-06-29T15:20", to: "ACCEPTED", by: "school9.director" },
    ],
  },
  {
    id: "app-seed-bulaevo-9-refused",
    child: "bulaevoChild",
    parent: "bulaevoMother",
    schoolId: ORG.school9,
    classType: "GENERAL",
    language: "RU",
    isCatchment: false,
    createdAt: "2026-06-29T10:00",
    steps: [
      { at: "2026-06-29T10:20", to: "UNDER_REVIEW", by: "parent" },
      { at: "2026-06-29T12:00", to: "REJECTED", by: "school9.executor", comment: REFUSAL_TEXT },
    ],
  },
  {
    id: "app-seed-bulaevo-9",
    child: "bulaevoChild",
    parent: "bulaevoMother",
    schoolId: ORG.school9,
    classType: "GENERAL",
    language: "RU",
    isCatchment: false,
    createdAt: "2026-07-02T10:40",
    inclusion: true,
    steps: [
      { at: "2026-07-02T11:00", to: "UNDER_REVIEW", by: "parent" },
      { at: "2026-07-02T16:00", to: "DOCUMENTS_CONFIRMED", by: "school9.executor", comment: ACCEPTED_TEXT },
    ],
  },
];

const OPEN: readonly ApplicationStatus[] = ["UNDER_REVIEW", "DOCUMENTS_CONFIRMED", "AWAITING_SIGNATURE", "ACCEPTED"];

const almaty = (local: string) => new Date(`${local}:00+05:00`);
export const parentUserId = (iin: string) => `u-parent-${iin}`;

function citizen(role: CitizenRole) {
  const iin = DEMO_CITIZENS[role];
  const row = CITIZENS.find((c) => c.iin === iin);
  if (!row) throw new Error(`no citizen ${role}`);
  return row;
}

const fullNameOf = (c: ReturnType<typeof citizen>) => [c.surname, c.name, c.patronymic].filter(Boolean).join(" ");

type Actor = { id: string; role: Role; name: string };

function actorOf(step: Step, parent: Actor): Actor {
  if (step.by === "parent") return parent;
  const staff = STAFF.find((s) => s.login === step.by);
  if (!staff) throw new Error(`no staff ${step.by}`);
  return { id: userId(staff.login), role: staff.role, name: staff.fullName };
}

/** Where the seeded documents' bytes go: the storage adapter's `put`. */
export type SeedFileSink = {
  put(bytes: Uint8Array, meta: { contentType: string }): Promise<{ key: string; sha256: string; size: number }>;
};

async function documentsFor(files: SeedFileSink, app: SeedApplication, childIin: string) {
  const pdf = (title: string) => demoPdf([title, `Child IIN ${childIin}`, `Application ${app.id}`, "Demo document of the Qabyldau seed"]);
  const items = [
    { kind: "PHOTO" as const, source: "UPLOADED" as const, fileName: "photo-1.jpg", mimeType: "image/jpeg", bytes: demoPhoto(0) },
    { kind: "PHOTO" as const, source: "UPLOADED" as const, fileName: "photo-2.jpg", mimeType: "image/jpeg", bytes: demoPhoto(12) },
    {
      kind: "F065" as const,
      source: "HEALTH_SYSTEM" as const,
      fileName: "065u.pdf",
      mimeType: "application/pdf",
      bytes: pdf("Form 065/u - vaccination card"),
    },
    {
      kind: "F052" as const,
      // The health system has no 052-2/у for this child: the parent uploaded it.
      source: app.child === "onlyF065Child" ? ("UPLOADED" as const) : ("HEALTH_SYSTEM" as const),
      fileName: "052-2u.pdf",
      mimeType: "application/pdf",
      bytes: pdf("Form 052-2/u - child health passport"),
    },
  ];
  const rows: Prisma.ApplicationDocumentCreateManyInput[] = [];
  for (const [i, item] of items.entries()) {
    const stored = await files.put(item.bytes, { contentType: item.mimeType });
    rows.push({
      id: `${app.id}-doc-${i + 1}`,
      applicationId: app.id,
      kind: item.kind,
      source: item.source,
      fileName: item.fileName,
      mimeType: item.mimeType,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
      createdAt: almaty(app.createdAt),
    });
  }
  return rows;
}

/** Writes the parents, applications, history, documents and seat counters. Returns the counts. */
export async function seedApplications(tx: Tx, files: SeedFileSink): Promise<{ parents: number; applications: number }> {
  const parentRoles = [...new Set(SEEDED_APPLICATIONS.map((a) => a.parent))];
  const parents = parentRoles.map((role) => {
    const c = citizen(role);
    const firstAt = Math.min(...SEEDED_APPLICATIONS.filter((a) => a.parent === role).map((a) => almaty(a.createdAt).getTime()));
    const at = new Date(firstAt - 15 * 60_000);
    return {
      id: parentUserId(c.iin),
      role: "PARENT" as const,
      iin: c.iin,
      fullName: fullNameOf(c),
      phone: c.phone ?? null,
      dataConsentAt: at,
      createdAt: at,
      lastSignInAt: at,
    };
  });
  await tx.user.createMany({ data: parents });

  for (const app of SEEDED_APPLICATIONS) {
    const child = citizen(app.child);
    const parentCitizen = citizen(app.parent);
    const parent: Actor = { id: parentUserId(parentCitizen.iin), role: "PARENT", name: fullNameOf(parentCitizen) };
    const final = app.steps.at(-1)?.to ?? "DRAFT";
    const decided = app.steps.find((s) => s.to === "ACCEPTED" || s.to === "REJECTED");
    const reviewed = [...app.steps].reverse().find((s) => s.by !== "parent" && s.comment);
    const seat = seatId(app.schoolId, app.classType, app.language);
    await tx.application.create({
      data: {
        id: app.id,
        parentId: parent.id,
        childIin: child.iin,
        openChildIin: OPEN.includes(final) ? child.iin : null,
        status: final,
        academicYear: DEMO_ACADEMIC_YEAR,
        schoolId: app.schoolId,
        seatId: seat,
        language: app.language,
        classType: app.classType,
        isCatchment: app.isCatchment,
        answers: {
          applicant: {},
          child: { iin: child.iin, specialNeeds: false },
          school: {
            byCatchment: app.isCatchment,
            schoolId: app.schoolId,
            language: app.language,
            classType: app.classType,
            transport: { needed: false, sameAsRegistration: true, address: null },
          },
          documents: { dataCorrect: true, externalDataConsent: true },
        },
        reviewComment: reviewed?.comment ?? null,
        inclusion: app.inclusion ?? null,
        version: app.steps.length,
        createdAt: almaty(app.createdAt),
        submittedAt: almaty(app.steps[0]?.at ?? app.createdAt),
        decidedAt: decided ? almaty(decided.at) : null,
      },
    });
    let from: ApplicationStatus = "DRAFT";
    for (const [i, step] of app.steps.entries()) {
      const actor = actorOf(step, parent);
      await tx.applicationEvent.create({
        data: {
          id: `${app.id}-ev-${i + 1}`,
          applicationId: app.id,
          at: almaty(step.at),
          actorId: actor.id,
          actorRole: actor.role,
          actorName: actor.name,
          fromStatus: from,
          toStatus: step.to,
          comment: step.comment ?? null,
        },
      });
      from = step.to;
    }
    await tx.applicationDocument.createMany({ data: await documentsFor(files, app, child.iin) });
    if (OPEN.includes(final)) {
      await tx.seatCapacity.update({
        where: { id: seat },
        data: app.isCatchment ? { reservedCatchment: { increment: 1 } } : { reservedOutside: { increment: 1 } },
      });
    }
  }
  return { parents: parents.length, applications: SEEDED_APPLICATIONS.length };
}
