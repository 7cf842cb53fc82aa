import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/server/env";
import { standInsOffResponse } from "@/lib/server/stand-ins";
import { claimsFor } from "@/lib/server/egov-idp/claims";
import {
  consumeCodeOnce,
  pkceMatches,
  signAccessToken,
  signIdToken,
  verifyCode,
} from "@/lib/server/egov-idp/tokens";

// Token endpoint of the built-in eGov identity provider (authorization_code grant with PKCE).
export async function POST(request: NextRequest) {
  const off = standInsOffResponse();
  if (off) return off;
  const form = await request.formData();
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const { clientId, clientSecret } = clientCredentials(request, field("client_id"), field("client_secret"));
  if (clientId !== env().EGOV_CLIENT_ID || clientSecret !== env().EGOV_CLIENT_SECRET) {
    return oauthError("invalid_client", 401);
  }
  if (field("grant_type") !== "authorization_code") return oauthError("unsupported_grant_type");

  const grant = await verifyCode(field("code"));
  if (!grant || !consumeCodeOnce(grant.jti, grant.exp)) return oauthError("invalid_grant");
  if (grant.request.clientId !== clientId || grant.request.redirectUri !== field("redirect_uri")) {
    return oauthError("invalid_grant");
  }
  if (!pkceMatches(field("code_verifier"), grant.request.codeChallenge)) return oauthError("invalid_grant");

  const claims = await claimsFor(grant.iin);
  if (!claims) return oauthError("invalid_grant");
  return NextResponse.json(
    {
      access_token: await signAccessToken(grant.iin, clientId),
      id_token: await signIdToken(claims, clientId, grant.request.nonce),
      token_type: "Bearer",
      expires_in: 600,
      scope: grant.request.scope,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

function clientCredentials(request: NextRequest, bodyId: string, bodySecret: string) {
  const header = request.headers.get("authorization");
  if (header?.startsWith("Basic ")) {
    const [id, secret] = Buffer.from(header.slice(6), "base64").toString().split(":");
    return { clientId: decodeURIComponent(id ?? ""), clientSecret: decodeURIComponent(secret ?? "") };
  }
  return { clientId: bodyId, clientSecret: bodySecret };
}

function oauthError(error: string, status = 400) {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
