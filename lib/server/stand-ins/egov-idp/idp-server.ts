import "server-only";
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type Provider from "oidc-provider";
import { createEgovProvider, type EgovProviderOptions } from "@/lib/server/stand-ins/egov-idp/provider";
import { createOneTimeCodes, type OneTimeCodes } from "@/lib/server/stand-ins/egov-idp/one-time-codes";

// oidc-provider is a Koa application: it wants Node's own request and response objects. Next's
// route handlers hand us a web Request instead, and rebuilding Node's objects around it by hand
// means imitating sockets, streams and header quirks that Koa relies on. So the provider gets a
// real Node HTTP server of its own, on a random port of 127.0.0.1, and the app's catch-all route
// (app/egov-idp/[...oidc]/route.ts) forwards each request to it with fetch. A random port never
// collides with another server; the forwarding key keeps anyone else on the machine from
// claiming another public host through X-Forwarded-*.

export const FORWARD_KEY_HEADER = "x-egov-idp-forward-key";
const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port"];

export type EgovIdp = {
  provider: Provider;
  codes: OneTimeCodes;
  /** The provider's path under the issuer, e.g. /egov-idp. */
  mountPath: string;
  /** http://127.0.0.1:<port> of the internal server. */
  origin: string;
  forwardKey: string;
  close(): Promise<void>;
};

/**
 * Starts the provider on 127.0.0.1. `issuer` may depend on the port (tests talk to the
 * internal server directly); the app passes its public issuer.
 */
export async function startEgovIdp(
  options: Omit<EgovProviderOptions, "issuer"> & { issuer: string | ((origin: string) => string) },
): Promise<EgovIdp> {
  const forwardKey = crypto.randomBytes(24).toString("base64url");
  // Set once the provider exists (it needs this server's origin first).
  const mounted: { handle?: (req: http.IncomingMessage, res: http.ServerResponse) => void } = {};
  let mountPath = "";
  const server = http.createServer((req, res) => {
    const trusted = safeEqual(req.headers[FORWARD_KEY_HEADER], forwardKey);
    delete req.headers[FORWARD_KEY_HEADER];
    if (!trusted) for (const name of FORWARDED_HEADERS) delete req.headers[name];
    const url = req.url ?? "/";
    const handle = mounted.handle;
    if (!handle || !(url === mountPath || url.startsWith(`${mountPath}/`) || url.startsWith(`${mountPath}?`))) {
      res.statusCode = 404;
      res.end();
      return;
    }
    // Mounted as express would mount it: the provider reads its mount path from originalUrl.
    (req as http.IncomingMessage & { originalUrl?: string }).originalUrl = url;
    req.url = url.slice(mountPath.length) || "/";
    handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = typeof options.issuer === "function" ? options.issuer(origin) : options.issuer;
  mountPath = new URL(issuer).pathname.replace(/\/$/, "");
  const provider = createEgovProvider({ ...options, issuer });
  mounted.handle = provider.callback();
  return {
    provider,
    codes: createOneTimeCodes(),
    mountPath,
    origin,
    forwardKey,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeEqual(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
