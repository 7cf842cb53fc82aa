import "server-only";
import { z } from "zod";

// All configuration is read and validated here, once. The product runs with none of it set:
// an embedded database in .data/, the built-in eGov identity provider and the local adapters.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A postgres:// URL selects the real PostgreSQL server; unset selects embedded PGlite. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL").optional(),
  /** Connections per server process to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Data directory of the embedded database (relative to the working directory). */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  /** Fill an empty database with the demo data at start. */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  /** The one public base URL of the product; OIDC redirects and QR links are built from it. */
  APP_BASE_URL: z.string().url().default("http://127.0.0.1:3000"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /** eGov OpenID Connect. Unset issuer = the built-in local identity provider. */
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
  APP_TODAY: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "APP_TODAY must be YYYY-MM-DD").optional(),
  /** Port of the local NCALayer stand-in (the real NCALayer listens on 13579). */
  NCALAYER_PORT: z.coerce.number().int().min(1).max(65535).default(13579),
  /** Start the NCALayer stand-in with the server ("false" when a real NCALayer runs). */
  NCALAYER_STANDIN: z.enum(["true", "false"]).default("true"),
  /** Which implementation each outside system uses. Only "local" ships today. */
  REGISTRY_ADAPTER: z.enum(["local"]).default("local"),
  SMS_ADAPTER: z.enum(["local"]).default("local"),
  /**
   * PEM bundle (a file path) of the certificates signatures are verified against: NCA RK's root
   * and intermediate certificates. Unset = the local test CA of the signing stand-ins.
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
}).superRefine((value, context) => {
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

/** True when parents sign in through the built-in eGov stand-in (no EGOV_ISSUER configured). */
export function isLocalEgov(): boolean {
  return !env().EGOV_ISSUER;
}
