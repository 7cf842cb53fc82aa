import "server-only";
import Provider, { interactionPolicy, type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import kk from "@/messages/kk.json" with { type: "json" };
import ru from "@/messages/ru.json" with { type: "json" };
import type { CitizenClaims } from "@/lib/server/stand-ins/egov-idp/claims";
import { createMemoryAdapter } from "@/lib/server/stand-ins/egov-idp/memory-adapter";
import { egovSigningKey } from "@/lib/server/stand-ins/egov-idp/signing-key";

// The eGov stand-in is a certified OpenID provider (oidc-provider) configured the way eGov is:
// discovery, RS256 ID tokens with a JWKS, the authorization code flow with PKCE for one
// confidential client, userinfo by GET and POST, the scopes openid / profile / phone, and errors
// sent back to the client's redirect_uri whenever that address is known to be the client's.
// Only the screens where a citizen types their IIN and one-time code are ours (interaction.ts).

/** Where the interaction screens live, under the issuer's path. */
export const INTERACTION_PATH = "/authorize/interaction";

/** The scopes eGov grants and the claims each releases (at userinfo; the ID token carries sub). */
export const EGOV_CLAIMS = {
  openid: ["sub"],
  profile: ["iin", "name", "family_name", "given_name", "middle_name", "birthdate", "phone_number"],
  phone: ["phone_number"],
} as const;

export type EgovProviderOptions = {
  /** e.g. https://qabyldau.example/egov-idp; its path is where the provider is mounted. */
  issuer: string;
  client: { id: string; secret: string; redirectUri: string };
  /** Keys that sign the provider's cookies (newest first). */
  cookieKeys: string[];
  /** The claims of a citizen who may sign in; null for an unknown IIN or a minor. */
  findCitizen: (iin: string) => Promise<CitizenClaims | null>;
};

export function createEgovProvider(options: EgovProviderOptions): Provider {
  const mountPath = new URL(options.issuer).pathname.replace(/\/$/, "");
  const policy = interactionPolicy.base();
  // eGov asks for the IIN and a code on every sign-in: a session left in a shared browser must
  // not sign the next person in as the previous one.
  policy
    .get("login")!
    .checks.add(
      new interactionPolicy.Check("every_sign_in", "eGov authenticates on every request", (ctx: KoaContextWithOIDC) =>
        ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: [
      {
        client_id: options.client.id,
        client_secret: options.client.secret,
        redirect_uris: [options.client.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: { keys: [egovSigningKey()] },
    cookies: { keys: options.cookieKeys },
    async findAccount(_ctx, sub) {
      const claims = await options.findCitizen(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ ...claims, sub }) };
    },
    claims: Object.fromEntries(Object.entries(EGOV_CLAIMS).map(([scope, names]) => [scope, [...names]])),
    scopes: Object.keys(EGOV_CLAIMS),
    responseTypes: ["code"],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: false },
    },
    routes: { authorization: "/authorize", token: "/token", userinfo: "/userinfo", jwks: "/jwks" },
    interactions: {
      policy,
      url: (_ctx, interaction) => `${mountPath}${INTERACTION_PATH}/${interaction.uid}`,
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 900,
      Session: 900,
      Grant: 900,
    },
    // The client is a server: no browser ever calls the token or userinfo endpoints.
    clientBasedCORS: () => false,
    // Shown only when the request cannot be trusted to go back (unknown client or address).
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = errorPage(String(out.error ?? "invalid_request"));
    },
  };

  const provider = new Provider(options.issuer, configuration);
  // Requests reach the provider through the app's own route handler (egov-idp-server.ts), which
  // states the public host and scheme; the server drops these headers from anyone else.
  provider.proxy = true;
  return provider;
}

function errorPage(code: string): string {
  const safe = code.replace(/[^a-z_]/gi, "");
  return `<!doctype html><html lang="kk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>eGov</title></head><body style="font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">
<p style="font-weight:bold">eGov.kz</p>
<p lang="kk">${kk.egov.badRequest}</p>
<p lang="ru">${ru.egov.badRequest}</p>
<p style="color:#666"><code>${safe}</code></p>
</body></html>`;
}
