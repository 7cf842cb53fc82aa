import "server-only";
import { notFound } from "next/navigation";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Actor } from "@/lib/server/applications/apply-transition";

/**
 * The school a staff member works for. Every back-office query is scoped by it, so an id from
 * another school reads as "not found", never as someone else's record.
 */
export function schoolIdOf(user: CurrentUser): string {
  if (!user.organisationId || user.organisation?.kind !== "SCHOOL") notFound();
  return user.organisationId;
}

/** Same as schoolIdOf, for use cases that answer with a typed result instead of a 404 page. */
export function maybeSchoolIdOf(user: CurrentUser): string | null {
  return user.organisationId && user.organisation?.kind === "SCHOOL" ? user.organisationId : null;
}

/** The staff member as the status writer records them. */
export function actorOf(user: CurrentUser): Actor {
  return { id: user.id, role: user.role, name: user.fullName, organisationId: user.organisationId };
}

/** The audit log's view of the staff member. */
export function auditActorOf(user: CurrentUser) {
  return { id: user.id, role: user.role, organisationId: user.organisationId };
}
