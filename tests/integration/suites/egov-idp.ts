// The eGov stand-in as an OpenID provider, driven by the certified client `openid-client`:
// discovery, the authorization code flow with PKCE and nonce, an RS256 ID token checked against
// the JWKS, userinfo by GET and POST, errors sent back to the client, and the one-time code's
// limits. The citizen's part (IIN, code, permission) goes through the same interaction use
// case the stand-in's screens call. Run against each database by the *.pglite / *.postgres files.
import { describe, expect } from "@jest/globals";
import * as client from "openid-client";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";
import { makeIin } from "@/lib/iin/iin";
import type { EgovIdp } from "@/lib/server/stand-ins/egov-idp/idp-server";
import type { EgovLoginState, InteractionDeps } from "@/lib/server/stand-ins/egov-idp/interaction";

const CLIENT = { id: "qabyldau", secret: "integration-egov-secret" };
const REDIRECT_URI = "http://127.0.0.1:3999/api/auth/callback/egov";

export function defineEgovIdpSuite(target: Target) {
  describe(`the eGov stand-in as an OpenID provider on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    let idp: EgovIdp;
    let deps: InteractionDeps;
    let issuer: string;
    const sms: { phone: string; code: string }[] = [];
    const run = onAppDatabase(target, {
      // The first query migrates and seeds the database: do it here, not inside a timed step.
      setupTimeout: 180_000,
      testTimeout: 120_000,
      load: async () => {
        app = await loadApp();
        await app.claimsFor(DEMO_CITIZENS.eligibleMother);
        idp = await app.startEgovIdp({
          issuer: (origin) => `${origin}/egov-idp`,
          client: { ...CLIENT, redirectUri: REDIRECT_URI },
          cookieKeys: ["integration-cookie-key"],
          findCitizen: (iin) => app.claimsFor(iin),
        });
        issuer = `${idp.origin}/egov-idp`;
        deps = {
          idp,
          findCitizen: (iin) => app.claimsFor(iin),
          sendCode: async (phone, code) => void sms.push({ phone, code }),
          showCode: false,
        };
      },
      unload: async () => {
        await idp?.close();
      },
    });

    run("a certified client signs a citizen in: discovery, PKCE, nonce, RS256 ID token, userinfo by GET and POST", async () => {
      const config = await discover();
      const meta = config.serverMetadata();
      expect(meta.issuer).toBe(issuer);
      expect(meta.id_token_signing_alg_values_supported).toContain("RS256");
      expect(meta.code_challenge_methods_supported).toEqual(["S256"]);
      expect(meta.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile"]));

      const mother = DEMO_CITIZENS.eligibleMother;
      const flow = await startFlow(config);
      let state = await step(flow, { step: "iin" }, { intent: "send-code", iin: mother });
      expect(state).toMatchObject({ step: "otp" });
      expect(state).not.toHaveProperty("demoCode");
      const code = sms.at(-1)!.code;
      // One wrong code is forgiven; the right one still works.
      state = await step(flow, state, { intent: "verify", code: wrongCode(code) });
      expect(state).toMatchObject({ step: "otp", error: "otp_wrong" });
      state = await step(flow, state, { intent: "verify", code });
      expect(state).toMatchObject({ step: "consent" });
      state = await step(flow, state, { intent: "allow" });
      expect(state.step).toBe("redirect");
      const callback = await follow(flow, (state as { to: string }).to);
      expect(callback.origin + callback.pathname).toBe(REDIRECT_URI);

      const tokens = await client.authorizationCodeGrant(config, callback, {
        pkceCodeVerifier: flow.verifier,
        expectedNonce: flow.nonce,
        expectedState: flow.state,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      expect(claims.sub).toBe(mother);
      expect(claims.nonce).toBe(flow.nonce);
      expect(decodeProtectedHeader(tokens.id_token!).alg).toBe("RS256");
      const verified = await jwtVerify(tokens.id_token!, createRemoteJWKSet(new URL(meta.jwks_uri!)), {
        issuer,
        audience: CLIENT.id,
        algorithms: ["RS256"],
      });
      expect(verified.payload.sub).toBe(mother);

      const byGet = await client.fetchUserInfo(config, tokens.access_token, mother);
      expect(byGet).toMatchObject({ sub: mother, iin: mother });
      expect(typeof byGet.name).toBe("string");
      expect(byGet.phone_number).toMatch(/^\+7\d{10}$/);
      const byPost = await client.fetchProtectedResource(
        config,
        tokens.access_token,
        new URL(meta.userinfo_endpoint!),
        "POST",
        new URLSearchParams(),
        new Headers({ "content-type": "application/x-www-form-urlencoded" }),
      );
      expect(byPost.status).toBe(200);
      expect(await byPost.json()).toEqual(byGet);
      // RFC 6750 §2.2: the token in the form body instead of the header.
      const formPost = await fetch(meta.userinfo_endpoint!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ access_token: tokens.access_token }),
      });
      expect(await formPost.json()).toEqual(byGet);

      // The code is single-use.
      await expect(
        client.authorizationCodeGrant(config, callback, {
          pkceCodeVerifier: flow.verifier,
          expectedNonce: flow.nonce,
          expectedState: flow.state,
        }),
      ).rejects.toMatchObject({ error: "invalid_grant" });
    });

    run("five wrong codes end the sign-in, and the client hears access_denied", async () => {
      const config = await discover();
      const flow = await startFlow(config);
      let state = await step(flow, { step: "iin" }, { intent: "send-code", iin: DEMO_CITIZENS.eligibleFather });
      const code = sms.at(-1)!.code;
      for (let i = 1; i <= 4; i++) {
        state = await step(flow, state, { intent: "verify", code: wrongCode(code) });
        expect(state).toMatchObject({ step: "otp", error: "otp_wrong" });
      }
      // Neither another IIN nor a fresh code on the same sign-in resets the count.
      const nobody = makeIin("1984-04-04", "MALE", 4321)!;
      expect(await step(flow, { step: "iin" }, { intent: "send-code", iin: nobody })).toMatchObject({ error: "iin_unknown" });
      state = await step(flow, { step: "iin" }, { intent: "send-code", iin: DEMO_CITIZENS.eligibleFather });
      const fresh = sms.at(-1)!.code;
      state = await step(flow, state, { intent: "verify", code: wrongCode(fresh) });
      expect(state.step).toBe("locked");
      // The right code is no use now: the ticket is dead and the interaction finished.
      expect(await step(flow, { step: "otp", phone: "x" }, { intent: "verify", code: fresh })).toEqual({ step: "denied" });
      expect(await step(flow, { step: "iin" }, { intent: "send-code", iin: DEMO_CITIZENS.eligibleFather })).toEqual({ step: "denied" });
      const back = await follow(flow, (state as { to: string }).to);
      expect(back.origin + back.pathname).toBe(REDIRECT_URI);
      expect(back.searchParams.get("error")).toBe("access_denied");
      expect(back.searchParams.get("state")).toBe(flow.state);
    });

    run("a minor's IIN, an unknown one and a mistyped one get the same answer by the same path", async () => {
      const config = await discover();
      const unknown = makeIin("1985-05-05", "FEMALE", 4321)!;
      expect(await app.claimsFor(unknown)).toBeNull();
      const mistyped = `${DEMO_CITIZENS.eligibleMother.slice(0, 11)}${(Number(DEMO_CITIZENS.eligibleMother[11]) + 1) % 10}`;
      const sent = sms.length;
      const answers: EgovLoginState[] = [];
      for (const iin of [DEMO_CITIZENS.eligibleChild, unknown, mistyped]) {
        const flow = await startFlow(config);
        const started = Date.now();
        const answer = await step(flow, { step: "iin" }, { intent: "send-code", iin });
        expect(Date.now() - started).toBeGreaterThanOrEqual(290);
        answers.push({ ...answer, iin: "*" } as EgovLoginState);
      }
      expect(answers).toEqual(Array(3).fill({ step: "iin", error: "iin_unknown", iin: "*" }));
      expect(sms.length).toBe(sent);
      // A known adult's answer takes the same floor.
      const flow = await startFlow(config);
      const started = Date.now();
      expect(await step(flow, { step: "iin" }, { intent: "send-code", iin: DEMO_CITIZENS.adultWithoutChildren })).toMatchObject({
        step: "otp",
      });
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    });

    run("a phone gets at most five codes an hour", async () => {
      const config = await discover();
      const flow = await startFlow(config);
      for (let i = 0; i < 5; i++) {
        expect(await step(flow, { step: "iin" }, { intent: "send-code", iin: DEMO_CITIZENS.ruralMother })).toMatchObject({ step: "otp" });
      }
      expect(await step(flow, { step: "iin" }, { intent: "send-code", iin: DEMO_CITIZENS.ruralMother })).toMatchObject({
        step: "iin",
        error: "too_many",
      });
    });

    run("protocol errors go back to the client's redirect_uri; an unknown address gets a page", async () => {
      const config = await discover();
      // No PKCE: refused, and told to the client.
      const noPkce = client.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: "openid profile", state: "s-12345678" });
      const refused = await fetch(noPkce, { redirect: "manual" });
      expect(refused.status).toBe(303);
      const location = new URL(refused.headers.get("location")!);
      expect(location.origin + location.pathname).toBe(REDIRECT_URI);
      expect(location.searchParams.get("error")).toBe("invalid_request");
      expect(location.searchParams.get("state")).toBe("s-12345678");
      // A redirect_uri that is not the client's is never redirected to.
      const foreign = client.buildAuthorizationUrl(config, {
        redirect_uri: "https://attacker.example/cb",
        scope: "openid",
        code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
        code_challenge_method: "S256",
      });
      const page = await fetch(foreign, { redirect: "manual" });
      expect(page.status).toBe(400);
      expect(page.headers.get("location")).toBeNull();
      expect(await page.text()).toContain("redirect_uri");
      // A forged interaction cookie finds nothing.
      expect(
        await step(
          { uid: "forged-interaction", cookies: new Map() },
          { step: "iin" },
          { intent: "send-code", iin: DEMO_CITIZENS.eligibleMother },
        ),
      ).toEqual({ step: "denied" });
    });

    async function discover() {
      return client.discovery(new URL(issuer), CLIENT.id, undefined, client.ClientSecretBasic(CLIENT.secret), {
        execute: [client.allowInsecureRequests],
      });
    }

    type Flow = { uid: string; cookies: Map<string, string>; verifier?: string; nonce?: string; state?: string };

    /** The browser's first leg: the authorization request, redirected to the interaction screen. */
    async function startFlow(config: client.Configuration): Promise<Required<Flow>> {
      const verifier = client.randomPKCECodeVerifier();
      const nonce = client.randomNonce();
      const state = client.randomState();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: REDIRECT_URI,
        scope: "openid profile",
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        nonce,
        state,
      });
      const cookies = new Map<string, string>();
      const response = await fetch(url, { redirect: "manual" });
      keepCookies(cookies, response);
      expect(response.status).toBe(303);
      const location = response.headers.get("location")!;
      const uid = /\/egov-idp\/authorize\/interaction\/([\w-]+)$/.exec(location)?.[1];
      expect(uid).toBeTruthy();
      return { uid: uid!, cookies, verifier, nonce, state };
    }

    function step(flow: Flow, state: EgovLoginState, fields: Record<string, string>) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      return app.egovInteractionStep(deps, { uid: flow.uid, cookie: cookieHeader(flow.cookies) }, state, form);
    }

    /** The browser's last leg: back through the provider to the client's redirect_uri. */
    async function follow(flow: Flow, to: string): Promise<URL> {
      const response = await fetch(to, { redirect: "manual", headers: { cookie: cookieHeader(flow.cookies) } });
      keepCookies(flow.cookies, response);
      expect(response.status).toBe(303);
      return new URL(response.headers.get("location")!, to);
    }
  });
}

function wrongCode(code: string) {
  return String((Number(code) + 1) % 100_000).padStart(5, "0");
}

function keepCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

function cookieHeader(jar: Map<string, string>) {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

async function loadApp() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { claimsFor } = await import("@/lib/server/stand-ins/egov-idp/claims");
  const { startEgovIdp } = await import("@/lib/server/stand-ins/egov-idp/idp-server");
  const { egovInteractionStep } = await import("@/lib/server/stand-ins/egov-idp/interaction");
  return { claimsFor, startEgovIdp, egovInteractionStep };
}
