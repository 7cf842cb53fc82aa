// Signing end to end — request, the NCALayer stand-in over a real WebSocket, verification,
// one-time consumption, the eGov mobile stand-in — run against each database by the
// signing.pglite / signing.postgres test files.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { isValidIin, makeIin } from "@/lib/iin/iin";
import { basicsSignRequest } from "@/lib/signing/ncalayer-protocol";

/** Every WebSocket exchange of this suite gives up after this long. */
const WS_TIMEOUT_MS = 10_000;

type Reply = Record<string, unknown>;

export function defineSigningSuite(target: Target) {
  describe(`signing on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    let standIn: Awaited<ReturnType<typeof app.startNcaLayerStandIn>> | undefined;
    let tls: { keyPem: string; certPem: string };
    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
        tls = app.createLoopbackCertificate();
        standIn = await app.startNcaLayerStandIn({
          port: 0,
          tls,
          client: await app.db(),
          allowedOrigins: ["http://127.0.0.1:3999"],
        });
      },
      unload: async () => {
        await standIn?.close();
      },
      // Migrations, the demo seed and a fresh TLS key for the stand-in on a busy machine.
      setupTimeout: 180_000,
    });

    /** A parent (signed in once through eGov) with a draft application for their child. */
    async function parentWithDraft(parentIin: string, childIin: string) {
      const prisma = await app.db();
      const signedIn = await app.signInParent(parentIin);
      const parent = await prisma.user.findUniqueOrThrow({ where: { id: signedIn!.id } });
      const open = await prisma.application.findFirst({ where: { parentId: parent.id, childIin } });
      const application = open ?? (await prisma.application.create({ data: { parentId: parent.id, childIin, academicYear: "2026-2027" } }));
      return { parent, application };
    }

    async function newRequest(parentIin = DEMO_CITIZENS.eligibleMother, childIin = DEMO_CITIZENS.eligibleChild) {
      const { parent, application } = await parentWithDraft(parentIin, childIin);
      const request = await app.createSigningRequest(await app.db(), {
        applicationId: application.id,
        purpose: "SUBMIT",
        signerIin: parent.iin!,
        requestedById: parent.id,
        payload: { number: application.number, child: { iin: childIin }, document: "test", note: "Қабылдау" },
      });
      return { parent, application, request };
    }

    /** Connects like a browser would, waits for the greeting, sends one message, returns both answers. */
    async function askStandIn(
      message: unknown,
      origin?: string,
      whileWaiting?: () => Promise<void>,
    ): Promise<{ greeting: Reply; reply: Reply }> {
      const { WebSocket } = await import("ws");
      return new Promise((resolve, reject) => {
        // wss:// with the stand-in's own certificate trusted, as a browser told to trust it.
        const socket = new WebSocket(`wss://127.0.0.1:${standIn!.port}`, { ca: tls.certPem, ...(origin ? { origin } : {}) });
        const received: Reply[] = [];
        const timer = setTimeout(() => {
          socket.terminate();
          reject(new Error(`the NCALayer stand-in did not answer within ${WS_TIMEOUT_MS} ms`));
        }, WS_TIMEOUT_MS);
        socket.on("message", (data) => {
          received.push(JSON.parse(String(data)) as Reply);
          if (received.length === 1) {
            socket.send(typeof message === "string" ? message : JSON.stringify(message));
            whileWaiting?.().catch(reject);
          } else {
            clearTimeout(timer);
            socket.close();
            resolve({ greeting: received[0]!, reply: received[1]! });
          }
        });
        socket.on("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      });
    }

    async function signThroughStandIn(payloadBase64: string, signerIin: string): Promise<string> {
      const { greeting, reply } = await askStandIn(basicsSignRequest({ dataBase64: payloadBase64, signerIin, locale: "kk" }));
      expect(greeting).toEqual({ result: { version: expect.any(String) } });
      expect(reply).toMatchObject({ status: true, body: { result: [expect.any(String)] } });
      return (reply.body as { result: string[] }).result[0]!;
    }

    run("EDS: request → NCALayer stand-in → verified and stored → handed out → consumed exactly once", async () => {
      const prisma = await app.db();
      const { parent, application, request } = await newRequest();
      expect(request.payload).toBe(
        // Canonical JSON, and the request's own id in it (a signature covers one request only).
        `{"child":{"iin":"${DEMO_CITIZENS.eligibleChild}"},"document":"test","note":"Қабылдау","number":${application.number},"requestId":"${request.id}"}`,
      );
      expect(Buffer.from(request.payloadBase64, "base64").toString("utf8")).toBe(request.payload);

      const pending = { id: request.id, requestedById: parent.id, purpose: "SUBMIT" as const };
      expect(await app.getSignedRequest(prisma, pending)).toEqual({ error: "NOT_SIGNED" });
      expect(await app.signingStatus(prisma, { id: request.id, requestedById: parent.id })).toEqual({ status: "PENDING" });

      const cms = await signThroughStandIn(request.payloadBase64, parent.iin!);
      expect(await app.verifyCms(cms, request.payload)).toMatchObject({ ok: true, signerIin: parent.iin, signerName: "НҰРЛАНОВА АЙГЕРІМ" });

      const attached = await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS", requestedById: parent.id });
      expect(attached).toMatchObject({ ok: true, signerIin: parent.iin });
      // The same signature sent twice (a double click) is fine; another one is not.
      expect((await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS", requestedById: parent.id })).ok).toBe(true);
      // (RSA signatures are deterministic: a second one needs another signing time to differ.)
      const key = await app.testKeyFor(parent.iin!);
      const other = app.signCms({ ...key!, content: request.payload, signingTime: new Date(Date.now() - 60_000) });
      expect(other).not.toBe(cms);
      expect(await app.attachSignature(prisma, { id: request.id, cms: other, channel: "EDS" })).toEqual({
        ok: false,
        error: "ALREADY_SIGNED",
      });
      expect(await app.signingStatus(prisma, { id: request.id, requestedById: parent.id })).toEqual({ status: "SIGNED" });

      const signed = await app.getSignedRequest(prisma, pending);
      expect(signed).toMatchObject({
        id: request.id,
        applicationId: application.id,
        purpose: "SUBMIT",
        payload: request.payload,
        payloadSha256: request.payloadSha256,
        cms,
        signerIin: parent.iin,
        signerName: "НҰРЛАНОВА АЙГЕРІМ",
        comment: null,
      });
      expect(await app.getSignedRequest(prisma, { ...pending, purpose: "WITHDRAW" })).toEqual({ error: "NOT_FOUND" });
      expect(await app.getSignedRequest(prisma, { ...pending, requestedById: "someone-else" })).toEqual({ error: "NOT_FOUND" });

      expect(await prisma.$transaction((tx) => app.consumeSigningRequest(tx, request.id))).toBe(true);
      expect(await prisma.$transaction((tx) => app.consumeSigningRequest(tx, request.id))).toBe(false);
      expect(await app.getSignedRequest(prisma, pending)).toEqual({ error: "ALREADY_USED" });
      expect(await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS" })).toEqual({ ok: false, error: "ALREADY_USED" });
      expect(await prisma.auditEntry.count({ where: { action: "signing.signed", entityId: request.id } })).toBe(1);
    });

    run("a valid signature by the wrong person is refused and the request stays open", async () => {
      const prisma = await app.db();
      const { parent, request } = await newRequest();
      const cms = await signThroughStandIn(request.payloadBase64, DEMO_CITIZENS.twinsFather);
      expect(await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS", requestedById: parent.id })).toEqual({
        ok: false,
        error: "WRONG_SIGNER",
        reason: "WRONG_SIGNER",
        expectedSigner: "Н*** Айгерім С.",
      });
      const row = await prisma.signingRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(row).toMatchObject({ status: "PENDING", cms: null, error: "WRONG_SIGNER" });
      // A signature over other bytes is refused too; then the right person can still sign.
      const elsewhere = await signThroughStandIn(Buffer.from("{}").toString("base64"), parent.iin!);
      expect(await app.attachSignature(prisma, { id: request.id, cms: elsewhere, channel: "EDS" })).toMatchObject({
        ok: false,
        error: "BAD_SIGNATURE",
        reason: "DIGEST_MISMATCH",
      });
      const right = await signThroughStandIn(request.payloadBase64, parent.iin!);
      expect((await app.attachSignature(prisma, { id: request.id, cms: right, channel: "EDS" })).ok).toBe(true);
    });

    run("an expired request can be neither signed nor completed", async () => {
      const prisma = await app.db();
      const { parent, request } = await newRequest();
      const cms = await signThroughStandIn(request.payloadBase64, parent.iin!);
      await prisma.signingRequest.update({ where: { id: request.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect(await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS", requestedById: parent.id })).toEqual({
        ok: false,
        error: "EXPIRED",
      });
      expect(await app.getSignedRequest(prisma, { id: request.id, requestedById: parent.id, purpose: "SUBMIT" })).toEqual({
        error: "EXPIRED",
      });
      expect(await app.signingStatus(prisma, { id: request.id, requestedById: parent.id })).toEqual({ status: "EXPIRED" });
      expect(await app.describeForPhone(request.id)).toBeNull();

      // Signed in time but completed long after: refused as well.
      const late = await newRequest();
      const lateCms = await signThroughStandIn(late.request.payloadBase64, late.parent.iin!);
      expect((await app.attachSignature(prisma, { id: late.request.id, cms: lateCms, channel: "EDS" })).ok).toBe(true);
      const inAnHour = new Date(Date.now() + 60 * 60 * 1000);
      expect(
        await app.getSignedRequest(prisma, { id: late.request.id, requestedById: late.parent.id, purpose: "SUBMIT" }, inAnHour),
      ).toEqual({
        error: "EXPIRED",
      });
    });

    run("the stand-in answers NCALayer's errors plainly and only to the app's own pages", async () => {
      const data = Buffer.from("{}").toString("base64");
      const noIin = basicsSignRequest({ dataBase64: data, signerIin: "", locale: "ru" });
      // Without an IIN the request waits for the key chooser, which may cancel it (NCALayer's words).
      const cancelOnceWaiting = async () => {
        for (let i = 0; i < 100 && standIn!.pending().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
        expect(standIn!.pending()).toHaveLength(1);
        expect(standIn!.cancel(standIn!.pending()[0]!.id)).toBe(true);
      };
      expect((await askStandIn(noIin, undefined, cancelOnceWaiting)).reply).toEqual({ status: true, body: {} });
      expect(standIn!.pending()).toEqual([]);
      const nobody = makeIin("1955-05-05", "MALE", 9876)!;
      expect(isValidIin(nobody)).toBe(true);
      const unknown = basicsSignRequest({ dataBase64: data, signerIin: nobody, locale: "ru" });
      expect((await askStandIn(unknown)).reply).toMatchObject({ status: false, code: "NO_KEY" });
      expect((await askStandIn("{not json")).reply).toMatchObject({ status: false, code: "INVOCATION_ERROR" });
      expect(
        (await askStandIn({ module: "kz.gov.pki.knca.basics", method: "sign", args: { ...noIin.args, format: "xml" } })).reply,
      ).toMatchObject({
        status: false,
        code: "UNSUPPORTED",
      });
      expect((await askStandIn({ module: "kz.gov.pki.knca.commonUtils", method: "getActiveTokens" })).reply).toEqual({
        code: "200",
        responseObject: [],
      });
      expect(
        (
          await askStandIn({
            module: "kz.gov.pki.knca.commonUtils",
            method: "createCAdESFromBase64",
            args: ["PKCS12", "SIGNATURE", data, false],
          })
        ).reply,
      ).toMatchObject({
        code: "500",
      });
      // The app's own origin may connect; another web page may not.
      const tokens = { module: "kz.gov.pki.knca.commonUtils", method: "getActiveTokens" };
      expect((await askStandIn(tokens, "http://127.0.0.1:3999")).greeting).toMatchObject({ result: {} });
      await expect(askStandIn(tokens, "http://evil.example")).rejects.toThrow();
    });

    run("a second stand-in on a taken port is reported in one line, not a crash", async () => {
      const lines: string[] = [];
      expect(
        await app.startNcaLayerStandInOnce({ port: standIn!.port, tls, client: await app.db(), log: (line) => lines.push(line) }),
      ).toBeNull();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`port ${standIn!.port} is in use`);
      await app.stopNcaLayerStandIn();
      // The first one still answers.
      expect((await askStandIn({ module: "kz.gov.pki.knca.commonUtils", method: "getActiveTokens" })).reply).toMatchObject({ code: "200" });
    });

    run("a person keeps one test key, issued in their name by the test CA", async () => {
      const first = await app.testKeyFor(DEMO_CITIZENS.twinsFather);
      const again = await app.testKeyFor(DEMO_CITIZENS.twinsFather);
      expect(again?.certificatePem).toBe(first?.certificatePem);
      const { X509Certificate } = await import("node:crypto");
      const cert = new X509Certificate(first!.certificatePem);
      expect(cert.subject).toContain("CN=СӘРСЕНБАЕВ ЕРЖАН");
      expect(cert.subject).toContain(`serialNumber=IIN${DEMO_CITIZENS.twinsFather}`);
      expect(cert.subject).toContain("GN=ТӨЛЕУҰЛЫ");
      expect(cert.checkIssued(new X509Certificate(app.testCa().certPem))).toBe(true);
      expect(await app.testKeyFor("000000000000")).toBeNull();
    });

    run("staff get a unique test IIN once, and sign decisions with a key in their name", async () => {
      const prisma = await app.db();
      const director = await prisma.user.findUniqueOrThrow({ where: { login: "school63.director" } });
      const executor = await prisma.user.findUniqueOrThrow({ where: { login: "school63.executor1" } });
      expect(app.signerIinOf({ iin: null })).toBeNull();
      const iin = await app.ensureStaffIin(director.id);
      expect(isValidIin(iin)).toBe(true);
      expect(iin.slice(0, 6)).toBe("800101");
      expect(await app.ensureStaffIin(director.id)).toBe(iin);
      expect(await app.ensureStaffIin(executor.id)).not.toBe(iin);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: director.id } })).iin).toBe(iin);
      expect(await prisma.citizen.findUnique({ where: { iin } })).toBeNull();

      const { application } = await parentWithDraft(DEMO_CITIZENS.twinsFather, DEMO_CITIZENS.twinBoy);
      const request = await app.createSigningRequest(prisma, {
        applicationId: application.id,
        purpose: "ACCEPT",
        signerIin: iin,
        requestedById: director.id,
        payload: { decision: "ACCEPT", application: application.number },
        comment: "Құжаттар толық",
      });
      const cms = await signThroughStandIn(request.payloadBase64, iin);
      const attached = await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS", requestedById: director.id });
      const [surname, name] = director.fullName.toLocaleUpperCase("kk-KZ").split(/\s+/);
      expect(attached).toMatchObject({ ok: true, signerIin: iin, signerName: `${surname} ${name}` });
      expect(await app.getSignedRequest(prisma, { id: request.id, requestedById: director.id, purpose: "ACCEPT" })).toMatchObject({
        comment: "Құжаттар толық",
        signerIin: iin,
      });
    });

    run("QR: the eGov mobile stand-in identifies the signer by IIN and SMS code, then signs", async () => {
      const prisma = await app.db();
      const { parent, request } = await newRequest();
      const shown = await app.describeForPhone(request.id);
      expect(shown).toMatchObject({ purpose: "SUBMIT", childMasked: "Н*** Алихан Е." });

      let state = await app.mobileSignStep({ step: "iin", requestId: request.id }, form({ intent: "send-code", iin: "12345" }));
      expect(state).toMatchObject({ step: "iin", error: "iin_format" });
      state = await app.mobileSignStep(state, form({ intent: "send-code", iin: DEMO_CITIZENS.twinsFather }));
      expect(state.step).toBe("otp");
      if (state.step !== "otp") throw new Error("unreachable");
      const sms = await prisma.smsMessage.findFirstOrThrow({ where: { sender: "eGov" }, orderBy: { createdAt: "desc" } });
      expect(sms.text).toContain(state.demoCode);
      const wrongCode = state.demoCode === "00000" ? "11111" : "00000";
      expect(await app.mobileSignStep(state, form({ intent: "verify", code: wrongCode }))).toMatchObject({ error: "otp_wrong" });
      state = await app.mobileSignStep(state, form({ intent: "verify", code: state.demoCode }));
      expect(state).toMatchObject({ step: "confirm", signerName: "Сәрсенбаев Ержан Төлеуұлы", childFullName: "Нұрланов Алихан Ерланұлы" });

      // Signed by the wrong person: refused, nothing stored.
      state = await app.mobileSignStep(state, form({ intent: "sign" }));
      expect(state).toEqual({ step: "refused", requestId: request.id, expectedSigner: "Н*** Айгерім С." });
      expect((await prisma.signingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");

      // The right person.
      state = await app.mobileSignStep(state, form({ intent: "restart" }));
      state = await app.mobileSignStep(state, form({ intent: "send-code", iin: parent.iin! }));
      if (state.step !== "otp") throw new Error(`expected the code screen, got ${state.step}`);
      state = await app.mobileSignStep(state, form({ intent: "verify", code: state.demoCode }));
      const tampered = { ...state, requestId: "c".repeat(25) } as typeof state;
      expect((await app.mobileSignStep(tampered, form({ intent: "sign" }))).step).toBe("unavailable");
      state = await app.mobileSignStep(state, form({ intent: "sign" }));
      expect(state).toEqual({ step: "done", signerName: "Нұрланова Айгерім Серікқызы" });
      expect(await app.signingStatus(prisma, { id: request.id, requestedById: parent.id })).toEqual({ status: "SIGNED" });
      expect(await app.describeForPhone(request.id)).toBeNull();
      expect(await app.getSignedRequest(prisma, { id: request.id, requestedById: parent.id, purpose: "SUBMIT" })).toMatchObject({
        signerIin: parent.iin,
      });
    });
  });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function loadApp() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
  const { createSigningRequest, getSignedRequest, consumeSigningRequest } = await import("@/lib/server/signing/requests");
  const { attachSignature } = await import("@/lib/server/signing/attach-signature");
  const { signingStatus } = await import("@/lib/server/signing/signing-status");
  const { verifyCms } = await import("@/lib/server/signing/verify-cms");
  const { testKeyFor } = await import("@/lib/server/stand-ins/signing/test-keys");
  const { testCa } = await import("@/lib/server/stand-ins/signing/test-ca");
  const { signCms } = await import("@/lib/server/signing/cms");
  const { ensureStaffIin, signerIinOf } = await import("@/lib/server/signing/signer-identity");
  const { describeForPhone } = await import("@/lib/server/stand-ins/egov-mobile/describe-for-phone");
  const { startNcaLayerStandIn, startNcaLayerStandInOnce, stopNcaLayerStandIn } =
    await import("@/lib/server/stand-ins/signing/ncalayer-standin");
  const { createLoopbackCertificate } = await import("@/lib/server/stand-ins/signing/ncalayer-tls");
  const { mobileSignStep } = await import("@/app/egov-mobile/sign/[id]/actions");
  return {
    db,
    signInParent,
    createSigningRequest,
    getSignedRequest,
    consumeSigningRequest,
    attachSignature,
    signingStatus,
    verifyCms,
    testKeyFor,
    testCa,
    signCms,
    ensureStaffIin,
    signerIinOf,
    describeForPhone,
    startNcaLayerStandIn,
    startNcaLayerStandInOnce,
    stopNcaLayerStandIn,
    createLoopbackCertificate,
    mobileSignStep,
  };
}
