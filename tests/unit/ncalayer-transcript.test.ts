// The product's browser code for NCALayer (components/signing/ncalayer-connection.ts) against the
// transcript recorded from the public ncalayer-js-client library talking to the stand-in
// (tests/integration/ncalayer-client.test.ts): a replaying NCALayer over wss:// checks that the
// product sends word for word what the library sent and answers what NCALayer answered; the
// product must then conclude what the library concluded.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import https from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { WebSocketServer } from "ws";
import { basicsSignRequest, cmsBase64Of, describeNcaLayerError, readNcaLayerReply } from "@/lib/signing/ncalayer-protocol";
import { createLoopbackCertificate } from "@/lib/server/stand-ins/signing/ncalayer-tls";
import { signWithNcaLayer, type NcaLayerOutcome } from "@/components/signing/ncalayer-connection";
import { TRANSCRIPT_FILE, TRANSCRIPT_LOCALE, TRANSCRIPT_PAYLOAD, type Exchange, type Transcript } from "../fixtures/ncalayer-transcript";

const transcript = JSON.parse(fs.readFileSync(TRANSCRIPT_FILE, "utf8")) as Transcript;
const exchange = (name: string): Exchange => {
  const found = transcript.exchanges.find((e) => e.name === name);
  if (!found) throw new Error(`the transcript has no exchange ${name}`);
  return found;
};
const greeting = exchange("connect").messages.find((m) => m.direction === "in")!.text;

/** The IIN each recorded sign request named, if any. */
function iinOf(e: Exchange): string | undefined {
  const request = JSON.parse(e.messages.find((m) => m.direction === "out")!.text) as { args: { signerParams: { iin?: string } } };
  return request.args.signerParams.iin;
}

describe("the product's NCALayer client against the recorded ncalayer-js-client transcript", () => {
  const tls = createLoopbackCertificate();
  let server: https.Server;
  let sockets: WebSocketServer;
  let url: string;
  /** What the replaying NCALayer answers next, and what it received. */
  let script: { expect: string; reply: string } | null = null;
  const received: string[] = [];

  beforeAll(async () => {
    const { WebSocket, WebSocketServer: Server } = await import("ws");
    server = https.createServer({ key: tls.keyPem, cert: tls.certPem });
    sockets = new Server({ server });
    sockets.on("connection", (socket) => {
      socket.send(greeting);
      socket.on("message", (data) => {
        const text = data.toString();
        received.push(text);
        socket.send(script && text === script.expect ? script.reply : JSON.stringify({ status: false, code: "UNEXPECTED", message: text }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `wss://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The browser's WebSocket, here ws's, trusting the replaying server as Chromium is told to.
    const ca = tls.certPem;
    class TrustingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { ca });
      }
    }
    (globalThis as { WebSocket?: unknown }).WebSocket = TrustingWebSocket;
  });

  afterAll(async () => {
    for (const socket of sockets.clients) socket.terminate();
    sockets.close();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Replays one recorded sign exchange against the product's signWithNcaLayer. */
  async function replay(name: string): Promise<{ outcome: NcaLayerOutcome; recorded: Exchange }> {
    const recorded = exchange(name);
    const [request, reply] = recorded.messages;
    expect(request?.direction).toBe("out");
    expect(reply?.direction).toBe("in");
    script = { expect: request!.text, reply: reply!.text };
    received.length = 0;
    const outcome = await signWithNcaLayer({
      url,
      payloadBase64: TRANSCRIPT_PAYLOAD,
      signerIin: iinOf(recorded),
      locale: TRANSCRIPT_LOCALE,
      signal: new AbortController().signal,
    });
    // The product sent exactly one message, the library's own request to the letter.
    expect(received).toEqual([request!.text]);
    return { outcome, recorded };
  }

  it("builds the library's sign request byte for byte", () => {
    for (const name of ["sign-by-iin", "sign-chosen-on-page", "sign-no-key"]) {
      const recorded = exchange(name);
      const built = basicsSignRequest({ dataBase64: TRANSCRIPT_PAYLOAD, signerIin: iinOf(recorded), locale: TRANSCRIPT_LOCALE });
      expect(JSON.stringify(built)).toBe(recorded.messages[0]!.text);
    }
  });

  it("reads a signature by the IIN's key, and one chosen in NCALayer's chooser", async () => {
    for (const name of ["sign-by-iin", "sign-chosen-on-page"]) {
      const { outcome, recorded } = await replay(name);
      expect(outcome).toEqual({ kind: "signed", cms: (recorded.outcome as { result: string }).result });
    }
  });

  it("reads the person's cancel as the library does", async () => {
    const { outcome, recorded } = await replay("sign-cancelled-on-page");
    expect(recorded.outcome).toEqual({ error: "NCALayerError: cancelled by user", canceledByUser: true });
    expect(outcome).toEqual({ kind: "cancelled" });
  });

  it("reads an error with its details, worded as the library words it", async () => {
    const { outcome, recorded } = await replay("sign-no-key");
    expect(outcome).toMatchObject({ kind: "error", code: "NO_KEY" });
    expect(`NCALayerError: ${describeNcaLayerError(outcome as { code: string; message: string; details?: string })}`).toBe(
      (recorded.outcome as { error: string }).error,
    );
    // An answer to a request the product never builds (bad signingParams) is read the same way.
    const bad = exchange("sign-bad-params");
    const reply = readNcaLayerReply(bad.messages[1]!.text);
    expect(reply.kind).toBe("error");
    expect(`NCALayerError: ${describeNcaLayerError(reply as { code: string; message: string; details?: string })}`).toBe(
      (bad.outcome as { error: string }).error,
    );
  });

  it("takes a PEM-armoured result as its base64 DER", () => {
    expect(cmsBase64Of("-----BEGIN CMS-----\nMIIB\nAAAA\n-----END CMS-----\n")).toBe("MIIBAAAA");
    expect(cmsBase64Of("MIIBAAAA")).toBe("MIIBAAAA");
  });
});
