import { NextResponse, type NextRequest } from "next/server";
import { headerSettingsFrom, securityHeaders } from "@/lib/security/headers";

// 1. Security headers on every page, Content-Security-Policy with a per-request nonce included.
//    The policy also goes on the request: that is where Next reads the nonce it puts on its own
//    inline scripts (Next's documented CSP-with-proxy way).
// 2. Only a convenience: people with no session cookie at all are sent to sign in before any
//    rendering. Every page, action and route handler still checks session and role itself.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SIGNED_IN_AREAS = ["/cabinet", "/staff", "/district", "/region", "/account"];

export function proxy(request: NextRequest) {
  const headers = securityHeaders(headerSettingsFrom(process.env));
  const { pathname } = request.nextUrl;
  const isSignedInArea = SIGNED_IN_AREAS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (isSignedInArea && !hasSession) {
    const target = pathname.startsWith("/cabinet") ? "/sign-in" : "/sign-in/staff";
    response = NextResponse.redirect(new URL(target, request.url));
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", headers.get("content-security-policy") ?? "");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  headers.forEach((value, key) => response.headers.set(key, value));
  return response;
}

// Pages only: route handlers (files, JSON) and static assets keep the plain headers of
// next.config.js.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|fonts/).*)"] };
