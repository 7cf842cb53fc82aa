// Issue 8 (6): signing out or a password change ends every session of that user. Tokens are
// minted the way next-auth mints them (authorize → jwt callback → encrypted cookie → session
// callback) and judged by the guard every page and action calls. Run by sessions.pglite.test.ts
// and sessions.postgres.test.ts.
import { describe, expect } from "@jest/globals";
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_PASSWORD } from "@/prisma/seed/staff";

type Authorize = (credentials: Record<string, string>, req: unknown) => Promise<Record<string, unknown> | null>;

async function loadApp() {
  const { db } = await import("@/lib/server/db");
  const { authOptions } = await import("@/lib/server/auth/options");
  const { sessionUser } = await import("@/lib/server/auth/session-version");
  const { changeOwnPassword } = await import("@/lib/server/auth/change-own-password");
  const { resetStaffPassword } = await import("@/lib/server/staff/reset-staff-password");
  const { setStaffBlocked } = await import("@/lib/server/staff/set-staff-blocked");
  const { encode, decode } = await import("next-auth/jwt");
  return { db, authOptions, sessionUser, changeOwnPassword, resetStaffPassword, setStaffBlocked, encode, decode };
}

export function defineSessionsSuite(target: Target) {
  describe(`ending sessions on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
      },
    });

    const staff = async (login: string) => (await app.db()).user.findUniqueOrThrow({ where: { login }, include: { organisation: true } });

    /** A staff sign-in as next-auth performs it: the session cookie's value. */
    async function signIn(login: string, password = DEMO_PASSWORD): Promise<string> {
      const options = app.authOptions();
      const provider = options.providers.find((p) => p.id === "staff") as unknown as { authorize: Authorize };
      const user = await provider.authorize({ login, password }, { headers: {} });
      if (!user) throw new Error(`sign-in of ${login} failed`);
      const token = await options.callbacks!.jwt!({
        token: { name: user.name as string },
        user: user as never,
        account: { provider: "staff", type: "credentials", providerAccountId: user.id as string },
      } as never);
      return app.encode({ token, secret: options.secret! });
    }

    /** What the session guard makes of a cookie on the next request. */
    async function userBehind(cookie: string) {
      const options = app.authOptions();
      const token = (await app.decode({ token: cookie, secret: options.secret! })) as JWT;
      const session = (await options.callbacks!.session!({
        session: { user: {}, expires: new Date(Date.now() + 3600_000).toISOString() },
        token,
      } as never)) as Session;
      return app.sessionUser(session.user);
    }

    async function signOut(cookie: string) {
      const options = app.authOptions();
      const token = (await app.decode({ token: cookie, secret: options.secret! })) as JWT;
      await options.events!.signOut!({ token, session: null as never });
    }

    run("a token minted before a password change is refused after it, on every browser", async () => {
      const laptop = await signIn("school63.executor1");
      const schoolPc = await signIn("school63.executor1");
      expect((await userBehind(laptop))?.login).toBe("school63.executor1");
      expect((await userBehind(schoolPc))?.login).toBe("school63.executor1");

      const changed = await app.changeOwnPassword(await staff("school63.executor1"), {
        currentPassword: DEMO_PASSWORD,
        newPassword: "Mektep-2026-kuz",
      });
      expect(changed).toEqual({ ok: true });
      expect(await userBehind(laptop)).toBeNull();
      expect(await userBehind(schoolPc)).toBeNull();

      // Signing in again with the new password gives a session that works.
      const fresh = await signIn("school63.executor1", "Mektep-2026-kuz");
      expect((await userBehind(fresh))?.login).toBe("school63.executor1");
    });

    run("signing out in one browser ends the sessions in the others; a stale token's sign-out changes nothing", async () => {
      const first = await signIn("school9.director");
      const second = await signIn("school9.director");
      await signOut(first);
      expect(await userBehind(first)).toBeNull();
      expect(await userBehind(second)).toBeNull();

      const third = await signIn("school9.director");
      // The first cookie, kept by someone and replayed at the sign-out route, is stale already.
      await signOut(first);
      expect((await userBehind(third))?.login).toBe("school9.director");
    });

    run("an administrator's reset and a block end the person's sessions; unblocking does not revive them", async () => {
      const admin = await staff("school63.admin");
      const beforeReset = await signIn("school63.psychologist");
      const reset = await app.resetStaffPassword(admin, (await staff("school63.psychologist")).id);
      expect(reset.ok).toBe(true);
      expect(await userBehind(beforeReset)).toBeNull();

      const beforeBlock = await signIn("school63.director");
      const director = await staff("school63.director");
      expect(await app.setStaffBlocked(admin, director.id, true)).toEqual({ ok: true });
      expect(await userBehind(beforeBlock)).toBeNull();
      expect(await app.setStaffBlocked(admin, director.id, false)).toEqual({ ok: true });
      expect(await userBehind(beforeBlock)).toBeNull();
      expect((await userBehind(await signIn("school63.director")))?.login).toBe("school63.director");
    });
  });
}
