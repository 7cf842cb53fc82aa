import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { egovIssuer, env } from "@/lib/server/env";
import { audit } from "@/lib/server/audit";
import { authSecret } from "@/lib/server/auth/secret";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { clearFailures, clientAddressOf, isLocked, loginKey, recordFailure, throttleKeys } from "@/lib/server/auth/throttle";
import { signInParent } from "@/lib/server/auth/sign-in-parent";
import { egovIinOf, egovProfile, type EgovClaims } from "@/lib/auth/egov-profile";
import { egovDiscovery, type EgovMetadata } from "@/lib/server/auth/egov-discovery";
import { currentSessionVersion } from "@/lib/server/auth/session-version";

type VerifiedTokens = { claims(): Record<string, unknown> };

/**
 * eGov, always through its discovery document (EGOV_ISSUER, or the built-in stand-in in demo
 * mode). With `metadata` (our cached discovery) the endpoints are given outright; without it
 * next-auth discovers them itself on use. Null when no eGov is configured at all.
 */
function egovProvider(metadata: EgovMetadata | null): OAuthConfig<EgovClaims> | null {
  const config = env();
  const issuer = egovIssuer();
  if (!issuer) return null;
  const params = { scope: "openid profile" };
  const provider: OAuthConfig<EgovClaims> = {
    id: "egov",
    name: "eGov",
    type: "oauth",
    clientId: config.EGOV_CLIENT_ID,
    clientSecret: config.EGOV_CLIENT_SECRET,
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    client: { token_endpoint_auth_method: "client_secret_basic", id_token_signed_response_alg: "RS256" },
    // The ID token is verified (signature by JWKS, issuer, audience, nonce) before this runs.
    userinfo: {
      ...(metadata ? { url: metadata.userinfo_endpoint } : {}),
      // next-auth hands over openid-client's TokenSet, typed only by its fields.
      request: ({ tokens, client }) =>
        egovProfile(
          (tokens as unknown as VerifiedTokens).claims() as EgovClaims,
          () => client.userinfo(tokens as never) as Promise<Record<string, unknown>>,
        ),
    },
    profile: (profile) => ({ id: egovIinOf(profile) ?? profile.sub, name: profile.name ?? null }),
  };
  if (!metadata) {
    return { ...provider, wellKnown: `${issuer}/.well-known/openid-configuration`, authorization: { params } };
  }
  return {
    ...provider,
    issuer: metadata.issuer,
    authorization: { url: metadata.authorization_endpoint, params },
    token: metadata.token_endpoint,
    jwks_endpoint: metadata.jwks_uri,
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

/**
 * The options with eGov's endpoints from the cached discovery: for the sign-in and callback
 * requests of eGov. If discovery fails, next-auth tries it once more and reports the failure.
 */
export async function authOptionsForEgovSignIn(): Promise<NextAuthOptions> {
  const issuer = egovIssuer();
  const metadata = issuer ? await egovDiscovery(issuer).catch(() => null) : null;
  return authOptions(metadata);
}

export function authOptions(egovMetadata: EgovMetadata | null = null): NextAuthOptions {
  // next-auth builds its callback URL from NEXTAUTH_URL; keep it equal to the one base URL so
  // the redirect_uri sent to eGov is exactly the registered one.
  process.env.NEXTAUTH_URL ??= env().APP_BASE_URL;
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [egovProvider(egovMetadata), staffProvider].filter((p) => p !== null),
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== "egov") return true;
        const iin = egovIinOf(profile as EgovClaims | undefined);
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
        await (
          await db()
        ).user.updateMany({
          where: { id: token.uid, sessionVersion: token.sv ?? 0 },
          data: { sessionVersion: { increment: 1 } },
        });
      },
    },
  };
}
