import "server-only";
import crypto from "node:crypto";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { RawData, WebSocket, WebSocketServer } from "ws";
import type { DbClient } from "@/lib/server/integrations/local-db";
import { handleChooserRequest, type ChooserBackend, type PendingView } from "@/lib/server/stand-ins/signing/ncalayer-chooser";
import {
  CANCELLED,
  STANDIN_VERSION,
  answer,
  basicsError,
  chosenKey,
  digestOf,
  signTask,
  type Reply,
  type SignTask,
} from "@/lib/server/stand-ins/signing/ncalayer-standin-answer";
import { ncaLayerTlsIdentity, type TlsIdentity } from "@/lib/server/stand-ins/signing/ncalayer-tls";

// A local stand-in for NCALayer, the NCA RK desktop program that signs with a person's EDS key
// on request of a web page over a secure WebSocket on 127.0.0.1 (wss://127.0.0.1:13579). It
// speaks the same protocol (ncalayer-standin-answer.ts) over TLS with a locally made certificate
// (ncalayer-tls.ts), and serves its key chooser at https://127.0.0.1:<port>/
// (ncalayer-chooser.ts) on the same port.

export { STANDIN_VERSION };
const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

export type PendingRequest = PendingView;

export type NcaLayerStandIn = {
  port: number;
  /** wss://127.0.0.1:<port> */
  url: string;
  /** Requests waiting for a key choice, oldest first. */
  pending(): PendingRequest[];
  /** Signs a waiting request with the test key of `iin` (the chooser's "Sign"). */
  choose(id: string, iin: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Answers a waiting request with NCALayer's "cancelled" (the chooser's "Cancel"). */
  cancel(id: string): boolean;
  /** "Always ask": requests naming an IIN wait for the chooser too. */
  setAlwaysAsk(on: boolean): void;
  close(): Promise<void>;
};

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
  /** Default: the certificate in .data/ncalayer-tls (made on first use). */
  tls?: TlsIdentity;
  /** Start with "always ask" on. */
  alwaysAsk?: boolean;
  log?: (line: string) => void;
};

type Waiting = { view: PendingView; task: SignTask; settle(reply: Reply): void };

/** Starts listening; rejects (e.g. EADDRINUSE) when the port cannot be taken. */
export async function startNcaLayerStandIn(options: StandInOptions): Promise<NcaLayerStandIn> {
  // Loaded at run time, unbundled: ws's optional native helpers trip bundlers.
  const { WebSocketServer: Server } = await import(/* webpackIgnore: true */ "ws");
  const tls = options.tls ?? ncaLayerTlsIdentity();
  const allowed = options.allowedOrigins ? new Set(options.allowedOrigins) : null;
  const waiting = new Map<string, Waiting>();
  let alwaysAsk = options.alwaysAsk ?? false;
  let port = 0;

  const settle = (id: string, reply: Reply) => {
    const entry = waiting.get(id);
    if (!entry) return false;
    waiting.delete(id);
    entry.settle(reply);
    return true;
  };
  const backend: ChooserBackend = {
    token: crypto.randomBytes(24).toString("base64url"),
    get port() {
      return port;
    },
    pending: () => [...waiting.values()].map((w) => w.view),
    alwaysAsk: () => alwaysAsk,
    setAlwaysAsk: (on) => {
      alwaysAsk = on;
    },
    async choose(id, iin) {
      const entry = waiting.get(id);
      if (!entry) return { ok: false, reason: "This request is no longer waiting." };
      const key = await chosenKey(entry.task, iin, options.client);
      if (typeof key === "string") {
        entry.view.error = key;
        return { ok: false, reason: key };
      }
      settle(id, signTask(entry.task, key, options));
      return { ok: true };
    },
    cancel: (id) => settle(id, CANCELLED),
  };

  const server = https.createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    handleChooserRequest(req, res, backend).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1");
  });
  server.on("error", (error) => options.log?.(`NCALayer stand-in: ${error.message}`));
  // Attached once listening: ws re-emits the server's errors (EADDRINUSE) on itself.
  const sockets: WebSocketServer = new Server({
    server,
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin }: { origin?: string }) => !origin || !allowed || allowed.has(origin),
  });
  sockets.on("error", (error) => options.log?.(`NCALayer stand-in: ${error.message}`));
  server.on("tlsClientError", () => undefined);
  port = (server.address() as AddressInfo).port;

  sockets.on("connection", (socket: WebSocket, req) => {
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : "";
    const mine = new Set<string>();
    socket.on("close", () => {
      // The page went away: its waiting request is dropped, as NCALayer closes its window.
      for (const id of mine) waiting.delete(id);
    });
    serve(socket, {
      client: options.client,
      log: options.log,
      alwaysAsk: () => alwaysAsk,
      ask: (task) =>
        new Promise<Reply>((resolve) => {
          const id = crypto.randomUUID();
          mine.add(id);
          const view: PendingView = {
            id,
            origin,
            documents: task.documents.map((d) => ({ bytes: d.length, sha256: digestOf(d) })),
            storages: task.allowedStorages,
            extKeyUsageOids: task.extKeyUsageOids,
            iin: task.iin,
            error: null,
          };
          waiting.set(id, { view, task, settle: resolve });
          options.log?.(`NCALayer stand-in: a page asks for a key; choose it (or cancel) at https://127.0.0.1:${port}/`);
        }),
    });
  });

  return {
    port,
    url: `wss://127.0.0.1:${port}`,
    pending: backend.pending,
    choose: backend.choose,
    cancel: backend.cancel,
    setAlwaysAsk: backend.setAlwaysAsk,
    close: () =>
      new Promise<void>((resolve) => {
        waiting.clear();
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function serve(socket: WebSocket, context: Parameters<typeof answer>[1]) {
  socket.send(JSON.stringify({ result: { version: STANDIN_VERSION } }));
  // One request at a time, answered in order, as the real program does.
  let queue = Promise.resolve();
  socket.on("message", (data: RawData) => {
    queue = queue.then(async () => {
      const reply = await answer(data.toString(), context).catch((error: unknown) =>
        basicsError("INTERNAL_ERROR", "The stand-in failed.", error instanceof Error ? error.message : String(error)),
      );
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
    });
  });
}

/** The product's own origin, under both names of the loopback host. */
export function appOrigins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  const origins = new Set([url.origin]);
  for (const [from, to] of [
    ["127.0.0.1", "localhost"],
    ["localhost", "127.0.0.1"],
  ] as const) {
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
      console.info(`NCALayer stand-in listening on ${standIn.url} (key chooser: https://127.0.0.1:${standIn.port}/)`);
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
