/**
 * Opening-day benchmark of the one write that matters: a signed application becoming a
 * submitted one (seat reserved, status, history, notifications, SMS outbox, issued document),
 * against a real PostgreSQL server, on a database created for the run and dropped after it.
 *
 *   npm run bench                       # N=400 parents, 40 at a time
 *   npm run bench -- --n 1000 --concurrency 80 --pool 20
 *
 * Scenarios: (1) "open seats": every parent gets a seat; (2) "last seats": the same crowd for
 * 25 seats of one school. Prints throughput, latency percentiles and ratios.
 */
import crypto from "node:crypto";
import pg from "pg";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const N = Number(args.get("n") ?? 400);
const CONCURRENCY = Number(args.get("concurrency") ?? 40);
const POOL = Number(args.get("pool") ?? 10);
const ADMIN_URL = process.env.BENCH_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** Opening day of a large region: ~30 000 parents in the first hour (SPEC: tens of thousands). */
const PEAK_PER_SECOND = 30_000 / 3600;

async function main() {
  const name = `qabyldau_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.APP_TODAY = "2026-07-06";
  process.env.SEED_DEMO = "true";
  // Signed with the stand-ins' test CA, which has no OCSP responder (demo configuration).
  process.env.SIGNING_REVOCATION ??= "off";
  process.env.NEXTAUTH_SECRET ??= "bench-secret-0123456789abcdef";
  // Signatures come from the stand-ins' test keys, verified against the test CA.
  process.env.DEMO_STANDINS = "true";
  // Set before anything reads the settings (env() keeps the first reading).
  process.env.DATABASE_POOL_SIZE = String(POOL);
  try {
    // The app's own database client and pool, as a server process has them: migrated and
    // seeded on first use, like a fresh server.
    const { db, closeDatabase } = await import("@/lib/server/db");
    const prisma = await db();
    const { submitApplication } = await import("@/lib/server/applications/submit-application");
    const fixture = await import("./fixtures/signed-submissions");

    console.log(`PostgreSQL ${url.host}, database ${name}; N=${N}, concurrency=${CONCURRENCY}, pool=${POOL}`);
    const prepStart = performance.now();
    const open = await fixture.createLoadSchool(prisma, "open", N);
    const openFamilies = await fixture.createSignedFamilies(prisma, open, { tag: "open", count: N, outsideCount: 0, serialBase: 100 });
    const last = await fixture.createLoadSchool(prisma, "last", 25);
    const lastFamilies = await fixture.createSignedFamilies(prisma, last, {
      tag: "last",
      count: N,
      outsideCount: Math.floor(N / 5),
      serialBase: 4000,
    });
    console.log(`prepared ${2 * N} signed drafts in ${((performance.now() - prepStart) / 1000).toFixed(1)} s\n`);

    const openRun = await runScenario("open seats", openFamilies, submitApplication);
    const lastRun = await runScenario("last 25 seats", lastFamilies, submitApplication);
    const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: last.seatId } });
    console.log(
      `\nlast seats: reserved ${seat.reservedCatchment + seat.reservedOutside}/25 (outside the catchment ${seat.reservedOutside}, quota ${Math.floor(25 / 4)})`,
    );
    console.log(
      `ratio throughput / opening-day peak (${PEAK_PER_SECOND.toFixed(1)}/s): open seats ${(openRun.perSecond / PEAK_PER_SECOND).toFixed(1)}×, last seats ${(lastRun.perSecond / PEAK_PER_SECOND).toFixed(1)}×`,
    );
    console.log(`ratio p95 last seats / open seats: ${(lastRun.p95 / openRun.p95).toFixed(2)}`);
    await closeDatabase();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

type Family = { parent: import("@/lib/server/auth/session").CurrentUser; requestId: string };

async function runScenario(label: string, families: Family[], submit: (p: Family["parent"], id: string) => Promise<{ ok: boolean }>) {
  const latencies: number[] = [];
  let accepted = 0;
  let refused = 0;
  let next = 0;
  const start = performance.now();
  async function worker() {
    while (next < families.length) {
      const family = families[next++]!;
      const t0 = performance.now();
      const result = await submit(family.parent, family.requestId);
      latencies.push(performance.now() - t0);
      if (result.ok) accepted++;
      else refused++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  const perSecond = families.length / seconds;
  console.log(
    `${label.padEnd(14)} ${families.length} submissions in ${seconds.toFixed(2)} s = ${perSecond.toFixed(1)}/s; ` +
      `accepted ${accepted}, refused ${refused}; latency p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms`,
  );
  return { perSecond, p95: pct(95) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
