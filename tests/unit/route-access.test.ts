// Role × route: every page, route handler and server action of the app tree has a row here
// saying who may use it, and the row is checked against the file's own guard calls (the
// session and role guards of lib/server/auth/session.ts, the stand-ins gate). A new page,
// route handler or server action without a row fails this test: decide who may use it first.
import { describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { ACTIONS, PERMISSIONS, area, can, type Action, type Area } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

const ROLES = Object.keys(PERMISSIONS) as Role[];
const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== "PARENT");

type Access =
  /** Anyone, signed in or not; `why` says what makes that safe. */
  | { public: string }
  /** A demo stand-in: 404 unless DEMO_STANDINS=true (lib/server/stand-ins.ts). */
  | { standIn: true }
  /** Any signed-in user (workingUser/currentUser); the handler scopes every record to the caller. */
  | { signedIn: string }
  /** Exactly these roles (derived from the requireArea / requirePermission calls in the file). */
  | { roles: readonly Role[] };

const rolesWith = (action: Action, areas: readonly Area[]) => ROLES.filter((r) => can(r, action) && areas.includes(area(r)));
const rolesIn = (...areas: Area[]) => ROLES.filter((r) => areas.includes(area(r)));

/** The table. Keys are paths under app/. */
const ROUTES: Record<string, Access> = {
  // public
  "layout.tsx": { public: "the root layout: language and fonts only" },
  "actions.ts": { public: "chooseLanguage sets the language cookie, nothing else" },
  "(public)/page.tsx": { public: "the service page" },
  "(public)/sign-in/page.tsx": { public: "the sign-in page" },
  "(public)/sign-in/staff/page.tsx": { public: "the staff sign-in page" },
  "(public)/verify/[id]/page.tsx": { public: "X-7 verification of an issued document by the id its QR code carries" },
  "(public)/after-sign-in/page.tsx": { public: "redirects by the session's role, shows nothing" },
  "api/health/route.ts": { public: "liveness: answers whether the database is reachable" },
  "api/auth/[...nextauth]/route.ts": { public: "next-auth's own sign-in endpoints" },
  // any signed-in user; the record is looked up by owner or organisation
  "(account)/account/password/page.tsx": { signedIn: "staff only: a parent is refused (no password of ours)" },
  "(account)/account/password/actions.ts": { signedIn: "staff only: a parent is refused (no password of ours)" },
  "api/applications/[id]/documents/route.ts": { signedIn: "upload to the caller's own draft only" },
  "api/documents/[id]/route.ts": { signedIn: "documents of the caller's own application or school" },
  "api/issued/[id]/pdf/route.ts": { signedIn: "issued documents of the caller's own application or school" },
  "api/signing/[id]/route.ts": { signedIn: "signing requests the caller made" },
  "api/signing/[id]/eds/route.ts": { signedIn: "signing requests the caller made" },
  // demo stand-ins
  "egov-idp/layout.tsx": { standIn: true },
  "egov-idp/[...oidc]/route.ts": { standIn: true },
  "egov-idp/authorize/interaction/[uid]/page.tsx": { standIn: true },
  "egov-idp/authorize/actions.ts": { standIn: true },
  "egov-mobile/layout.tsx": { standIn: true },
  "egov-mobile/sign/[id]/page.tsx": { standIn: true },
  "egov-mobile/sign/[id]/actions.ts": { standIn: true },
  // parents
  "(parent)/cabinet/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/notifications/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/sms/page.tsx": { roles: ["PARENT"] }, // and a stand-in (the phone's SMS outbox)
  "(parent)/cabinet/children/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/children/actions.ts": { roles: ["PARENT"] },
  "(parent)/cabinet/applications/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/applications/[id]/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/applications/actions.ts": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/child/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/child/actions.ts": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/documents/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/documents/actions.ts": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/review/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/actions.ts": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/transport-actions.ts": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/choose/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/language/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/transport/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/transport-address/page.tsx": { roles: ["PARENT"] },
  "(parent)/cabinet/apply/[draftId]/school/way/page.tsx": { roles: ["PARENT"] },
  // school staff
  "(staff)/staff/page.tsx": { roles: rolesWith("school:view-profile", ["staff"]) },
  "(staff)/staff/users/page.tsx": { roles: rolesWith("staff:view", ["staff"]) },
  "(staff)/staff/users/import/page.tsx": { roles: ["ADMINISTRATOR"] },
  "(staff)/staff/users/actions.ts": { roles: ["ADMINISTRATOR"] },
  "(staff)/staff/settings/page.tsx": { roles: ["ADMINISTRATOR"] },
  "(staff)/staff/settings/actions.ts": { roles: ["ADMINISTRATOR"] },
  "(staff)/staff/campaign/page.tsx": { roles: ["ADMINISTRATOR"] },
  "(staff)/staff/assignments/page.tsx": { roles: ["DIRECTOR"] },
  "(staff)/staff/assignments/actions.ts": { roles: ["DIRECTOR"] },
  "(staff)/staff/applications/page.tsx": { roles: ["DIRECTOR", "EXECUTOR"] },
  "(staff)/staff/applications/[id]/page.tsx": { roles: ["DIRECTOR", "EXECUTOR"] },
  "(staff)/staff/applications/[id]/history/page.tsx": { roles: ["DIRECTOR", "EXECUTOR"] },
  "(staff)/staff/applications/actions.ts": { roles: ["DIRECTOR", "EXECUTOR"] },
  "(staff)/staff/signing/page.tsx": { roles: ["DIRECTOR"] },
  "(staff)/staff/templates/page.tsx": { roles: ["DIRECTOR", "EXECUTOR"] },
  "(staff)/staff/templates/actions.ts": { roles: ["DIRECTOR", "EXECUTOR"] },
  // district office
  "(district)/district/page.tsx": { roles: ["DISTRICT_ADMINISTRATOR", "DISTRICT_OFFICER"] },
  "(district)/district/catchments/page.tsx": { roles: ["DISTRICT_ADMINISTRATOR", "DISTRICT_OFFICER"] },
  // region / ministry: the opening schedule and the national holiday calendar
  "(region)/region/page.tsx": { roles: ["REGION_ADMINISTRATOR"] },
  "(region)/region/calendar-actions.ts": { roles: ["REGION_ADMINISTRATOR"] },
};

const APP = path.join(process.cwd(), "app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const isServerActions = (text: string) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(text);

/** Pages, route handlers and server-action files of the app tree, as paths under app/. */
function appEntries(): string[] {
  return walk(APP)
    .filter((file) => {
      const base = path.basename(file);
      if (base === "page.tsx" || base === "route.ts") return true;
      if (/\.tsx?$/.test(base) && isServerActions(fs.readFileSync(file, "utf8"))) return true;
      // Stand-in layouts are gates of their own (the whole stand-in disappears with them).
      return base === "layout.tsx" && (file.includes(`${path.sep}egov-`) || path.dirname(file) === APP);
    })
    .map((file) => path.relative(APP, file).split(path.sep).join("/"))
    .sort();
}

const read = (rel: string) => fs.readFileSync(path.join(APP, rel), "utf8");

/** Helpers in the app tree that are guards themselves: name → the guard call they make. */
const GUARD_HELPERS: Record<string, string> = {
  requireApplicant: 'requirePermission("application:apply", "parent")',
  loadPage: 'requirePermission("application:apply", "parent")',
};

/** Each guard call (with helpers resolved to what they call) in `text`. */
function guardCalls(text: string): string[] {
  const local: Record<string, string> = {};
  // `const calendarEditor = () => requirePermission(...)`: a file's own guard helper.
  for (const m of text.matchAll(/const (\w+) = \(\) => (require(?:Permission|Area)\([^)]*\))/g)) local[m[1]!] = m[2]!;
  const calls: string[] = [];
  for (const m of text.matchAll(/\b(require(?:Permission|Area)\([^)]*\))/g)) calls.push(m[1]!);
  for (const [name, call] of Object.entries({ ...GUARD_HELPERS, ...local })) {
    if (new RegExp(`\\b${name}\\(`).test(text.replace(new RegExp(`const ${name} = `, "g"), ""))) calls.push(call);
  }
  return calls;
}

/** The roles a guard call lets through. */
function rolesOf(call: string): Role[] {
  const args = [...call.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  if (call.startsWith("requireArea")) return rolesIn(...(args as Area[]));
  const [action, ...areas] = args;
  if (!(ACTIONS as readonly string[]).includes(action!)) throw new Error(`unknown action in ${call}`);
  return rolesWith(action as Action, areas as Area[]);
}

/** The bodies of the file's exported functions (server actions, route handlers, the page). */
function exportedBodies(text: string): { name: string; body: string }[] {
  const starts = [...text.matchAll(/export (?:default )?(?:async )?function (\w+)/g)];
  return starts.map((m, i) => ({ name: m[1]!, body: text.slice(m.index, starts[i + 1]?.index ?? text.length) }));
}

const SESSION_GUARD = /\b(workingUser|currentUser)\(\)/;
const ROLE_GUARD = /\brequire(Permission|Area)\(|\brequireApplicant\(|\bloadPage\(|\bcalendarEditor\(/;
const STAND_IN_GUARD = /\brequireStandIns\(\)|\bstandInsOffResponse\(\)/;

describe("role × route", () => {
  const entries = appEntries();

  it("finds the app's pages, route handlers and server actions", () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(entries).toContain("(staff)/staff/applications/actions.ts");
    expect(entries).toContain("api/signing/[id]/eds/route.ts");
  });

  it("every page, route handler and server action has a row (a new one must be added to the table)", () => {
    expect(entries.filter((e) => !(e in ROUTES))).toEqual([]);
  });

  it("every row names a file that exists", () => {
    expect(Object.keys(ROUTES).filter((k) => !entries.includes(k))).toEqual([]);
  });

  describe.each(Object.entries(ROUTES).filter(([rel]) => fs.existsSync(path.join(APP, rel))))("%s", (rel, access) => {
    const text = read(rel);
    const bodies = exportedBodies(text).filter((b) => !["generateMetadata", "generateStaticParams"].includes(b.name));

    if ("standIn" in access) {
      it("every export passes the stand-ins gate first", () => {
        expect(bodies.length).toBeGreaterThan(0);
        for (const { name, body } of bodies) expect([name, STAND_IN_GUARD.test(body)]).toEqual([name, true]);
      });
    } else if ("signedIn" in access) {
      it("every export asks for the signed-in user", () => {
        expect(bodies.length).toBeGreaterThan(0);
        for (const { name, body } of bodies) expect([name, SESSION_GUARD.test(body)]).toEqual([name, true]);
        if (access.signedIn.startsWith("staff only")) expect(text).toMatch(/role === "PARENT"/);
      });
    } else if ("roles" in access) {
      it("every export calls a role guard, and the guards let exactly the listed roles through", () => {
        expect(bodies.length).toBeGreaterThan(0);
        for (const { name, body } of bodies) expect([name, ROLE_GUARD.test(body)]).toEqual([name, true]);
        const allowed = new Set(guardCalls(text).flatMap(rolesOf));
        expect([...allowed].sort()).toEqual([...access.roles].sort());
      });
    } else {
      it("is public on purpose and makes no role claim", () => {
        expect(access.public.length).toBeGreaterThan(0);
        // A public file that does call a role guard should say so in the table instead.
        expect(/\brequire(Permission|Area)\(/.test(text)).toBe(false);
      });
    }
  });

  it("the parent's SMS outbox (a stand-in for the phone) passes the stand-ins gate too", () => {
    expect(STAND_IN_GUARD.test(read("(parent)/cabinet/sms/page.tsx"))).toBe(true);
  });

  it("no staff role reaches the parent's pages, and no parent the staff's", () => {
    for (const [rel, access] of Object.entries(ROUTES)) {
      if (!("roles" in access)) continue;
      if (rel.startsWith("(parent)/")) expect(access.roles).toEqual(["PARENT"]);
      if (rel.startsWith("(staff)/") || rel.startsWith("(district)/") || rel.startsWith("(region)/")) {
        expect(access.roles.every((r) => STAFF_ROLES.includes(r))).toBe(true);
      }
    }
  });
});
