// Signing against a real-looking NCA RK: the trust store is a PEM bundle (SIGNING_TRUST_STORE)
// holding only the root, the intermediate comes in the CMS, revocation is asked of the OCSP
// responder named in the certificate (openssl ocsp), directors sign with their school's
// organisation certificate (SIGNING_DIRECTOR_ORG_CERT). Run on each database by the
// signing-revocation.pglite / .postgres test files.
import { beforeAll, afterAll, describe, expect } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { createPki, type Pki } from "../../fixtures/pki";

export function defineSigningRevocationSuite(target: Target) {
  describe(`signing with NCA-like certificates on ${target}`, () => {
    let pki: Pki;
    let app: Awaited<ReturnType<typeof loadApp>>;

    // Before the database (and so the configuration) is set up.
    beforeAll(async () => {
      pki = await createPki();
      const bundle = path.join(pki.dir, "trust-store.pem");
      fs.writeFileSync(bundle, pki.root.certPem);
      process.env.SIGNING_TRUST_STORE = bundle;
      process.env.SIGNING_REVOCATION = "check";
      process.env.SIGNING_DIRECTOR_ORG_CERT = "true";
      delete process.env.SIGNING_OCSP_URL;
      delete process.env.SIGNING_CRL_URL;
      await pki.startOcsp();
    }, 60_000);
    afterAll(async () => {
      await pki?.close();
    });

    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
      },
      // The first parent sign-in warms the whole app up: slow on a busy machine.
      setupTimeout: 120_000,
      testTimeout: 120_000,
    });

    async function parentRequest() {
      const prisma = await app.db();
      const signedIn = await app.signInParent(DEMO_CITIZENS.eligibleMother);
      const parent = await prisma.user.findUniqueOrThrow({ where: { id: signedIn!.id } });
      const application =
        (await prisma.application.findFirst({ where: { parentId: parent.id, childIin: DEMO_CITIZENS.eligibleChild } })) ??
        (await prisma.application.create({
          data: { parentId: parent.id, childIin: DEMO_CITIZENS.eligibleChild, academicYear: "2026-2027" },
        }));
      const request = await app.createSigningRequest(prisma, {
        applicationId: application.id,
        purpose: "SUBMIT",
        signerIin: parent.iin!,
        requestedById: parent.id,
        payload: { number: application.number, document: "test", requestId: crypto.randomUUID() },
      });
      return { prisma, parent, application, request };
    }

    const signWith = (person: { privateKeyPem: string; certificatePem: string }, payload: string) =>
      app.signCms({ ...person, content: payload, chainPem: [pki.intermediate.certPem] });

    run("a certificate chained to the trusted root, good at the OCSP responder, is accepted at the receipt time", async () => {
      const { prisma, parent, request } = await parentRequest();
      const person = await pki.person(parent.iin!);
      const before = Date.now();
      const attached = await app.attachSignature(prisma, {
        id: request.id,
        cms: signWith(person, request.payload),
        channel: "EDS",
        requestedById: parent.id,
      });
      expect(attached).toMatchObject({ ok: true, signerIin: parent.iin });
      if (!attached.ok) throw new Error("unreachable");
      expect(attached.signedAt.getTime()).toBeGreaterThanOrEqual(before);
    });

    run("a revoked certificate is refused, and the request stays open", async () => {
      const { prisma, parent, request } = await parentRequest();
      const person = await pki.person(parent.iin!);
      await pki.revoke(person);
      const cms = signWith(person, request.payload);
      expect(await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS" })).toEqual({
        ok: false,
        error: "CERTIFICATE_REVOKED",
        reason: "CERTIFICATE_REVOKED",
      });
      expect(await prisma.signingRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
        status: "PENDING",
        error: "CERTIFICATE_REVOKED",
      });
    });

    run("the stand-ins' test CA is not trusted once a real trust store is configured", async () => {
      const { prisma, parent, request } = await parentRequest();
      const key = await app.testKeyFor(parent.iin!);
      const cms = app.signCms({ ...key!, content: request.payload });
      expect(await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS" })).toEqual({
        ok: false,
        error: "BAD_SIGNATURE",
        reason: "UNTRUSTED_CERTIFICATE",
      });
    });

    run("a director's decision needs their school's organisation certificate", async () => {
      const prisma = await app.db();
      const director = await prisma.user.findUniqueOrThrow({ where: { login: "school63.director" }, include: { organisation: true } });
      const bin = director.organisation!.bin!;
      const iin = await app.ensureStaffIin(director.id);
      const { application } = await parentRequest();
      await prisma.application.update({ where: { id: application.id }, data: { schoolId: director.organisationId } });
      const decide = () =>
        app.createSigningRequest(prisma, {
          applicationId: application.id,
          purpose: "ACCEPT",
          signerIin: iin,
          requestedById: director.id,
          payload: { decision: "ACCEPT", application: application.number, at: Date.now() },
        });
      const personal = await decide();
      const own = await pki.person(iin);
      expect(await app.attachSignature(prisma, { id: personal.id, cms: signWith(own, personal.payload), channel: "EDS" })).toEqual({
        ok: false,
        error: "WRONG_CERTIFICATE",
        reason: "WRONG_PROFILE",
      });
      const otherSchool = await pki.person(iin, { organisationBin: bin === "999999999999" ? "999999999998" : "999999999999" });
      expect(
        await app.attachSignature(prisma, { id: personal.id, cms: signWith(otherSchool, personal.payload), channel: "EDS" }),
      ).toMatchObject({
        ok: false,
        error: "WRONG_CERTIFICATE",
      });
      const school = await pki.person(iin, { organisationBin: bin });
      expect(await app.attachSignature(prisma, { id: personal.id, cms: signWith(school, personal.payload), channel: "EDS" })).toMatchObject(
        {
          ok: true,
          signerIin: iin,
        },
      );
    });

    run("with the responder down and no CRL the signature is refused as 'cannot check revocation now'", async () => {
      const { prisma, parent, request } = await parentRequest();
      const person = await pki.person(parent.iin!);
      await pki.stopOcsp();
      try {
        const attached = await app.attachSignature(prisma, { id: request.id, cms: signWith(person, request.payload), channel: "EDS" });
        expect(attached).toEqual({ ok: false, error: "REVOCATION_UNAVAILABLE", reason: "REVOCATION_UNAVAILABLE" });
        const messages = { kk: await readMessages("kk"), ru: await readMessages("ru") };
        const response = app.signingError((key) => messages.ru[key.replace("errors.", "")] ?? key, "REVOCATION_UNAVAILABLE");
        expect(response.status).toBe(503);
        expect(((await response.json()) as { message: string }).message).toContain("отозван");
        expect(messages.kk.REVOCATION_UNAVAILABLE).toContain("кері қайтарыл");
      } finally {
        await pki.startOcsp();
      }
    });
  });
}

async function readMessages(locale: "kk" | "ru"): Promise<Record<string, string>> {
  const file = path.join(process.cwd(), "messages", "signing", `${locale}.json`);
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { signing: { errors: Record<string, string> } }).signing.errors;
}

async function loadApp() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
  const { createSigningRequest } = await import("@/lib/server/signing/requests");
  const { attachSignature } = await import("@/lib/server/signing/attach-signature");
  const { testKeyFor } = await import("@/lib/server/stand-ins/signing/test-keys");
  const { signCms } = await import("@/lib/server/signing/cms");
  const { ensureStaffIin } = await import("@/lib/server/signing/signer-identity");
  const { signingError } = await import("@/lib/server/signing/route-errors");
  return { db, signInParent, createSigningRequest, attachSignature, testKeyFor, signCms, ensureStaffIin, signingError };
}
