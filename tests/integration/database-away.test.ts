// Issue 8 (6): while the database cannot be reached the service says so: /api/health answers
// 503 with "try again in a moment" in the visitor's language, and pages get an error whose
// digest the error page (app/error.tsx) turns into the same message.
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import net from "node:net";
import kk from "@/messages/kk.json" with { type: "json" };
import ru from "@/messages/ru.json" with { type: "json" };

/** A port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("database away", () => {
  let app: {
    GET: (request: Request) => Promise<Response>;
    db: () => Promise<unknown>;
    isDatabaseUnavailable: (error: unknown) => boolean;
    closeDatabase: () => Promise<void>;
  };

  beforeAll(async () => {
    process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${await closedPort()}/qabyldau`;
    process.env.SEED_DEMO = "false";
    const { GET } = await import("@/app/api/health/route");
    const { db, closeDatabase } = await import("@/lib/server/db");
    const { isDatabaseUnavailable } = await import("@/lib/server/db/unavailable");
    app = { GET, db, isDatabaseUnavailable, closeDatabase };
  });
  afterAll(async () => {
    await app.closeDatabase();
  });

  it("answers /api/health with 503 and the message in the chosen language, Kazakh by default", async () => {
    const inRussian = await app.GET(new Request("http://127.0.0.1/api/health", { headers: { cookie: "a=b; NEXT_LOCALE=ru" } }));
    expect(inRussian.status).toBe(503);
    expect(inRussian.headers.get("retry-after")).toBe("30");
    expect(await inRussian.json()).toEqual({ status: "unavailable", message: ru.errors.unavailableText });

    const byDefault = await app.GET(new Request("http://127.0.0.1/api/health"));
    expect(byDefault.status).toBe(503);
    expect((await byDefault.json()).message).toBe(kk.errors.unavailableText);
    expect(kk.errors.unavailableText).not.toBe(ru.errors.unavailableText);
  });

  it("gives pages an error whose digest names the cause, never its details", async () => {
    const error = await app.db().then(
      () => null,
      (e: unknown) => e as Error & { digest?: string },
    );
    expect(error?.digest).toBe("DATABASE_UNAVAILABLE");
    expect(app.isDatabaseUnavailable(error)).toBe(true);
  });

  it("tells an unreachable database apart from other failures", () => {
    expect(app.isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(app.isDatabaseUnavailable(new Error("wrapped", { cause: { code: "57P01" } }))).toBe(true);
    expect(app.isDatabaseUnavailable({ code: "P1001" })).toBe(true);
    expect(app.isDatabaseUnavailable(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(app.isDatabaseUnavailable(new Error("relation does not exist"))).toBe(false);
    expect(app.isDatabaseUnavailable(undefined)).toBe(false);
  });
});
