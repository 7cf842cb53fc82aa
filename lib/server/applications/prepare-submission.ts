import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { checkDraftComplete } from "@/lib/server/applications/load-wizard";
import { freeSeats } from "@/lib/seats/quota";
import { checkChildEligibility } from "@/lib/server/applications/check-child";
import { checkOpeningWindow } from "@/lib/server/opening/check-opening-window";
import { createSigningRequest } from "@/lib/server/signing/requests";
import { answersFingerprint } from "@/lib/server/applications/snapshot";
import { findSeatUnit, isInCatchment } from "@/lib/server/applications/find-seat-unit";
import { businessToday } from "@/lib/server/clock";

export type PrepareError =
  | { error: "NOT_FOUND" }
  | { error: "INCOMPLETE"; step: string }
  | { error: "NOT_ELIGIBLE"; code: string }
  | { error: "CLOSED"; opensOn: string; closesOn: string }
  | { error: "NOT_IN_CATCHMENT" }
  | { error: "NO_SEAT" }
  | { error: "QUOTA_USED" };

export type Prepared = { ok: true; requestId: string; payloadBase64: string; signerIin: string };

/**
 * P-6: everything is checked once more on the server, then the application document — a
 * snapshot of exactly what the parent reviewed — becomes a signing request for the parent.
 */
export async function prepareSubmission(parent: CurrentUser, draftId: string): Promise<Prepared | ({ ok: false } & PrepareError)> {
  if (!parent.iin) return { ok: false, error: "NOT_FOUND" };
  // The wizard's own rule of completeness (it knows which pages this school asks for, and that
  // every required document is attached); its state holds the draft, child, school and files.
  const complete = await checkDraftComplete(parent.id, draftId);
  if (!complete.ok)
    return complete.code === "NOT_FOUND"
      ? { ok: false, error: "NOT_FOUND" }
      : { ok: false, error: "INCOMPLETE", step: complete.firstIncompletePage };
  const { answers, state } = complete;
  const { draft, child, school } = state;
  if (!school) return { ok: false, error: "NOT_FOUND" };

  const eligibility = await checkChildEligibility(parent, answers.child.iin);
  if (!eligibility.ok) return { ok: false, error: "NOT_ELIGIBLE", code: eligibility.code };
  if (!child) return { ok: false, error: "NOT_ELIGIBLE", code: "NOT_YOUR_CHILD" };
  const window = await checkOpeningWindow(school.id);
  if (!window.ok) return { ok: false, error: "CLOSED", opensOn: window.opensOn ?? "—", closesOn: window.closesOn ?? "—" };

  const prisma = await db();
  if (answers.school.byCatchment && !(await isInCatchment(prisma, school.id, child.address?.buildingId))) {
    return { ok: false, error: "NOT_IN_CATCHMENT" };
  }
  const seat = await findSeatUnit(prisma, {
    schoolId: school.id,
    academicYear: draft.academicYear,
    classType: answers.school.classType,
    language: answers.school.language,
  });
  const free = seat && freeSeats(seat);
  if (!free || free.total === 0) return { ok: false, error: "NO_SEAT" };
  if (!answers.school.byCatchment && free.forOutside === 0) return { ok: false, error: "QUOTA_USED" };

  const payload = {
    document: "qabyldau.first-grade.application",
    version: 1,
    draftId: draft.id,
    answersSha256: answersFingerprint(draft.answers),
    academicYear: draft.academicYear,
    applicant: { iin: parent.iin, fullName: parent.fullName, phone: parent.phone, extraPhone: answers.applicant.extraPhone ?? null },
    child: {
      iin: child.iin,
      fullName: child.fullName,
      birthDate: child.birthDate,
      sex: child.sex,
      specialNeeds: answers.child.specialNeeds,
      registrationAddressKk: child.address?.textKk ?? null,
      registrationAddressRu: child.address?.textRu ?? null,
    },
    school: {
      id: school.id,
      nameKk: school.nameKk,
      nameRu: school.nameRu,
      byCatchment: answers.school.byCatchment,
      language: answers.school.language,
      classType: answers.school.classType,
      studyForm: "FULL_TIME",
      grade: 1,
    },
    transport: answers.school.transport ?? null,
    documents: state.documents.documents.map((d) => ({ kind: d.kind, source: d.source, fileName: d.fileName, sha256: d.sha256 })),
    consents: answers.documents,
    preparedOn: businessToday(),
  };
  const request = await createSigningRequest(prisma, {
    applicationId: draft.id,
    purpose: "SUBMIT",
    signerIin: parent.iin,
    requestedById: parent.id,
    payload,
  });
  return { ok: true, requestId: request.id, payloadBase64: request.payloadBase64, signerIin: parent.iin };
}
