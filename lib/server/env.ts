import "server-only";
import { z } from "zod";

// All configuration is read and validated here, once. A demonstration (`npm run demo`, the
// tests) runs with nothing but DEMO_STANDINS=true: an embedded database in .data/, the built-in
// eGov identity provider and the local adapters. Without it the stand-ins are off, and the
// server refuses to start until the real systems are configured (deploymentProblems below).
const schema = z
  .object({
    /**
     * "true" turns on the demo stand-ins of outside systems: the eGov sign-in and eGov mobile
     * signing pages (which show the one-time code on screen), the NCALayer stand-in and the
     * local test CA as the signatures' trust root. Never set it in production.
     */
    DEMO_STANDINS: z.enum(["true", "false"]).default("false"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** A postgres:// URL selects the real PostgreSQL server; unset selects embedded PGlite. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
      .optional(),
    /** Connections per server process to PostgreSQL. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** Data directory of the embedded database (relative to the working directory). */
    PGLITE_DATA_DIR: z.string().default(".data/pglite"),
    /**
     * Fill an empty database with the demo data (accounts with published passwords) at start.
     * Unset: as DEMO_STANDINS.
     */
    SEED_DEMO: z.enum(["true", "false"]).optional(),
    /** The one public base URL of the product; OIDC redirects and QR links are built from it. */
    APP_BASE_URL: z.string().url().default("http://127.0.0.1:3000"),
    /**
     * How many reverse proxies of ours stand in front of the app, each appending to
     * X-Forwarded-For. 0 (the default) = the header is not trusted at all; N = the N-th address
     * from the right is the client's (used to throttle sign-in failures per address).
     */
    TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
    NEXTAUTH_SECRET: z.string().min(16).optional(),
    /**
     * eGov OpenID Connect issuer; the client finds everything else by discovery. Unset = the
     * built-in stand-in at APP_BASE_URL/egov-idp (only while the demo stand-ins are on).
     */
    EGOV_ISSUER: z.string().url().optional(),
    EGOV_CLIENT_ID: z.string().default("qabyldau"),
    EGOV_CLIENT_SECRET: z.string().default("local-egov-secret"),
    /** Where uploaded files are kept by the local storage adapter. */
    STORAGE_DIR: z.string().default(".data/files"),
    /**
     * The date the admission rules take as "today" (YYYY-MM-DD): opening windows, the age rule,
     * the withdrawal deadline. For demonstrations and tests outside the real admission season;
     * unset in production, where today in Almaty is used.
     */
    APP_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "APP_TODAY must be YYYY-MM-DD")
      .optional(),
    /** Port of the local NCALayer stand-in (the real NCALayer listens on 13579). */
    NCALAYER_PORT: z.coerce.number().int().min(1).max(65535).default(13579),
    /**
     * Where the signing pages reach NCALayer on the signer's computer. Unset: the stand-in's
     * wss://127.0.0.1:<NCALAYER_PORT> (the real NCALayer's wss://127.0.0.1:13579 by default).
     */
    NCALAYER_URL: z
      .string()
      .regex(/^wss:\/\/[^\s/]+(\/\S*)?$/, "NCALAYER_URL must be a wss:// URL")
      .optional(),
    /** With DEMO_STANDINS=true, "false" keeps the NCALayer stand-in from starting (a real one runs). */
    NCALAYER_STANDIN: z.enum(["true", "false"]).default("true"),
    /** Which implementation each outside system uses. Only "local" ships today. */
    REGISTRY_ADAPTER: z.enum(["local"]).default("local"),
    SMS_ADAPTER: z.enum(["local"]).default("local"),
    /**
     * PEM bundle (a file path) of the certificates signatures are verified against: NCA RK's root
     * and intermediate certificates. Required without the stand-ins; unset with them = the local
     * test CA of the signing stand-ins.
     */
    SIGNING_TRUST_STORE: z.string().min(1).optional(),
    /** OCSP responder asked about signers' certificates; unset = the certificate's own (AIA). */
    SIGNING_OCSP_URL: z.string().url().optional(),
    /** CRL (http(s) URL or file path) used when OCSP does not answer; unset = the certificate's CDP. */
    SIGNING_CRL_URL: z.string().min(1).optional(),
    /** "off" skips the revocation check: only for the demo stand-ins' test CA (no responder). */
    SIGNING_REVOCATION: z.enum(["check", "off"]).default("check"),
    /** Directors sign decisions with their school's organisation certificate (BIN in OU). */
    SIGNING_DIRECTOR_ORG_CERT: z.enum(["true", "false"]).default("false"),
  })
  .superRefine((value, context) => {
    // The test CA is the stand-ins' (demo) trust store; a real trust store needs real revocation.
    if (value.SIGNING_REVOCATION === "off" && value.SIGNING_TRUST_STORE) {
      context.addIssue({
        code: "custom",
        path: ["SIGNING_REVOCATION"],
        message: "SIGNING_REVOCATION=off is allowed only with the demo stand-ins (no SIGNING_TRUST_STORE)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid configuration: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/**
 * True when the demo stand-ins of outside systems are on (DEMO_STANDINS=true). Every stand-in
 * page, route handler and server action answers "not found" when this is false.
 */
export function standInsEnabled(): boolean {
  return env().DEMO_STANDINS === "true";
}

/** The defaults a demonstration runs with, which a real deployment must replace. */
export const DEMO_DEFAULTS = {
  EGOV_CLIENT_SECRET: "local-egov-secret",
  APP_BASE_URL: "http://127.0.0.1:3000",
} as const;

/**
 * What a server without the stand-ins still lacks, one line per setting, from the raw
 * environment (pure: no I/O, so a test can pass any environment). Empty = ready to start.
 * With DEMO_STANDINS=true only the format of the settings is checked.
 */
export function deploymentProblems(raw: Record<string, string | undefined>): string[] {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const config = parsed.data;
  if (config.DEMO_STANDINS === "true") return [];
  const problems: string[] = [];
  if (!config.EGOV_ISSUER) problems.push("EGOV_ISSUER: the address of the real eGov OpenID provider is not set");
  if (!raw.EGOV_CLIENT_ID) problems.push("EGOV_CLIENT_ID: the client id registered with eGov is not set");
  if (!raw.EGOV_CLIENT_SECRET || raw.EGOV_CLIENT_SECRET === DEMO_DEFAULTS.EGOV_CLIENT_SECRET) {
    problems.push("EGOV_CLIENT_SECRET: the client secret issued by eGov is not set (the demo default is not accepted)");
  }
  if (!config.NEXTAUTH_SECRET) {
    problems.push("NEXTAUTH_SECRET: the session signing key is not set (at least 32 random characters)");
  } else if (config.NEXTAUTH_SECRET.length < 32 || /secret|change-?me|example|test/i.test(config.NEXTAUTH_SECRET)) {
    problems.push("NEXTAUTH_SECRET: looks like a default or example value; use at least 32 random characters");
  }
  if (!config.SIGNING_TRUST_STORE) {
    problems.push("SIGNING_TRUST_STORE: the PEM bundle of NCA RK root and intermediate certificates is not set");
  }
  if (!raw.APP_BASE_URL || raw.APP_BASE_URL === DEMO_DEFAULTS.APP_BASE_URL) {
    problems.push("APP_BASE_URL: the public https address of the service is not set");
  } else if (!config.APP_BASE_URL.startsWith("https://")) {
    problems.push("APP_BASE_URL: must be an https:// address (sessions and eGov redirects need TLS)");
  }
  if (config.SEED_DEMO === "true") {
    problems.push("SEED_DEMO: the demo data (accounts with published passwords) cannot be loaded without DEMO_STANDINS=true");
  }
  if (config.SIGNING_REVOCATION === "off") {
    problems.push("SIGNING_REVOCATION: revocation checks cannot be turned off without DEMO_STANDINS=true");
  }
  if (raw.NCALAYER_STANDIN === "true") {
    problems.push("NCALAYER_STANDIN: the NCALayer stand-in cannot run without DEMO_STANDINS=true");
  }
  return problems;
}

/** Path of the built-in eGov stand-in (an OpenID provider) under APP_BASE_URL. */
export const EGOV_STANDIN_PATH = "/egov-idp";

/** Whether the built-in eGov stand-in answers at all (otherwise its routes are 404). */
export function isEgovStandInOn(): boolean {
  return standInsEnabled();
}

/** The issuer parents sign in with: EGOV_ISSUER, else the stand-in; null when neither is there. */
export function egovIssuer(): string | null {
  const config = env();
  if (config.EGOV_ISSUER) return config.EGOV_ISSUER.replace(/\/$/, "");
  return config.DEMO_STANDINS === "true" ? `${config.APP_BASE_URL}${EGOV_STANDIN_PATH}` : null;
}
