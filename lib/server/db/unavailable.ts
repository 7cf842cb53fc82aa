import "server-only";

/**
 * The digest an error page recognises (app/error.tsx): Next passes a thrown error's own
 * `digest` to the browser unchanged, while the message of a server error never reaches it.
 */
export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

/** The database cannot be reached: the page says "try again in a moment", route handlers 503. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE;
  constructor(cause: unknown) {
    super("The database cannot be reached", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

// Socket errors of the driver, PostgreSQL's "connection exception" class (08…) and its
// shutdown / starting-up codes, Prisma's "cannot reach the database" codes and the driver
// adapter's error kinds for the same.
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "EAI_AGAIN"]);
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "DatabaseUnreachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = [/Connection terminated/i, /connect ECONNREFUSED/i, /Can't reach database server/i, /server closed the connection/i];

/** Whether `error` (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  if (code && (NODE_CODES.has(code) || POSTGRES_CODES.has(code) || PRISMA_CODES.has(code) || code.startsWith("08"))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.some((m) => m.test(e.message as string))) return true;
  // AggregateError (a host with several addresses) and wrapped causes.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
