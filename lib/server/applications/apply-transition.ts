import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { holdsSeat, isOpen, transition, type ApplicationEvent, type TransitionRefusal } from "@/lib/application/status";
import { admissionYearOf } from "@/lib/calendar/opening";
import { businessToday } from "@/lib/server/clock";
import { audit } from "@/lib/server/audit";
import { transitionAuditAction } from "@/lib/audit/actions";
import { notifyStatusChange } from "@/lib/server/notifications/notify-application";
import { releaseSeat } from "@/lib/server/applications/seats";

type Tx = Prisma.TransactionClient;

export type Actor = { id: string; role: Role; name: string; organisationId?: string | null };

export type TransitionOutcome =
  | { ok: true; from: ApplicationStatus; to: ApplicationStatus; version: number }
  | { ok: false; code: TransitionRefusal | "NOT_FOUND" | "CONFLICT" };

/**
 * The only code that writes an application's status. Inside the caller's transaction:
 * checks the transition table, writes the new status with a compare-and-set on the status and
 * version it read (so of two people acting at once exactly one wins and the other gets
 * CONFLICT), appends the history row, releases the seat when the application closes, writes
 * the audit row and the notifications.
 *
 * `scope` limits which application may be touched: the parent's own, or the staff member's
 * school. Anything outside it is NOT_FOUND, like an id that does not exist.
 */
export async function applyTransition(
  tx: Tx,
  input: {
    applicationId: string;
    event: ApplicationEvent;
    actor: Actor;
    scope: { parentId: string } | { schoolId: string };
    comment?: string | null;
    /** The version the actor was looking at; a newer one means someone acted meanwhile. */
    expectedVersion?: number;
    /** Extra columns written with the status (e.g. the review comment). */
    data?: Prisma.ApplicationUncheckedUpdateManyInput;
  },
): Promise<TransitionOutcome> {
  const application = await tx.application.findFirst({ where: { id: input.applicationId, ...input.scope } });
  if (!application) return { ok: false, code: "NOT_FOUND" };
  if (input.expectedVersion !== undefined && input.expectedVersion !== application.version) {
    return { ok: false, code: "CONFLICT" };
  }
  const result = transition({
    from: application.status,
    event: input.event,
    role: input.actor.role,
    comment: input.comment,
    today: businessToday(),
    admissionYear: admissionYearOf(application.academicYear),
  });
  if (!result.ok) return result;

  const to = result.to;
  const now = new Date();
  const written = await tx.application.updateMany({
    where: { id: application.id, status: application.status, version: application.version },
    data: {
      ...input.data,
      status: to,
      version: { increment: 1 },
      openChildIin: isOpen(to) ? application.childIin : null,
      ...(to === "UNDER_REVIEW" ? { submittedAt: now } : {}),
      ...(to === "ACCEPTED" || to === "REJECTED" ? { decidedAt: now } : {}),
    },
  });
  if (written.count !== 1) return { ok: false, code: "CONFLICT" };

  await tx.applicationEvent.create({
    data: {
      applicationId: application.id,
      at: now,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      actorName: input.actor.name,
      fromStatus: application.status,
      toStatus: to,
      comment: input.comment?.trim() || null,
    },
  });
  if (holdsSeat(application.status) && !holdsSeat(to) && application.seatId) {
    await releaseSeat(tx, application.seatId, application.isCatchment ?? true);
  }
  await audit(tx, {
    actor: { id: input.actor.id, role: input.actor.role, organisationId: input.actor.organisationId ?? null },
    action: transitionAuditAction(input.event),
    entity: "application",
    entityId: application.id,
    details: { from: application.status, to, comment: input.comment ?? null },
  });
  await notifyStatusChange(tx, application, to, input.comment);
  return { ok: true, from: application.status, to, version: application.version + 1 };
}
