// every action the audit log records, one spelling: "<entity>.<verb-in-kebab-case>".
// The audit writer (lib/server/audit.ts) accepts nothing else.

import { APPLICATION_EVENTS, type ApplicationEvent } from "@/lib/application/status";

type KebabEvent<E extends string> = E extends `${infer Head}_${infer Tail}` ? `${Lowercase<Head>}-${KebabEvent<Tail>}` : Lowercase<E>;

export type TransitionAuditAction = `application.${KebabEvent<ApplicationEvent>}`;

/** The audit action of a status change, e.g. CONFIRM_DOCUMENTS → "application.confirm-documents". */
export function transitionAuditAction(event: ApplicationEvent): TransitionAuditAction {
  return `application.${event.toLowerCase().replaceAll("_", "-")}` as TransitionAuditAction;
}

export const AUDIT_ACTIONS = [
  "application.draft-created",
  ...APPLICATION_EVENTS.map(transitionAuditAction),
  "document.uploaded",
  "document.replaced",
  "document.imported",
  /** Someone opened an attached file or an issued PDF (entity says which kind). */
  "document.opened",
  "signing.signed",
  "consent.requested",
  "consent.confirmed",
  "parent.created",
  /** A staff member signed in with their password. */
  "user.signed-in",
  /** Too many failed sign-ins locked a login or a client address (entity "login", id = the key). */
  "login.locked-out",
  "user.imported",
  "user.updated",
  "user.role-changed",
  "user.password-reset",
  "user.password-changed",
  "user.blocked",
  "user.unblocked",
  "user.deleted",
  "user.services-assigned",
  "user.test-signing-iin-assigned",
  "school.settings-updated",
  "campaign.updated",
  "template.saved",
  "template.deleted",
  "calendar.day-added",
  "calendar.day-changed",
  "calendar.day-removed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
