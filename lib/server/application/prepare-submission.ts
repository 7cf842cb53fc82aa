import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { checkDocuments } from "@/lib/application/wizard-schemas";
import { checkDraftComplete } from "@/lib/server/wizard/load-wizard";
import { freeSeats } from "@/lib/seats/quota";
import { checkChildEligibility } from "@/lib/server/wizard/check-child";
import { checkOpeningWindow } from "@/lib/server/wizard/check-opening-window";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { createSigningRequest } from "@/lib/server/signing/requests";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { answersFingerprint } from "./snapshot";
import { findSeatUnit, isInCatchment } from "./find-seat-unit";
import { businessToday } from "@/lib/server/clock";

export type PrepareError =
  | { error: "NOT_FOUND" }
  | { error: "INCOMPLETE"; step: string }
  | { error: "NOT_ELIGIBLE"; code: string }
  | { error: "CLOSED"; opensOn: string; closesOn: string }
  | { error: "DOCUMENTS_MISSING"; kinds: string[] }
  | { error: "NOT_IN_CATCHMENT" }
  | { error: "NO_SEAT" }
  | { error: "QUOTA_USED" };

export type Prepared = { ok: true; requestId: string; payloadBase64: string; signerIin: string };

/**
 * P-6: everything is checked once more on the server, then the application document — a
 * snapshot of exactly what the parent reviewed — becomes a signing request for the parent.
 */
export async function prepareSubmission(parent: CurrentUser, draftId: string): Promise<Prepared | ({ ok: false } & PrepareError)> {
  const prisma = await db();
  const draft = await prisma.application.findFirst({
    where: { id: draftId, parentId: parent.id, status: "DRAFT" },
    include: { school: true },
  });
  if (!draft || !parent.iin) return { ok: false, error: "NOT_FOUND" };

  // The wizard's own rule of completeness (it knows which pages this school asks for).
  const complete = await checkDraftComplete(parent.id, draft.id);
  if (!complete.ok) return complete.code === "NOT_FOUND" ? { ok: false, error: "NOT_FOUND" } : { ok: false, error: "INCOMPLETE", step: complete.firstIncompletePage };
  const answers = complete.answers;

  const eligibility = await checkChildEligibility(parent, answers.child.iin);
  if (!eligibility.ok) return { ok: false, error: "NOT_ELIGIBLE", code: eligibility.code };
  const window = await checkOpeningWindow(answers.school.schoolId);
  if (!window.ok) return { ok: false, error: "CLOSED", opensOn: window.opensOn ?? "—", closesOn: window.closesOn ?? "—" };

  const documents = await listDocuments(draft.id);
  const facts = documents.map((d) => ({ kind: d.kind, validUntil: d.validUntil?.toISOString().slice(0, 10) ?? null }));
  const documentsCheck = checkDocuments(facts, answers.child.specialNeeds, businessToday());
  if (!documentsCheck.ok) return { ok: false, error: "DOCUMENTS_MISSING", kinds: documentsCheck.missing };

  const child = await getPopulationRegistry().findCitizen(answers.child.iin);
  if (!child) return { ok: false, error: "NOT_ELIGIBLE", code: "NOT_YOUR_CHILD" };
  if (answers.school.byCatchment && !(await isInCatchment(prisma, answers.school.schoolId, child.address?.buildingId))) {
    return { ok: false, error: "NOT_IN_CATCHMENT" };
  }
  const seat = await findSeatUnit(prisma, {
    schoolId: answers.school.schoolId,
    academicYear: draft.academicYear,
    classType: answers.school.classType,
    language: answers.school.language,
  });
  const free = seat && freeSeats(seat);
  if (!free || free.total === 0) return { ok: false, error: "NO_SEAT" };
  if (!answers.school.byCatchment && free.forOutside === 0) return { ok: false, error: "QUOTA_USED" };

  const school = draft.school!;
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
    documents: documents.map((d) => ({ kind: d.kind, source: d.source, fileName: d.fileName, sha256: d.sha256 })),
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
