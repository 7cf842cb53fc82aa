// Browser side of NCALayer's WebSocket protocol: connect over wss://, wait for its greeting, send
// one basics.sign request, read the answer — the same messages ncalayer-js-client exchanges
// (tests/integration/ncalayer-transcript.test.ts replays its recorded transcript against this
// file). Nothing here knows about Qabyldau's server.
import { basicsSignRequest, cmsBase64Of, readNcaLayerReply } from "@/lib/signing/ncalayer-protocol";

export type NcaLayerOutcome =
  | { kind: "signed"; cms: string }
  | { kind: "cancelled" }
  | { kind: "not-running" }
  | { kind: "error"; code: string; message: string; details?: string };

/** How long to wait for NCALayer to answer the connection before calling it "not running". */
const CONNECT_TIMEOUT_MS = 5000;
/** NCALayer greets with its version; an older one may not, so send anyway after this pause. */
const GREETING_WAIT_MS = 800;

export function signWithNcaLayer(input: {
  url: string;
  payloadBase64: string;
  /** Narrows NCALayer's key chooser to this person's keys; empty = every key. */
  signerIin?: string;
  locale: string;
  signal: AbortSignal;
}): Promise<NcaLayerOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let sent = false;
    let socket: WebSocket;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (outcome: NcaLayerOutcome) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      input.signal.removeEventListener("abort", abort);
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close();
      resolve(outcome);
    };
    const abort = () => finish({ kind: "cancelled" });
    const send = () => {
      if (sent || socket.readyState !== WebSocket.OPEN) return;
      sent = true;
      socket.send(JSON.stringify(basicsSignRequest({ dataBase64: input.payloadBase64, signerIin: input.signerIin, locale: input.locale })));
    };
    try {
      socket = new WebSocket(input.url);
    } catch {
      resolve({ kind: "not-running" });
      return;
    }
    input.signal.addEventListener("abort", abort);
    timers.push(setTimeout(() => socket.readyState !== WebSocket.OPEN && finish({ kind: "not-running" }), CONNECT_TIMEOUT_MS));
    socket.onopen = () => timers.push(setTimeout(send, GREETING_WAIT_MS));
    socket.onerror = () =>
      finish(sent ? { kind: "error", code: "CONNECTION", message: "NCALayer connection failed" } : { kind: "not-running" });
    socket.onclose = () =>
      finish(sent ? { kind: "error", code: "CLOSED", message: "NCALayer closed the connection" } : { kind: "not-running" });
    socket.onmessage = (event: MessageEvent) => {
      const reply = readNcaLayerReply(typeof event.data === "string" ? event.data : "");
      switch (reply.kind) {
        case "version":
          send();
          return;
        case "signed":
          finish({ kind: "signed", cms: cmsBase64Of(reply.results[0] ?? "") });
          return;
        case "cancelled":
          finish({ kind: "cancelled" });
          return;
        case "error":
          finish({ kind: "error", code: reply.code, message: reply.message, details: reply.details });
          return;
        default:
          finish({ kind: "error", code: "UNREADABLE", message: "unreadable answer" });
      }
    };
  });
}
