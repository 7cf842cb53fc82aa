import { NextResponse, type NextRequest } from "next/server";

// Only a convenience: people with no session cookie at all are sent to sign in before any
// rendering. Every page, action and route handler still checks session and role itself.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const { pathname } = request.nextUrl;
  const target = pathname.startsWith("/cabinet") ? "/sign-in" : "/sign-in/staff";
  return NextResponse.redirect(new URL(target, request.url));
}

export const config = { matcher: ["/cabinet/:path*", "/staff/:path*", "/district/:path*", "/region/:path*", "/account/:path*"] };
