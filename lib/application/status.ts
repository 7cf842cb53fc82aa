// the application status machine. This table is the only place that says which status
// may follow which; any (from, event) pair not listed is refused. Whose hand may fire a row is
// the permission it names, looked up in the permission table (lib/auth/permissions.ts).

import { can, type Action, type Role } from "@/lib/auth/permissions";

/** Same names as the Prisma enum `ApplicationStatus`. */
export const APPLICATION_STATUSES = [
  "DRAFT",
  "UNDER_REVIEW",
  "DOCUMENTS_CONFIRMED",
  "AWAITING_SIGNATURE",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
  "ENROLLED",
] as const;

export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_EVENTS = ["SUBMIT", "CONFIRM_DOCUMENTS", "SEND_TO_DIRECTOR", "ACCEPT", "REJECT", "WITHDRAW", "ENROL"] as const;

export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/** "SYSTEM" is for changes nobody signs (none today; kept so jobs need no fake user). */
export type TransitionActor = "PARENT" | "EXECUTOR" | "DIRECTOR" | "SYSTEM";

export type TransitionRow = {
  from: ApplicationStatus;
  event: ApplicationEvent;
  to: ApplicationStatus;
  /** Who may fire it: every role the permission table allows this action (nobody else). */
  permission: Action;
  /** The comment is shown to the parent: a refusal must give its reason (P-7, S-6). */
  requiresComment?: true;
  /** P-9: refused after 31 August of the admission year. */
  closesAfterAugust31?: true;
};

const WITHDRAWABLE = ["UNDER_REVIEW", "DOCUMENTS_CONFIRMED", "AWAITING_SIGNATURE", "ACCEPTED"] as const;

export const TRANSITIONS: readonly TransitionRow[] = [
  { from: "DRAFT", event: "SUBMIT", to: "UNDER_REVIEW", permission: "application:apply" },
  // S-6: the executor must write a comment (shown to the parent) before confirming.
  {
    from: "UNDER_REVIEW",
    event: "CONFIRM_DOCUMENTS",
    to: "DOCUMENTS_CONFIRMED",
    permission: "application:confirm-documents",
    requiresComment: true,
  },
  { from: "DOCUMENTS_CONFIRMED", event: "SEND_TO_DIRECTOR", to: "AWAITING_SIGNATURE", permission: "application:confirm-documents" },
  { from: "AWAITING_SIGNATURE", event: "ACCEPT", to: "ACCEPTED", permission: "application:decide" },
  { from: "UNDER_REVIEW", event: "REJECT", to: "REJECTED", permission: "application:review", requiresComment: true },
  {
    from: "DOCUMENTS_CONFIRMED",
    event: "REJECT",
    to: "REJECTED",
    permission: "application:review",
    requiresComment: true,
  },
  // Once sent for signature only the director decides.
  { from: "AWAITING_SIGNATURE", event: "REJECT", to: "REJECTED", permission: "application:decide", requiresComment: true },
  ...WITHDRAWABLE.map((from): TransitionRow => ({
    from,
    event: "WITHDRAW",
    to: "WITHDRAWN",
    permission: "application:withdraw",
    closesAfterAugust31: true,
  })),
  { from: "ACCEPTED", event: "ENROL", to: "ENROLLED", permission: "application:decide" },
];

export type TransitionInput = {
  from: ApplicationStatus;
  event: ApplicationEvent;
  role: TransitionActor | Role;
  /** YYYY-MM-DD in Asia/Almaty; required for WITHDRAW. */
  today?: string;
  /** Calendar year of the campaign (see admissionYearOf); required for WITHDRAW. */
  admissionYear?: number;
  comment?: string | null;
};

export type TransitionRefusal = "NOT_ALLOWED_FROM_STATUS" | "ROLE_NOT_ALLOWED" | "COMMENT_REQUIRED" | "WITHDRAWAL_PERIOD_OVER";

export type TransitionResult = { ok: true; to: ApplicationStatus; row: TransitionRow } | { ok: false; code: TransitionRefusal };

export function findTransition(from: ApplicationStatus, event: ApplicationEvent): TransitionRow | null {
  return TRANSITIONS.find((t) => t.from === from && t.event === event) ?? null;
}

function roleMayFire(row: TransitionRow, role: TransitionActor | Role): boolean {
  return role !== "SYSTEM" && can(role, row.permission);
}

/** Checks in a fixed order: status, role, deadline, comment — so the first real obstacle is named. */
export function transition(input: TransitionInput): TransitionResult {
  const row = findTransition(input.from, input.event);
  if (!row) return { ok: false, code: "NOT_ALLOWED_FROM_STATUS" };
  if (!roleMayFire(row, input.role)) return { ok: false, code: "ROLE_NOT_ALLOWED" };
  if (row.closesAfterAugust31) {
    const { today, admissionYear } = input;
    // A missing date is a programming error, not a parent's mistake: fail loudly.
    if (today === undefined || admissionYear === undefined) {
      throw new TypeError(`${row.event} needs today and admissionYear`);
    }
    if (today > `${admissionYear}-08-31`) return { ok: false, code: "WITHDRAWAL_PERIOD_OVER" };
  }
  if (row.requiresComment && !input.comment?.trim()) return { ok: false, code: "COMMENT_REQUIRED" };
  return { ok: true, to: row.to, row };
}

/** Events a role may fire from a status, ignoring deadlines and comments (for showing buttons). */
export function allowedEvents(status: ApplicationStatus, role: TransitionActor | Role): ApplicationEvent[] {
  return TRANSITIONS.filter((t) => t.from === status && roleMayFire(t, role)).map((t) => t.event);
}

const OPEN_STATUSES: readonly ApplicationStatus[] = WITHDRAWABLE;
const SEAT_HOLDING_STATUSES: readonly ApplicationStatus[] = [...WITHDRAWABLE, "ENROLLED"];

/**
 * Open = signed and not yet finished: blocks another application for the same child (P-3, P-10).
 * A DRAFT is not open (nothing is signed), ENROLLED/REJECTED/WITHDRAWN are closed.
 */
export function isOpen(status: ApplicationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** signing reserves a seat; rejection or withdrawal releases it; enrolment keeps it. */
export function holdsSeat(status: ApplicationStatus): boolean {
  return SEAT_HOLDING_STATUSES.includes(status);
}

export type ParentVisibleStatus = Exclude<ApplicationStatus, "DOCUMENTS_CONFIRMED">;

/** SPEC §4: parents still see "Under review" after the executor has confirmed the documents. */
export function parentVisibleStatus(status: ApplicationStatus): ParentVisibleStatus {
  return status === "DOCUMENTS_CONFIRMED" ? "UNDER_REVIEW" : status;
}
