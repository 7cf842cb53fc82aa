// With DEMO_STANDINS off (a production server), the takeover by IIN is refused: the eGov
// sign-in stand-in (authorize page and action, token, userinfo) and the eGov mobile signing
// stand-in (page, action, layout) do not exist, the stand-ins' test keys are not handed out,
// and a signature by the local test CA is not trusted. Run on each database by thin files.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";

/** What next/navigation's notFound() throws (its digest marks a 404). */
function isNotFound(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.includes("404");
}

async function expectNotFound(call: () => unknown): Promise<void> {
  let thrown: unknown = null;
  try {
    await call();
  } catch (error) {
    thrown = error;
  }
  expect(isNotFound(thrown)).toBe(true);
}

export function defineStandInsOffSuite(target: Target) {
  describe(`demo stand-ins off on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    const run = onAppDatabase(target, {
      env: { DEMO_STANDINS: "false" },
      load: async () => {
        app = await loadApp();
      },
      // Loading Next's server modules and the pages takes a while on a busy machine.
      setupTimeout: 180_000,
      testTimeout: 120_000,
    });

    async function pendingRequest() {
      const prisma = await app.db();
      const signedIn = await app.signInParent(DEMO_CITIZENS.eligibleMother);
      const parent = await prisma.user.findUniqueOrThrow({ where: { id: signedIn!.id } });
      const application = await prisma.application.create({
        data: { parentId: parent.id, childIin: DEMO_CITIZENS.eligibleChild, academicYear: "2026-2027" },
      });
      const request = await app.createSigningRequest(prisma, {
        applicationId: application.id,
        purpose: "SUBMIT",
        signerIin: parent.iin!,
        requestedById: parent.id,
        payload: { document: "test", child: { iin: DEMO_CITIZENS.eligibleChild } },
      });
      return { parent, request };
    }

    run("the settings say the stand-ins are off", async () => {
      expect(app.standInsEnabled()).toBe(false);
    });

    run("eGov sign-in stand-in: token and userinfo answer 404, the authorize page and its action are not found", async () => {
      const { NextRequest } = app;
      // Every protocol endpoint of the provider (discovery, JWKS, authorize, token, userinfo).
      for (const path of [".well-known/openid-configuration", "jwks", "auth", "token", "me"]) {
        const url = `http://127.0.0.1:3999/egov-idp/${path}`;
        expect((await app.oidcRoute.GET(new NextRequest(url))).status).toBe(404);
        expect(
          (await app.oidcRoute.POST(new NextRequest(url, { method: "POST", body: "grant_type=authorization_code&code=x" }))).status,
        ).toBe(404);
      }
      await expectNotFound(() => app.interactionPage({ params: Promise.resolve({ uid: "abcdefgh12" }) }));
      await expectNotFound(() => app.egovLayout({ children: null }));
      // The IIN step that used to show the one-time code on the page.
      const form = new FormData();
      form.set("intent", "send-code");
      form.set("iin", DEMO_CITIZENS.eligibleMother);
      await expectNotFound(() => app.egovStep("abcdefgh12", { step: "iin" }, form));
      const smsSent = await (await app.db()).smsMessage.count();
      expect(smsSent).toBe(0);
    });

    run("eGov mobile stand-in: the page, its layout and its action are not found; nobody signs as the parent", async () => {
      const prisma = await app.db();
      const { request } = await pendingRequest();
      await expectNotFound(() => app.mobilePage({ params: Promise.resolve({ id: request.id }) }));
      await expectNotFound(() => app.mobileLayout({ children: null }));
      const form = new FormData();
      form.set("intent", "send-code");
      form.set("iin", DEMO_CITIZENS.eligibleMother);
      await expectNotFound(() => app.mobileSignStep({ step: "iin", requestId: request.id }, form));
      // Below the pages: the stand-ins' test keys are not handed out, so "sign on the phone" fails.
      expect(await app.testKeyFor(DEMO_CITIZENS.eligibleMother)).toBeNull();
      expect(await app.signOnPhone({ requestId: request.id, iin: DEMO_CITIZENS.eligibleMother })).toEqual({ ok: false, error: "NO_KEY" });
      const row = await prisma.signingRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(row.status).toBe("PENDING");
    });

    run("a signature by the local test CA is not trusted without the stand-ins", async () => {
      const prisma = await app.db();
      const { parent, request } = await pendingRequest();
      const { privateKeyPem, publicKeyPem } = await app.generateRsaKeyPair();
      const certificatePem = app.issuePersonalCertificate(app.testCa(), {
        iin: parent.iin!,
        person: { surname: "НҰРЛАНОВА", name: "АЙГЕРІМ" },
        publicKeyPem,
      });
      const cms = app.signCms({ privateKeyPem, certificatePem, content: request.payload });
      const attached = await app.attachSignature(prisma, { id: request.id, cms, channel: "EDS", requestedById: parent.id });
      expect(attached).toMatchObject({ ok: false, error: "BAD_SIGNATURE", reason: "UNTRUSTED_CERTIFICATE" });
      expect((await prisma.signingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    });
  });
}

async function loadApp() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { NextRequest } = await import("next/server");
  const { standInsEnabled } = await import("@/lib/server/env");
  const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
  const { createSigningRequest } = await import("@/lib/server/signing/requests");
  const { attachSignature } = await import("@/lib/server/signing/attach-signature");
  const { testKeyFor } = await import("@/lib/server/stand-ins/signing/test-keys");
  const { signOnPhone } = await import("@/lib/server/stand-ins/egov-mobile/sign-on-phone");
  const { testCa, generateRsaKeyPair, issuePersonalCertificate } = await import("@/lib/server/stand-ins/signing/test-ca");
  const { signCms } = await import("@/lib/server/signing/cms");
  const oidcRoute = await import("@/app/egov-idp/[...oidc]/route");
  const { default: interactionPage } = await import("@/app/egov-idp/authorize/interaction/[uid]/page");
  const { egovStep } = await import("@/app/egov-idp/authorize/actions");
  const { default: egovLayout } = await import("@/app/egov-idp/layout");
  const { default: mobilePage } = await import("@/app/egov-mobile/sign/[id]/page");
  const { default: mobileLayout } = await import("@/app/egov-mobile/layout");
  const { mobileSignStep } = await import("@/app/egov-mobile/sign/[id]/actions");
  return {
    db,
    NextRequest,
    standInsEnabled,
    signInParent,
    createSigningRequest,
    attachSignature,
    testKeyFor,
    signOnPhone,
    testCa,
    generateRsaKeyPair,
    issuePersonalCertificate,
    signCms,
    oidcRoute,
    interactionPage,
    egovStep,
    egovLayout,
    mobilePage,
    mobileLayout,
    mobileSignStep,
  };
}
