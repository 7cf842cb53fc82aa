// Security headers for every page: made by a maintained library (nosecone) rather than by hand.
// Pure: the proxy passes in the settings, the unit test checks the result.
import { defaults, nosecone, type Options } from "@nosecone/next";

export type HeaderSettings = {
  /** The public base URL: HSTS only when it is https (a plain-http demo must stay reachable). */
  baseUrl: string;
  /** The real eGov, when configured: sign-in forms end in a redirect there. */
  egovIssuer?: string;
  /** Where the browser talks to NCALayer (NCALAYER_URL, else wss://127.0.0.1:<NCALAYER_PORT>). */
  ncalayerUrl: string;
};

export function headerSettingsFrom(env: Record<string, string | undefined>): HeaderSettings {
  const port = Number(env.NCALAYER_PORT);
  return {
    baseUrl: env.APP_BASE_URL ?? "http://127.0.0.1:3000",
    egovIssuer: env.EGOV_ISSUER || undefined,
    ncalayerUrl: env.NCALAYER_URL || `wss://127.0.0.1:${Number.isInteger(port) && port > 0 ? port : 13579}`,
  };
}

type CspConfig = Exclude<NonNullable<Options["contentSecurityPolicy"]>, boolean>;
type Source = NonNullable<NonNullable<CspConfig["directives"]>["connectSrc"]>;

/**
 * nosecone's Next.js defaults (script-src with a fresh nonce per request, which Next puts on its
 * own inline scripts; 'unsafe-eval' only in development), plus what this product needs: the
 * NCALayer WebSocket on the person's own computer, the eGov redirect after the sign-in form,
 * and the referrer and framing rules the app had before.
 */
export function securityHeaderOptions(settings: HeaderSettings): Options {
  const isHttps = settings.baseUrl.startsWith("https://");
  const ncalayer = [new URL(settings.ncalayerUrl).origin] as const;
  const egov = settings.egovIssuer ? [new URL(settings.egovIssuer).origin] : [];
  const directives = defaults.contentSecurityPolicy.directives;
  return {
    ...defaults,
    contentSecurityPolicy: {
      directives: {
        ...directives,
        connectSrc: [...directives.connectSrc, ...ncalayer] as unknown as Source,
        formAction: [...directives.formAction, ...egov] as unknown as Source,
        // Mixed content is impossible over https; over plain http the demo must not be upgraded.
        upgradeInsecureRequests: isHttps,
      },
    },
    referrerPolicy: { policy: ["same-origin"] },
    xFrameOptions: { action: "deny" },
    strictTransportSecurity: isHttps ? defaults.strictTransportSecurity : false,
  };
}

/** The headers for one response; call once per request (the nonce is new each time). */
export function securityHeaders(settings: HeaderSettings): Headers {
  return nosecone(securityHeaderOptions(settings));
}
