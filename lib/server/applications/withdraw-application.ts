import "server-only";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { transition } from "@/lib/application/status";
import { admissionYearOf } from "@/lib/calendar/opening";
import { businessToday } from "@/lib/server/clock";
import { consumeSigningRequest, createSigningRequest, getSignedRequest } from "@/lib/server/signing/requests";
import { recordIssuedDocument } from "@/lib/server/documents/issued";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { applyTransition } from "@/lib/server/applications/apply-transition";
import { Refused } from "@/lib/server/refused";

export type WithdrawError = "NOT_FOUND" | "NOT_ALLOWED" | "PERIOD_OVER" | "NOT_SIGNED" | "EXPIRED" | "CONFLICT";

/** P-9: may this application be withdrawn now? (status and the 31 August deadline) */
export function withdrawalRefusal(application: {
  status: Parameters<typeof transition>[0]["from"];
  academicYear: string;
}): WithdrawError | null {
  const result = transition({
    from: application.status,
    event: "WITHDRAW",
    role: "PARENT",
    today: businessToday(),
    admissionYear: admissionYearOf(application.academicYear),
  });
  if (result.ok) return null;
  return result.code === "WITHDRAWAL_PERIOD_OVER" ? "PERIOD_OVER" : "NOT_ALLOWED";
}

/** The withdrawal document the parent signs (by QR or EDS) before the application is withdrawn. */
export async function prepareWithdrawal(parent: CurrentUser, applicationId: string) {
  const prisma = await db();
  const application = await prisma.application.findFirst({
    where: { id: applicationId, parentId: parent.id },
    include: { school: true },
  });
  if (!application || !parent.iin) return { ok: false as const, error: "NOT_FOUND" as const };
  const refusal = withdrawalRefusal(application);
  if (refusal) return { ok: false as const, error: refusal };
  const child = await getPopulationRegistry().findCitizen(application.childIin);
  const request = await createSigningRequest(prisma, {
    applicationId: application.id,
    purpose: "WITHDRAW",
    signerIin: parent.iin,
    requestedById: parent.id,
    payload: {
      document: "qabyldau.first-grade.withdrawal",
      version: 1,
      applicationNumber: application.number,
      applicationId: application.id,
      applicant: { iin: parent.iin, fullName: parent.fullName },
      child: { iin: application.childIin, fullName: child?.fullName ?? null },
      school: application.school
        ? { id: application.school.id, nameKk: application.school.nameKk, nameRu: application.school.nameRu }
        : null,
      statusAtWithdrawal: application.status,
      statement: {
        kk: "Өтінімді кері қайтарып аламын. Кері қайтарып алғаннан кейін 1-сыныпқа құжаттарды қабылдауға қайтадан өтінім беру қажет болатынын білемін.",
        ru: "Отзываю заявление. Мне известно, что после отзыва для приёма документов в 1 класс нужно подать новое заявление.",
      },
      preparedOn: businessToday(),
    },
  });
  return { ok: true as const, requestId: request.id, payloadBase64: request.payloadBase64, signerIin: parent.iin };
}

/** Completes a signed withdrawal: WITHDRAWN, the seat released, the signed withdrawal kept. */
export async function withdrawApplication(
  parent: CurrentUser,
  signingRequestId: string,
): Promise<{ ok: true; applicationId: string } | { ok: false; error: WithdrawError }> {
  const prisma = await db();
  const signed = await getSignedRequest(prisma, { id: signingRequestId, requestedById: parent.id, purpose: "WITHDRAW" });
  if ("error" in signed) {
    if (signed.error === "ALREADY_USED") {
      const request = await prisma.signingRequest.findFirst({ where: { id: signingRequestId, requestedById: parent.id } });
      return request ? { ok: true, applicationId: request.applicationId } : { ok: false, error: "NOT_FOUND" };
    }
    return { ok: false, error: signed.error === "NOT_FOUND" ? "NOT_FOUND" : signed.error === "EXPIRED" ? "EXPIRED" : "NOT_SIGNED" };
  }
  return prisma
    .$transaction(async (tx) => {
      if (!(await consumeSigningRequest(tx, signed.id))) return { ok: true as const, applicationId: signed.applicationId };
      const moved = await applyTransition(tx, {
        applicationId: signed.applicationId,
        event: "WITHDRAW",
        actor: { id: parent.id, role: parent.role, name: parent.fullName },
        scope: { parentId: parent.id },
        comment: null,
      });
      if (!moved.ok) {
        const error: WithdrawError =
          moved.code === "NOT_FOUND"
            ? "NOT_FOUND"
            : moved.code === "WITHDRAWAL_PERIOD_OVER"
              ? "PERIOD_OVER"
              : moved.code === "CONFLICT"
                ? "CONFLICT"
                : "NOT_ALLOWED";
        // Undo the consumption too: nothing of a refused withdrawal is kept.
        throw new Refused(error);
      }
      await recordIssuedDocument(tx, { kind: "WITHDRAWAL", signed });
      return { ok: true as const, applicationId: signed.applicationId };
    })
    .catch((error: unknown) => {
      if (error instanceof Refused) return { ok: false as const, error: error.reason as WithdrawError };
      throw error;
    });
}
