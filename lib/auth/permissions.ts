// Who may do what: one table, one pure `can()`. Server code calls `can()` after it has
// verified the session; scoping by organisation or parent id is a separate, per-query matter.

/** The roles of school staff (S-1). */
export const SCHOOL_ROLES = [
  "ADMINISTRATOR",
  "DIRECTOR",
  "DEPUTY_DIRECTOR_ACADEMIC",
  "DEPUTY_DIRECTOR_UPBRINGING",
  "EXECUTOR",
  "SOCIAL_PEDAGOGUE",
  "PSYCHOLOGIST",
  "HR",
  "METHODOLOGIST",
  "MEDICAL_WORKER",
] as const;

export const DISTRICT_ROLES = ["DISTRICT_ADMINISTRATOR", "DISTRICT_OFFICER"] as const;

/** Mirrors the Prisma enum `Role`, in its order (kept a string union so this module stays Prisma-free). */
export const ROLES = ["PARENT", ...SCHOOL_ROLES, ...DISTRICT_ROLES, "REGION_ADMINISTRATOR"] as const;

export type Role = (typeof ROLES)[number];

export type SchoolRole = (typeof SCHOOL_ROLES)[number];
export type DistrictRole = (typeof DISTRICT_ROLES)[number];

export const ACTIONS = [
  // parent
  "application:apply",
  "application:view-own",
  "application:withdraw",
  "child:consent",
  // school
  "school:view-profile",
  "school:edit-settings",
  "school:edit-campaign",
  "staff:view",
  "staff:manage",
  "service:assign",
  "application:list-school",
  // S-6: open an application, refuse it before the director's stage, keep response templates.
  "application:review",
  // S-6: confirm the documents and send them to the director (the executor's part only).
  "application:confirm-documents",
  // S-7: accept, or refuse once sent for signature; and enrol.
  "application:decide",
  // S-8: the holiday calendar is national; only the region (ministry) administrator edits it.
  "calendar:edit",
  // district office. "edit-catchments" and "staff-manage" guard the district screens still to
  // come (D-2 editing, district staff); tests/unit/permissions.test.ts pins who holds them.
  "district:view-catchments",
  "district:edit-catchments",
  "district:view-overview",
  "district:staff-manage",
  // region / ministry
  "region:edit-opening",
] as const;

export type Action = (typeof ACTIONS)[number];

const PARENT_ACTIONS = [
  "application:apply",
  "application:view-own",
  "application:withdraw",
  "child:consent",
] as const satisfies readonly Action[];

// Roles that only look: social pedagogue, psychologist, HR, methodologist, medical worker and
// the deputy directors have accounts (S-1) but no part in admission.
const SCHOOL_BASE_ACTIONS = ["school:view-profile", "staff:view"] as const satisfies readonly Action[];

export const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  PARENT: PARENT_ACTIONS,
  ADMINISTRATOR: [...SCHOOL_BASE_ACTIONS, "school:edit-settings", "school:edit-campaign", "staff:manage"],
  DIRECTOR: [...SCHOOL_BASE_ACTIONS, "service:assign", "application:list-school", "application:review", "application:decide"],
  EXECUTOR: [...SCHOOL_BASE_ACTIONS, "application:list-school", "application:review", "application:confirm-documents"],
  DEPUTY_DIRECTOR_ACADEMIC: SCHOOL_BASE_ACTIONS,
  DEPUTY_DIRECTOR_UPBRINGING: SCHOOL_BASE_ACTIONS,
  SOCIAL_PEDAGOGUE: SCHOOL_BASE_ACTIONS,
  PSYCHOLOGIST: SCHOOL_BASE_ACTIONS,
  HR: SCHOOL_BASE_ACTIONS,
  METHODOLOGIST: SCHOOL_BASE_ACTIONS,
  MEDICAL_WORKER: SCHOOL_BASE_ACTIONS,
  DISTRICT_ADMINISTRATOR: ["district:view-catchments", "district:edit-catchments", "district:view-overview", "district:staff-manage"],
  DISTRICT_OFFICER: ["district:view-catchments", "district:edit-catchments", "district:view-overview"],
  REGION_ADMINISTRATOR: ["region:edit-opening", "calendar:edit"],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** The roles allowed `action`, in the order of ROLES. */
export function rolesWith(action: Action): Role[] {
  return ROLES.filter((role) => can(role, action));
}

export type Area = "parent" | "staff" | "district" | "region";

export function isSchoolRole(role: Role): role is SchoolRole {
  return (SCHOOL_ROLES as readonly Role[]).includes(role);
}

export function isDistrictRole(role: Role): role is DistrictRole {
  return (DISTRICT_ROLES as readonly Role[]).includes(role);
}

/** Which part of the product (route group) a role lands in after sign-in. */
export function area(role: Role): Area {
  if (role === "PARENT") return "parent";
  if (isSchoolRole(role)) return "staff";
  if (isDistrictRole(role)) return "district";
  return "region";
}

/** The first page of each area. */
export const AREA_HOME: Record<Area, string> = { parent: "/cabinet", staff: "/staff", district: "/district", region: "/region" };

/** Where a staff member chooses their own password (a temporary one leads here first). */
export const CHANGE_PASSWORD_PATH = "/account/password";
