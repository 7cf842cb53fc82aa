import "server-only";
import crypto from "node:crypto";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { authSecret } from "@/lib/server/auth/secret";

// The eGov mobile stand-in keeps no state between its screens: each step hands the phone a
// short-lived signed ticket (the one-time code it sent, then "this person proved who they are"),
// like the eGov sign-in stand-in. The signing request itself is the only row that changes.

const ISSUER = "qabyldau-egov-mobile";
export const MOBILE_OTP_TTL_SECONDS = 300;
const SESSION_TTL_SECONDS = 600;

function key(): Uint8Array {
  return crypto.createHmac("sha256", authSecret()).update("egov-mobile-sign").digest();
}

async function sign(kind: string, payload: JWTPayload, ttlSeconds: number): Promise<string> {
  return new SignJWT({ ...payload, kind })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .setJti(crypto.randomUUID())
    .sign(key());
}

async function verify<T>(kind: string, token: string): Promise<(T & JWTPayload) | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: ISSUER });
    return payload.kind === kind ? (payload as T & JWTPayload) : null;
  } catch {
    return null;
  }
}

export type MobileOtpTicket = { requestId: string; iin: string; codeHash: string };
export type MobileSession = { requestId: string; iin: string };

export function hashMobileOtp(requestId: string, iin: string, code: string): string {
  return crypto.createHmac("sha256", key()).update(`${requestId}:${iin}:${code}`).digest("base64url");
}

export function newMobileOtp(): string {
  return String(crypto.randomInt(0, 100000)).padStart(5, "0");
}

export const signMobileOtpTicket = (t: MobileOtpTicket) => sign("otp", t, MOBILE_OTP_TTL_SECONDS);
export const verifyMobileOtpTicket = (token: string) => verify<MobileOtpTicket>("otp", token);
export const signMobileSession = (s: MobileSession) => sign("session", s, SESSION_TTL_SECONDS);
export const verifyMobileSession = (token: string) => verify<MobileSession>("session", token);
