import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/server/env";
import { authSecret } from "@/lib/server/auth/secret";
import { currentSessionVersion } from "@/lib/server/auth/session-version";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/server/auth/options";

/**
 * After a person changes their own password every session of theirs has ended, this one too;
 * this gives the browser that made the change a fresh session cookie with the new version, so
 * they carry on working while every other browser is signed out. Same cookie as next-auth's
 * (name, flags, lifetime); for server actions and route handlers only (they may set cookies).
 */
export async function reissueSession(userId: string): Promise<void> {
  const isSecure = (process.env.NEXTAUTH_URL ?? env().APP_BASE_URL).startsWith("https://");
  const name = `${isSecure ? "__Secure-" : ""}next-auth.session-token`;
  const jar = await cookies();
  const secret = authSecret();
  const token = await decode({ token: jar.get(name)?.value, secret });
  if (!token || token.uid !== userId) return;
  const fresh = await encode({ token: { ...token, sv: await currentSessionVersion(userId) }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, fresh, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isSecure,
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
}
