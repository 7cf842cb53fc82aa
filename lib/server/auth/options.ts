import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { audit } from "@/lib/server/audit";
import { authSecret } from "./secret";
import { hashPassword, verifyPassword } from "./password";
import { clearFailures, clientAddressOf, isLocked, loginKey, recordFailure, throttleKeys } from "./throttle";
import { signInParent } from "./sign-in-parent";
import { currentSessionVersion } from "./session-version";
import { idpIssuer } from "@/lib/server/egov-idp/tokens";

type EgovProfile = { sub: string; iin?: string; name?: string };

/** eGov: the real provider by discovery when EGOV_ISSUER is set, else the built-in one. */
function egovProvider(): OAuthConfig<EgovProfile> {
  const config = env();
  const common = {
    id: "egov",
    name: "eGov",
    type: "oauth" as const,
    clientId: config.EGOV_CLIENT_ID,
    clientSecret: config.EGOV_CLIENT_SECRET,
    checks: ["pkce", "state"] as ("pkce" | "state")[],
    idToken: true,
    profile: (profile: EgovProfile) => ({ id: profile.iin ?? profile.sub, name: profile.name ?? null }),
  };
  if (config.EGOV_ISSUER) {
    return {
      ...common,
      wellKnown: `${config.EGOV_ISSUER}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid profile phone" } },
    };
  }
  const issuer = idpIssuer();
  return {
    ...common,
    issuer,
    authorization: { url: `${issuer}/authorize`, params: { scope: "openid profile phone" } },
    token: `${issuer}/token`,
    userinfo: `${issuer}/userinfo`,
    client: { id_token_signed_response_alg: "HS256", token_endpoint_auth_method: "client_secret_post" },
  };
}

const staffCredentials = z.object({ login: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

export const STAFF_THROTTLED = "throttled";

// The provider as a plain config object (what CredentialsProvider() would build), which also
// keeps it loadable outside Next's bundler.
const staffProvider: CredentialsConfig = {
  id: "staff",
  name: "Staff",
  type: "credentials",
  credentials: { login: { type: "text" }, password: { type: "password" } },
  async authorize(credentials, req) {
    const parsed = staffCredentials.safeParse(credentials);
    if (!parsed.success) return null;
    const prisma = await db();
    const keys = throttleKeys(parsed.data.login, clientAddressOf(req?.headers?.["x-forwarded-for"] as string | undefined));
    if (await isLocked(prisma, keys)) throw new Error(STAFF_THROTTLED);
    const user = await prisma.user.findUnique({ where: { login: parsed.data.login.toLowerCase() } });
    // Verify even when the login is unknown, so timing does not tell whether it exists.
    const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !valid || user.status !== "ACTIVE" || user.role === "PARENT") {
      await recordFailure(prisma, keys);
      return null;
    }
    await prisma.$transaction(async (tx) => {
      await clearFailures(tx, [loginKey(parsed.data.login)]);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      await audit(tx, {
        actor: { id: user.id, role: user.role, organisationId: user.organisationId },
        action: "user.signed-in",
        entity: "user",
        entityId: user.id,
      });
    });
    return { id: user.id, name: user.fullName, role: user.role, sessionVersion: user.sessionVersion };
  },
};

// A real hash of a random string, made once: checking against it costs what a real check
// costs and always fails.
let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}

/** A working day: a session ends after 8 hours whatever happens. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export function authOptions(): NextAuthOptions {
  // next-auth builds its callback URL from NEXTAUTH_URL; keep it equal to the one base URL so
  // the redirect_uri sent to eGov is exactly the registered one.
  process.env.NEXTAUTH_URL ??= env().APP_BASE_URL;
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [egovProvider(), staffProvider],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== "egov") return true;
        const iin = (profile as EgovProfile | undefined)?.iin ?? (profile as EgovProfile | undefined)?.sub;
        const parent = iin ? await signInParent(iin) : null;
        if (!parent) return false;
        // next-auth hands this same user object to jwt() next: it carries our id from here on.
        user.id = parent.id;
        return true;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "egov" && user) {
          token.uid = user.id;
          token.role = "PARENT";
          token.sv = await currentSessionVersion(user.id);
        } else if (account?.provider === "staff" && user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion ?? (await currentSessionVersion(user.id));
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.uid) {
          session.user.id = token.uid;
          session.user.role = token.role;
          session.user.sessionVersion = token.sv;
        }
        return session;
      },
    },
    events: {
      // Signing out ends the user's other sessions too (another browser, a shared computer).
      // Only a token still current may do so: a stale cookie replayed at sign-out changes nothing.
      async signOut({ token }) {
        if (!token?.uid) return;
        await (await db()).user.updateMany({
          where: { id: token.uid, sessionVersion: token.sv ?? 0 },
          data: { sessionVersion: { increment: 1 } },
        });
      },
    },
  };
}
