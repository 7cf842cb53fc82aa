import { standInsOffResponse } from "@/lib/server/stand-ins/gate";
import { forwardToEgovIdp } from "@/lib/server/stand-ins/egov-idp/app-idp";

// Every protocol endpoint of the eGov stand-in (discovery, JWKS, authorize, token, userinfo) is
// answered by oidc-provider; this route only hands requests over (see idp-server.ts for why).
// The interaction screens under authorize/interaction/ are pages of their own.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return standInsOffResponse() ?? forwardToEgovIdp(request);
}

export async function POST(request: Request): Promise<Response> {
  return standInsOffResponse() ?? forwardToEgovIdp(request);
}

export async function OPTIONS(request: Request): Promise<Response> {
  return standInsOffResponse() ?? forwardToEgovIdp(request);
}

export async function HEAD(request: Request): Promise<Response> {
  return standInsOffResponse() ?? forwardToEgovIdp(request);
}
