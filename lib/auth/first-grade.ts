// S-4, the one rule for who sees and acts on a 1st-grade application, derived from the
// permission table so that no role name is repeated elsewhere: the staff who list the school's
// applications are the director, who hands out services and therefore sees every application,
// and the executors, who see the applications of a service only while they hold it.

import { can, rolesWith, type Role } from "./permissions";

/** The service "Admission to the 1st grade" (same name as the Prisma enum `ServiceCode`). */
export const FIRST_GRADE_SERVICE = "FIRST_GRADE" as const;

const LISTERS: readonly Role[] = rolesWith("application:list-school");

/** Roles that see every application of their school (the director). */
export const SEES_ALL_ROLES: readonly Role[] = LISTERS.filter((role) => can(role, "service:assign"));

/** Roles that are given services and see an application only through that service (the executor). */
export const SERVICE_ASSIGNEE_ROLES: readonly Role[] = LISTERS.filter((role) => !can(role, "service:assign"));

export function isServiceAssignee(role: Role): boolean {
  return SERVICE_ASSIGNEE_ROLES.includes(role);
}

/**
 * Whether a member of the chosen school may see and act on its 1st-grade applications, given
 * the services they hold. (Scoping by school and the status machine's own role check still apply.)
 */
export function seesFirstGradeApplications(role: Role, services: readonly string[]): boolean {
  if (SEES_ALL_ROLES.includes(role)) return true;
  return isServiceAssignee(role) && services.includes(FIRST_GRADE_SERVICE);
}
