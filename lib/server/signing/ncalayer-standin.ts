import "server-only";
import type { AddressInfo } from "node:net";
import type { RawData, WebSocket, WebSocketServer } from "ws";
import {
  NCALAYER_BASICS_MODULE,
  NCALAYER_COMMON_UTILS_MODULE,
  type BasicsSignArgs,
} from "@/lib/signing/ncalayer-protocol";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { signCms } from "./cms";
import { testKeyFor } from "./test-keys";
import { PERSONAL_EXT_KEY_USAGES } from "./test-ca";

// A local stand-in for NCALayer, the NCA RK desktop program that signs with a person's EDS key
// on request of a web page over a WebSocket on 127.0.0.1. It speaks the same protocol (module
// kz.gov.pki.knca.basics, method sign) and signs with the test key of the IIN the page asks
// for — as the real one offers only keys of that IIN when signerParams.iin is given. Without an
// IIN it refuses: there is nobody to ask which key to use.

export const STANDIN_VERSION = "1.4 (Qabyldau local stand-in)";
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const MAX_DOCUMENTS = 20;

export type NcaLayerStandIn = { port: number; close(): Promise<void> };

export type StandInOptions = {
  port: number;
  host?: string;
  /** The database holding the test keys (default: the process database). */
  client?: DbClient;
  /**
   * Browser origins allowed to connect (a page elsewhere must not get signatures silently);
   * connections without an Origin header (programs, tests) are always allowed. Null = any.
   */
  allowedOrigins?: readonly string[] | null;
  log?: (line: string) => void;
};

type Reply = Record<string, unknown>;

/** Starts listening; rejects (e.g. EADDRINUSE) when the port cannot be taken. */
export async function startNcaLayerStandIn(options: StandInOptions): Promise<NcaLayerStandIn> {
  // Loaded at run time, unbundled: ws's optional native helpers trip bundlers.
  const { WebSocketServer: Server } = await import(/* webpackIgnore: true */ "ws");
  const allowed = options.allowedOrigins ? new Set(options.allowedOrigins) : null;
  const server: WebSocketServer = new Server({
    host: options.host ?? "127.0.0.1",
    port: options.port,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin }: { origin?: string }) => !origin || !allowed || allowed.has(origin),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  server.on("error", (error) => options.log?.(`NCALayer stand-in: ${error.message}`));
  server.on("connection", (socket) => serve(socket, options.client));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of server.clients) socket.terminate();
        server.close(() => resolve());
      }),
  };
}

function serve(socket: WebSocket, client: DbClient | undefined) {
  socket.send(JSON.stringify({ result: { version: STANDIN_VERSION } }));
  // One request at a time, answered in order, as the real program does.
  let queue = Promise.resolve();
  socket.on("message", (data: RawData) => {
    queue = queue.then(async () => {
      const reply = await answer(data.toString(), client).catch((error: unknown) =>
        basicsError("INTERNAL_ERROR", error instanceof Error ? error.message : String(error)),
      );
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
    });
  });
}

/** The answer to one request message (exported for tests). */
export async function answer(raw: string, client?: DbClient): Promise<Reply> {
  let request: { module?: unknown; method?: unknown; args?: unknown };
  try {
    request = JSON.parse(raw) as typeof request;
  } catch {
    return basicsError("BAD_REQUEST", "The message is not JSON.");
  }
  if (!request || typeof request !== "object") return basicsError("BAD_REQUEST", "The message is not an object.");
  if (request.module === NCALAYER_BASICS_MODULE) {
    if (request.method !== "sign") return basicsError("METHOD_NOT_FOUND", `Unknown method ${String(request.method)}.`);
    return basicsSign(request.args, client);
  }
  if (request.module === NCALAYER_COMMON_UTILS_MODULE) return commonUtils(String(request.method), request.args);
  return basicsError("MODULE_NOT_FOUND", `Unknown module ${String(request.module)}.`);
}

async function basicsSign(rawArgs: unknown, client: DbClient | undefined): Promise<Reply> {
  const args = (rawArgs ?? {}) as Partial<BasicsSignArgs>;
  if (!rawArgs || typeof rawArgs !== "object") return basicsError("BAD_REQUEST", "args are missing.");
  if (args.format !== "cms") return basicsError("UNSUPPORTED", `Format ${String(args.format)} is not supported by the stand-in; use "cms".`);
  const params = args.signingParams ?? { decode: true, encapsulate: false, digested: false };
  if (params.digested) return basicsError("UNSUPPORTED", "Signing a digest is not supported by the stand-in.");
  const documents = Array.isArray(args.data) ? args.data : [args.data];
  if (documents.length === 0 || documents.length > MAX_DOCUMENTS || !documents.every((d) => typeof d === "string" && d.length > 0)) {
    return basicsError("BAD_REQUEST", "data must be a non-empty string or array of strings.");
  }
  const contents: Buffer[] = [];
  for (const document of documents as string[]) {
    if (params.decode === false) contents.push(Buffer.from(document, "utf8"));
    else if (/^[A-Za-z0-9+/]*={0,2}$/.test(document) && document.length % 4 === 0) contents.push(Buffer.from(document, "base64"));
    else return basicsError("BAD_REQUEST", "data is not base64 (signingParams.decode is true).");
  }
  const signer = args.signerParams ?? { extKeyUsageOids: [] };
  const iin = typeof signer.iin === "string" ? signer.iin.trim() : "";
  if (!iin) {
    return basicsError(
      "KEY_NOT_SELECTED",
      "The stand-in cannot ask which key to use: give signerParams.iin, and the key of that IIN is used.",
    );
  }
  const wanted = Array.isArray(signer.extKeyUsageOids) ? signer.extKeyUsageOids : [];
  const unavailable = wanted.filter((oid) => !(PERSONAL_EXT_KEY_USAGES as readonly string[]).includes(oid));
  if (unavailable.length > 0) return basicsError("NO_KEY", `No key with extended key usage ${unavailable.join(", ")}.`);
  const key = await testKeyFor(iin, client);
  if (!key) return basicsError("NO_KEY", `No key for IIN ${iin} in the available storages.`);
  const result = contents.map((content) =>
    signCms({ privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem, content, encapsulate: params.encapsulate === true }),
  );
  return { status: true, body: { result } };
}

function commonUtils(method: string, args: unknown): Reply {
  switch (method) {
    case "getActiveTokens":
      // No hardware tokens: the test keys live in the stand-in's "file" storage.
      return { code: "200", responseObject: [] };
    case "getKeyInfo":
    case "createCAdESFromBase64":
    case "createCMSSignatureFromBase64":
    case "signXml":
      return {
        code: "500",
        message: `${method}${Array.isArray(args) ? "" : " (no args)"}: the stand-in cannot ask which key to use. Use module ${NCALAYER_BASICS_MODULE}, method sign, with signerParams.iin.`,
      };
    case "changeLocale":
      return { code: "200" };
    default:
      return { code: "500", message: `Unknown method ${method}.` };
  }
}

function basicsError(code: string, message: string): Reply {
  return { status: false, code, message };
}

/** The product's own origin, under both names of the loopback host. */
export function appOrigins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  const origins = new Set([url.origin]);
  for (const [from, to] of [["127.0.0.1", "localhost"], ["localhost", "127.0.0.1"]] as const) {
    if (url.hostname === from) origins.add(url.origin.replace(`//${from}`, `//${to}`));
  }
  return [...origins];
}

const holder = globalThis as unknown as { __qabyldauNcaLayer?: Promise<NcaLayerStandIn | null> };

/**
 * Starts the stand-in once per process (dev reloads keep it). A port already taken — another
 * server of ours, or a real NCALayer — is reported in one line and the app runs on without it.
 */
export function startNcaLayerStandInOnce(options: StandInOptions): Promise<NcaLayerStandIn | null> {
  const log = options.log ?? ((line: string) => console.warn(line));
  holder.__qabyldauNcaLayer ??= startNcaLayerStandIn({ ...options, log })
    .then((standIn) => {
      console.info(`NCALayer stand-in listening on ws://${options.host ?? "127.0.0.1"}:${standIn.port}`);
      return standIn;
    })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        log(
          `NCALayer stand-in not started: port ${options.port} is in use (another Qabyldau server or a real NCALayer?). ` +
            "EDS signing goes to whatever listens there; set NCALAYER_PORT to use another port.",
        );
      } else {
        log(`NCALayer stand-in not started: ${error.message}`);
      }
      return null;
    });
  return holder.__qabyldauNcaLayer;
}

/** Closes the stand-in started by startNcaLayerStandInOnce, if any. */
export async function stopNcaLayerStandIn(): Promise<void> {
  const pending = holder.__qabyldauNcaLayer;
  holder.__qabyldauNcaLayer = undefined;
  const standIn = pending ? await pending : null;
  await standIn?.close();
}
