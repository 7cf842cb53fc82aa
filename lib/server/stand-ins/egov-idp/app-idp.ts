import "server-only";
import crypto from "node:crypto";
import { EGOV_STANDIN_PATH, env } from "@/lib/server/env";
import { authSecret } from "@/lib/server/auth/secret";
import { claimsFor } from "@/lib/server/stand-ins/egov-idp/claims";
import { FORWARD_KEY_HEADER, startEgovIdp, type EgovIdp } from "@/lib/server/stand-ins/egov-idp/idp-server";
import type { InteractionDeps } from "@/lib/server/stand-ins/egov-idp/interaction";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";

// The app's one eGov stand-in: started on first use, one per process (globalThis survives the
// bundler's separate module copies for route handlers, pages and actions).

const holder = globalThis as unknown as { __egovIdp?: Promise<EgovIdp> };

export function appEgovIdp(): Promise<EgovIdp> {
  holder.__egovIdp ??= startAppEgovIdp().catch((error: unknown) => {
    holder.__egovIdp = undefined;
    throw error;
  });
  return holder.__egovIdp;
}

function startAppEgovIdp(): Promise<EgovIdp> {
  const config = env();
  return startEgovIdp({
    issuer: `${config.APP_BASE_URL}${EGOV_STANDIN_PATH}`,
    client: {
      id: config.EGOV_CLIENT_ID,
      secret: config.EGOV_CLIENT_SECRET,
      redirectUri: `${config.APP_BASE_URL}/api/auth/callback/egov`,
    },
    cookieKeys: [crypto.createHmac("sha256", authSecret()).update("egov-idp cookies").digest("base64url")],
    findCitizen: (iin) => claimsFor(iin),
  });
}

/** Hop-by-hop and length headers the fetch on either side recomputes. */
const DROPPED_HEADERS = ["connection", "keep-alive", "transfer-encoding", "content-length", "host", "content-encoding"];

/**
 * Hands a request for APP_BASE_URL/egov-idp/... to the provider and its answer back, cookies
 * and redirects untouched. The public host and scheme come from APP_BASE_URL, never from the
 * request (behind a proxy the request says localhost).
 */
export async function forwardToEgovIdp(request: Request): Promise<Response> {
  const idp = await appEgovIdp();
  const incoming = new URL(request.url);
  const base = new URL(env().APP_BASE_URL);
  const headers = new Headers(request.headers);
  for (const name of DROPPED_HEADERS) headers.delete(name);
  for (const name of [...headers.keys()]) if (name.startsWith("x-forwarded-")) headers.delete(name);
  headers.set("x-forwarded-host", base.host);
  headers.set("x-forwarded-proto", base.protocol.replace(":", ""));
  headers.set(FORWARD_KEY_HEADER, idp.forwardKey);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const answer = await fetch(`${idp.origin}${incoming.pathname}${incoming.search}`, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: "manual",
    cache: "no-store",
  });
  const outgoing = new Headers();
  answer.headers.forEach((value, name) => {
    if (name !== "set-cookie" && !DROPPED_HEADERS.includes(name)) outgoing.set(name, value);
  });
  for (const cookie of answer.headers.getSetCookie()) outgoing.append("set-cookie", cookie);
  const body = request.method === "HEAD" || answer.status === 204 || answer.status === 304 ? null : await answer.arrayBuffer();
  return new Response(body, { status: answer.status, statusText: answer.statusText, headers: outgoing });
}

/** What the interaction screens need, wired to the app's registry, SMS gateway and mode. */
export async function appInteractionDeps(): Promise<InteractionDeps> {
  return {
    idp: await appEgovIdp(),
    findCitizen: (iin) => claimsFor(iin),
    async sendCode(phone, code) {
      await getSmsGateway().send({ phone, sender: "eGov", text: `eGov: кіру коды / код входа ${code}` });
    },
    showCode: env().DEMO_STANDINS === "true",
  };
}
