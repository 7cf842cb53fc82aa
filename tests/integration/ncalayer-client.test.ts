// The public ncalayer-js-client library (written by SIGEX for the real NCALayer, not by us) runs
// against the NCALayer stand-in over wss://: version, storages, a CMS signed by the key of the
// IIN asked for, a key chosen on the stand-in's chooser page, a cancel there, errors with
// details. Its messages are kept as tests/fixtures/ncalayer-transcript.json, against which the
// product's own browser code is checked (tests/unit/ncalayer-transcript.test.ts). Run with
// RECORD_NCALAYER_TRANSCRIPT=1 to write the fixture anew after a deliberate protocol change.
import fs from "node:fs";
import https from "node:https";
import { describe, expect } from "@jest/globals";
import { onAppDatabase } from "./suites/app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { isValidIin, makeIin } from "@/lib/iin/iin";
import type { NcaLayerStandIn } from "@/lib/server/stand-ins/signing/ncalayer-standin";
import type { TlsIdentity } from "@/lib/server/stand-ins/signing/ncalayer-tls";
import {
  TRANSCRIPT_FILE,
  TRANSCRIPT_LOCALE,
  TRANSCRIPT_PAYLOAD,
  normaliseTranscript,
  type Exchange,
  type LibraryOutcome,
  type Transcript,
} from "../fixtures/ncalayer-transcript";

function resultOf(outcome: LibraryOutcome): string {
  if (!("result" in outcome) || typeof outcome.result !== "string") throw new Error(`no signature: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

describe("ncalayer-js-client against the NCALayer stand-in", () => {
  let standIn: NcaLayerStandIn;
  let tls: TlsIdentity;
  let Client: typeof import("ncalayer-js-client").NCALayerClient;
  let verifyCms: typeof import("@/lib/server/signing/verify-cms").verifyCms;
  const run = onAppDatabase("pglite", {
    load: async () => {
      const { createLoopbackCertificate } = await import("@/lib/server/stand-ins/signing/ncalayer-tls");
      const { startNcaLayerStandIn } = await import("@/lib/server/stand-ins/signing/ncalayer-standin");
      ({ verifyCms } = await import("@/lib/server/signing/verify-cms"));
      const { db } = await import("@/lib/server/db");
      tls = createLoopbackCertificate();
      standIn = await startNcaLayerStandIn({ port: 0, tls, client: await db() });
      // The library takes the global WebSocket (a browser's); in Node 20 that is ws's, here
      // trusting the stand-in's certificate as the tests' Chromium is told to.
      const { WebSocket } = await import("ws");
      const ca = tls.certPem;
      class TrustingWebSocket extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { ca });
        }
      }
      (globalThis as { WebSocket?: unknown }).WebSocket = TrustingWebSocket;
      // A CommonJS module: jest's ESM loader hands its exports over as the default export.
      const library = (await import("ncalayer-js-client")) as unknown as {
        default?: typeof import("ncalayer-js-client");
      } & typeof import("ncalayer-js-client");
      Client = library.NCALayerClient ?? library.default!.NCALayerClient;
    },
    unload: async () => {
      await standIn?.close();
    },
    setupTimeout: 180_000,
  });

  /** GET or POST on the stand-in's chooser page, trusting its certificate. */
  function chooserPage(
    method: "GET" | "POST",
    path: string,
    form?: Record<string, string>,
    origin?: string,
  ): Promise<{ status: number; body: string; location?: string }> {
    return new Promise((resolve, reject) => {
      const body = form ? new URLSearchParams(form).toString() : undefined;
      const req = https.request(
        {
          host: "127.0.0.1",
          port: standIn.port,
          path,
          method,
          ca: tls.certPem,
          headers: {
            ...(body ? { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) } : {}),
            ...(origin ? { Origin: origin } : {}),
          },
        },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, location: res.headers.location }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  /** Waits until the stand-in holds one request for the chooser, then reads its form as a person would. */
  async function waitingForm(): Promise<{ id: string; token: string }> {
    for (let i = 0; i < 200 && standIn.pending().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const page = await chooserPage("GET", "/");
    expect(page.status).toBe(200);
    const id = /name="id" value="([^"]+)"/.exec(page.body)?.[1];
    const token = /name="token" value="([^"]+)"/.exec(page.body)?.[1];
    expect(id).toBe(standIn.pending()[0]?.id);
    return { id: id!, token: token! };
  }

  run("signs, lists storages, lets the person choose or cancel, and explains errors", async () => {
    const lines: { direction: "out" | "in"; text: string }[] = [];
    const client = new Client(standIn.url, false);
    client.onRequestReady = (text) => lines.push({ direction: "out", text });
    client.onResponseReady = (text) => lines.push({ direction: "in", text });
    const exchanges: Exchange[] = [];
    let mark = 0;
    /** Runs one library call and files the messages it caused under `name`. */
    const step = async (name: string, call: () => Promise<unknown>, whileWaiting?: () => Promise<void>): Promise<LibraryOutcome> => {
      const pending = call();
      await whileWaiting?.();
      let outcome: LibraryOutcome;
      try {
        outcome = { result: await pending };
      } catch (error) {
        const e = error as { name?: string; message: string; canceledByUser?: boolean };
        outcome = { error: `${e.name}: ${e.message}`, canceledByUser: e.canceledByUser === true };
      }
      exchanges.push({ name, messages: lines.slice(mark), outcome });
      mark = lines.length;
      return outcome;
    };
    const storages = [...Client.basicsStoragePKCS12, ...Client.basicsStorageHardware, ...Client.basicsStorageJaCarta];
    const signer = (iin?: string) => (iin ? { ...Client.basicsSignerSignAny, iin } : { ...Client.basicsSignerSignAny });
    const sign =
      (iin?: string, signingParams: unknown = Client.basicsCMSParamsDetached) =>
      () =>
        client.basicsSignCMS(storages, TRANSCRIPT_PAYLOAD, signingParams, signer(iin), TRANSCRIPT_LOCALE);
    const payload = Buffer.from(TRANSCRIPT_PAYLOAD, "base64").toString("utf8");

    // connect: the greeting, then the library's probe for KAZTOKEN (refused: this is NCALayer).
    expect(await step("connect", () => client.connect())).toEqual({ result: expect.stringContaining("stand-in") });
    expect(await step("getActiveTokens", () => client.getActiveTokens())).toEqual({ result: [] });

    const byIin = await step("sign-by-iin", sign(DEMO_CITIZENS.eligibleMother));
    expect(await verifyCms(resultOf(byIin), payload)).toMatchObject({ ok: true, signerIin: DEMO_CITIZENS.eligibleMother });

    // No IIN: NCALayer's chooser. A person picks the key of the twins' father on the stand-in's page.
    const chosen = await step("sign-chosen-on-page", sign(), async () => {
      const { id, token } = await waitingForm();
      // Another web page can neither guess the page's token nor post with it from elsewhere.
      expect((await chooserPage("POST", "/choose", { id, token: "guessed", iin: DEMO_CITIZENS.twinsFather })).status).toBe(403);
      expect((await chooserPage("POST", "/choose", { id, token, iin: DEMO_CITIZENS.twinsFather }, "https://evil.example")).status).toBe(
        403,
      );
      expect(standIn.pending()).toHaveLength(1);
      const done = await chooserPage("POST", "/choose", { id, token, iin: DEMO_CITIZENS.twinsFather });
      expect(done).toMatchObject({ status: 303, location: "/?note=signed" });
    });
    expect(await verifyCms(resultOf(chosen), payload)).toMatchObject({ ok: true, signerIin: DEMO_CITIZENS.twinsFather });

    expect(
      await step("sign-cancelled-on-page", sign(), async () => {
        const { id, token } = await waitingForm();
        expect((await chooserPage("POST", "/cancel", { id, token })).location).toBe("/?note=cancelled");
      }),
    ).toEqual({ error: "NCALayerError: cancelled by user", canceledByUser: true });
    expect(standIn.pending()).toEqual([]);

    const nobody = makeIin("1955-05-05", "MALE", 9876)!;
    expect(isValidIin(nobody)).toBe(true);
    expect(await step("sign-no-key", sign(nobody))).toEqual({
      error: `NCALayerError: NO_KEY: No key matches the request. (no key of IIN ${nobody} in the stand-in's PKCS12 storage)`,
      canceledByUser: false,
    });
    // The very words the real NCALayer answered in ncalayer-js-client's own recorded tests.
    expect(await step("sign-bad-params", sign(DEMO_CITIZENS.eligibleMother, 555))).toEqual({
      error:
        'NCALayerError: INVOCATION_ERROR: An invoked method threw an exception. (org.json.JSONException: JSONObject["signingParams"] is not a JSONObject.)',
      canceledByUser: false,
    });
    client.wsConnection?.close();

    const live: Transcript = { exchanges };
    if (process.env.RECORD_NCALAYER_TRANSCRIPT === "1") {
      fs.writeFileSync(TRANSCRIPT_FILE, `${JSON.stringify(live, null, 2)}\n`);
    }
    const recorded = JSON.parse(fs.readFileSync(TRANSCRIPT_FILE, "utf8")) as Transcript;
    // Same requests word for word; same answers but for the signatures themselves (new each time).
    expect(normaliseTranscript(live)).toEqual(normaliseTranscript(recorded));
  });
});
