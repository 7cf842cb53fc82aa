import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { transition } from "@/lib/application/status";
import { admissionYearOf } from "@/lib/calendar/opening";
import { businessToday } from "@/lib/server/clock";
import { createSigningRequest } from "@/lib/server/signing/requests";
import { ensureStaffIin } from "@/lib/server/signing/signer-identity";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { maybeSchoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";

export type Decision = "ACCEPT" | "REJECT";

export type StartDecisionError = "NOT_FOUND" | "CONFLICT" | "REASON_REQUIRED" | "NOT_ALLOWED_FROM_STATUS" | "ROLE_NOT_ALLOWED";

export type StartDecisionResult =
  { ok: true; requestId: string; payloadBase64: string; signerIin: string } | { ok: false; error: StartDecisionError };

/**
 * S-7: the first half of a signed decision. Checks that this person may take it now, then
 * creates the signing request whose payload is a snapshot of the decision (number, child,
 * school, decision, reason, date): exactly what the director — or, for a refusal before the
 * director stage, the executor — signs with their EDS and what the receipt or refusal shows.
 */
export async function startDecision(
  user: CurrentUser,
  input: { applicationId: string; decision: Decision; reason?: string | null; expectedVersion: number },
): Promise<StartDecisionResult> {
  const schoolId = maybeSchoolIdOf(user);
  if (!schoolId) return { ok: false, error: "NOT_FOUND" };
  const reason = input.reason?.trim() || null;
  if (input.decision === "REJECT" && !reason) return { ok: false, error: "REASON_REQUIRED" };
  const prisma = await db();
  if (!(await seesFirstGrade(prisma, user))) return { ok: false, error: "NOT_FOUND" };
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, schoolId, status: { not: "DRAFT" } },
    include: { school: true, parent: { select: { fullName: true, iin: true } } },
  });
  if (!application) return { ok: false, error: "NOT_FOUND" };
  if (application.version !== input.expectedVersion) return { ok: false, error: "CONFLICT" };
  const allowed = transition({
    from: application.status,
    event: input.decision,
    role: user.role,
    comment: reason,
    today: businessToday(),
    admissionYear: admissionYearOf(application.academicYear),
  });
  if (!allowed.ok) {
    return {
      ok: false,
      error:
        allowed.code === "COMMENT_REQUIRED"
          ? "REASON_REQUIRED"
          : allowed.code === "ROLE_NOT_ALLOWED"
            ? "ROLE_NOT_ALLOWED"
            : "NOT_ALLOWED_FROM_STATUS",
    };
  }

  const child = await getPopulationRegistry().findCitizen(application.childIin);
  const signerIin = await ensureStaffIin(user.id);
  const school = application.school;
  const request = await createSigningRequest(prisma, {
    applicationId: application.id,
    purpose: input.decision,
    signerIin,
    requestedById: user.id,
    comment: reason,
    payload: {
      document: input.decision === "ACCEPT" ? "RECEIPT" : "REFUSAL",
      decision: input.decision,
      applicationId: application.id,
      applicationNumber: application.number,
      academicYear: application.academicYear,
      classType: application.classType,
      language: application.language,
      child: { iin: application.childIin, fullName: child?.fullName ?? null, birthDate: child?.birthDate ?? null },
      applicant: { iin: application.parent.iin, fullName: application.parent.fullName },
      school: school && {
        id: school.id,
        nameKk: school.nameKk,
        nameRu: school.nameRu,
        addressKk: school.addressKk,
        addressRu: school.addressRu,
      },
      reason,
      decidedBy: { fullName: user.fullName, role: user.role },
      date: businessToday(),
    },
  });
  return { ok: true, requestId: request.id, payloadBase64: request.payloadBase64, signerIin };
}
