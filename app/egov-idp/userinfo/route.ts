import { NextResponse, type NextRequest } from "next/server";
import { standInsOffResponse } from "@/lib/server/stand-ins";
import { claimsFor } from "@/lib/server/egov-idp/claims";
import { verifyAccessToken } from "@/lib/server/egov-idp/tokens";

export async function GET(request: NextRequest) {
  const off = standInsOffResponse();
  if (off) return off;
  const header = request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? await verifyAccessToken(header.slice(7)) : null;
  const claims = token ? await claimsFor(token.sub) : null;
  if (!claims) return NextResponse.json({ error: "invalid_token" }, { status: 401 });
  return NextResponse.json(claims, { headers: { "Cache-Control": "no-store" } });
}
