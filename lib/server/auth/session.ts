import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { sessionUser } from "@/lib/server/auth/session-version";
import { CHANGE_PASSWORD_PATH, area, can, type Action, type Area } from "@/lib/auth/permissions";

/**
 * The signed-in user, reloaded from the database once per request: a blocked account, a
 * changed role or an ended session takes effect at the next click, not when the cookie expires.
 */
export const currentUser = cache(async () => {
  const session = await getServerSession(authOptions());
  // Also refuses a session ended since it began: sign-out elsewhere, a password change or reset.
  return sessionUser(session?.user);
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/**
 * For route handlers that serve parents and staff alike: the signed-in user, or null for a
 * staff member who has still to replace a temporary password (they may do nothing else yet).
 */
export const workingUser = cache(async () => {
  const user = await currentUser();
  return user && !mustChangePassword(user) ? user : null;
});

const SIGN_IN_PAGE: Record<Area, string> = {
  parent: "/sign-in",
  staff: "/sign-in/staff",
  district: "/sign-in/staff",
  region: "/sign-in/staff",
};

/**
 * For pages and server actions of one area (or of several, for an action two areas share):
 * signed out → sign-in; wrong role → 403; a staff member still on a temporary password → the
 * change-password page, and nothing else.
 */
export async function requireArea(expected: Area | readonly Area[]): Promise<CurrentUser> {
  const areas: readonly Area[] = typeof expected === "string" ? [expected] : expected;
  const user = await currentUser();
  if (!user) redirect(SIGN_IN_PAGE[areas[0] ?? "parent"]);
  if (!areas.includes(area(user.role))) forbidden();
  if (mustChangePassword(user)) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** Staff given a temporary password (import, reset) must choose their own before working. */
function mustChangePassword(user: CurrentUser): boolean {
  return user.role !== "PARENT" && user.passwordChangeRequired;
}

/** For pages and server actions: the user must be allowed `action`. */
export async function requirePermission(action: Action, expectedArea: Area | readonly Area[]): Promise<CurrentUser> {
  const user = await requireArea(expectedArea);
  if (!can(user.role, action)) forbidden();
  return user;
}
