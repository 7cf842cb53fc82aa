import "server-only";
import crypto from "node:crypto";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { env } from "@/lib/server/env";
import { authSecret } from "@/lib/server/auth/secret";

// The built-in eGov identity provider is stateless: every step hands the browser a short-lived
// signed ticket (the pending request, the one-time code, the authorization code), so it needs no
// tables and survives restarts. Only used when EGOV_ISSUER is not configured.

export const IDP_PATH = "/egov-idp";
export const OTP_TTL_SECONDS = 300;
const CODE_TTL_SECONDS = 60;
const ACCESS_TTL_SECONDS = 600;

export function idpIssuer(): string {
  return `${env().APP_BASE_URL}${IDP_PATH}`;
}

export function expectedRedirectUri(): string {
  return `${env().APP_BASE_URL}/api/auth/callback/egov`;
}

function internalKey(): Uint8Array {
  return crypto.createHmac("sha256", authSecret()).update("egov-idp").digest();
}

function clientKey(): Uint8Array {
  return new TextEncoder().encode(env().EGOV_CLIENT_SECRET);
}

async function sign(kind: string, payload: JWTPayload, ttlSeconds: number, key = internalKey()): Promise<string> {
  return new SignJWT({ ...payload, kind })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(idpIssuer())
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .setJti(crypto.randomUUID())
    .sign(key);
}

async function verify<T>(kind: string, token: string): Promise<(T & JWTPayload) | null> {
  try {
    const { payload } = await jwtVerify(token, internalKey(), { issuer: idpIssuer() });
    return payload.kind === kind ? (payload as T & JWTPayload) : null;
  } catch {
    return null;
  }
}

/** What the relying party asked for at /authorize. */
export type AuthRequest = {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  nonce?: string;
  scope: string;
};

export const signAuthRequest = (req: AuthRequest) => sign("request", req, 900);
export const verifyAuthRequest = (token: string) => verify<AuthRequest>("request", token);

export type OtpTicket = { request: AuthRequest; iin: string; codeHash: string };

export function hashOtp(iin: string, code: string): string {
  return crypto.createHmac("sha256", internalKey()).update(`${iin}:${code}`).digest("base64url");
}

export const signOtpTicket = (t: OtpTicket) => sign("otp", t, OTP_TTL_SECONDS);
export const verifyOtpTicket = (token: string) => verify<OtpTicket>("otp", token);

export type ConsentTicket = { request: AuthRequest; iin: string };
export const signConsentTicket = (t: ConsentTicket) => sign("consent", t, 600);
export const verifyConsentTicket = (token: string) => verify<ConsentTicket>("consent", token);

export type CodeGrant = { request: AuthRequest; iin: string };
export const signCode = (g: CodeGrant) => sign("code", g, CODE_TTL_SECONDS);
export const verifyCode = (token: string) => verify<CodeGrant>("code", token);

export const signAccessToken = (iin: string, clientId: string) =>
  sign("access", { sub: iin, clientId }, ACCESS_TTL_SECONDS);
export const verifyAccessToken = (token: string) => verify<{ sub: string; clientId: string }>("access", token);

/** The OpenID Connect id_token, signed with the client secret (HS256) as OIDC allows. */
export async function signIdToken(claims: Record<string, unknown>, audience: string, nonce?: string): Promise<string> {
  const jwt = new SignJWT({ ...claims, ...(nonce ? { nonce } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(idpIssuer())
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TTL_SECONDS}s`);
  return jwt.sign(clientKey());
}

export function pkceMatches(verifier: string, challenge: string): boolean {
  const computed = crypto.createHash("sha256").update(verifier).digest("base64url");
  const a = Buffer.from(computed);
  const b = Buffer.from(challenge);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// Authorization codes are single use. One process serves the local IdP, so memory suffices.
const usedCodes = ((globalThis as unknown as { __egovUsedCodes?: Map<string, number> }).__egovUsedCodes ??=
  new Map<string, number>());

export function consumeCodeOnce(jti: string | undefined, expiresAt: number | undefined): boolean {
  if (!jti) return false;
  const now = Date.now() / 1000;
  for (const [key, exp] of usedCodes) if (exp < now) usedCodes.delete(key);
  if (usedCodes.has(jti)) return false;
  usedCodes.set(jti, expiresAt ?? now + CODE_TTL_SECONDS);
  return true;
}

export function newOtpCode(): string {
  return String(crypto.randomInt(0, 100000)).padStart(5, "0");
}
