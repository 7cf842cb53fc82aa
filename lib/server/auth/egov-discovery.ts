import "server-only";
import { z } from "zod";

// eGov's OpenID configuration, fetched from $EGOV_ISSUER/.well-known/openid-configuration and
// kept for an hour: a sign-in should not cost a discovery round trip each time. A failed
// refresh keeps the last good copy; a failure with no copy is remembered for a short while, so a
// down eGov is not asked again on every click.

const metadataSchema = z.object({
  issuer: z.string().url(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  userinfo_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});

export type EgovMetadata = z.infer<typeof metadataSchema>;

const FRESH_MS = 60 * 60 * 1000;
const FAILURE_MS = 30 * 1000;
const TIMEOUT_MS = 5000;

type Cached = { metadata: EgovMetadata | null; error?: Error; fetchedAt: number };
const cache = ((globalThis as unknown as { __egovDiscovery?: Map<string, Cached> }).__egovDiscovery ??= new Map());
const pending = new Map<string, Promise<EgovMetadata>>();

/** The issuer's metadata, from the cache when fresh. Throws when it cannot be had at all. */
export async function egovDiscovery(issuer: string, now = Date.now()): Promise<EgovMetadata> {
  const cached = cache.get(issuer);
  if (cached?.metadata && now - cached.fetchedAt < FRESH_MS) return cached.metadata;
  if (cached?.error && !cached.metadata && now - cached.fetchedAt < FAILURE_MS) throw cached.error;
  let request = pending.get(issuer);
  if (!request) {
    request = discover(issuer).finally(() => pending.delete(issuer));
    pending.set(issuer, request);
  }
  try {
    const metadata = await request;
    cache.set(issuer, { metadata, fetchedAt: Date.now() });
    return metadata;
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    if (cached?.metadata) {
      // Keep serving the last good copy, and try again after FAILURE_MS rather than every time.
      cache.set(issuer, { metadata: cached.metadata, fetchedAt: Date.now() - FRESH_MS + FAILURE_MS });
      return cached.metadata;
    }
    cache.set(issuer, { metadata: null, error: failure, fetchedAt: Date.now() });
    throw failure;
  }
}

/** Forget what was cached (tests; a changed configuration). */
export function clearEgovDiscovery() {
  cache.clear();
}

async function discover(issuer: string): Promise<EgovMetadata> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(TIMEOUT_MS),
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`eGov discovery answered HTTP ${response.status}`);
  const parsed = metadataSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error("eGov discovery document lacks required endpoints");
  // OpenID Connect Discovery §4.3: the document must name exactly the issuer it was fetched for.
  if (parsed.data.issuer !== issuer) throw new Error(`eGov discovery names issuer ${parsed.data.issuer}, expected ${issuer}`);
  return parsed.data;
}
