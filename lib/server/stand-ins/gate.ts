import "server-only";
import { notFound } from "next/navigation";
import { NextResponse } from "next/server";
import { standInsEnabled } from "@/lib/server/env";

// The one gate of every demo stand-in route (eGov sign-in, eGov mobile signing): with
// DEMO_STANDINS off they do not exist, so nobody can sign in or sign as someone else through them.

/** For stand-in pages, layouts and server actions: "not found" unless the stand-ins are on. */
export function requireStandIns(): void {
  if (!standInsEnabled()) notFound();
}

/** For stand-in route handlers: a 404 response to return when the stand-ins are off, else null. */
export function standInsOffResponse(): NextResponse | null {
  return standInsEnabled() ? null : NextResponse.json({ error: "not_found" }, { status: 404 });
}
