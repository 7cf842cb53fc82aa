#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, lint, format, schema/migration agreement, unit tests,
# integration tests (embedded PGlite and the real PostgreSQL at 127.0.0.1:5432, whose absence
# fails the run), a production build and the browser tests in Debian's Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Tests run on the demo stand-ins (jest and the e2e server set it too; the stand-ins-off tests unset it).
export DEMO_STANDINS=true
mkdir -p test-results
rm -f test-results/*.json

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
fail() { echo "FAILED: $1"; node scripts/test-summary.mjs || true; exit 1; }

step "prisma generate"
npm run --silent prisma:generate >/dev/null || fail "prisma generate"

step "typecheck"
npx tsc --noEmit || fail "typecheck"

step "lint (ESLint)"
npm run --silent lint || fail "lint"

step "format (Prettier; 'npm run format' rewrites)"
npm run --silent format:check || fail "format"

step "schema.prisma and migrations agree"
npm run --silent db:diff -- --check || fail "schema drift"

step "unit tests"
NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects unit --json --outputFile=test-results/jest-unit.json \
  || fail "unit tests"

step "integration tests (PGlite and PostgreSQL)"
NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects integration --runInBand \
  --json --outputFile=test-results/jest-integration.json || fail "integration tests"

step "benchmark still runs (N=20, PostgreSQL)"
# Not a measurement (that is `npm run bench` on an idle machine): it keeps the script working.
if node -e 'const c=new (require("pg").Client)({connectionString:"postgresql://postgres@127.0.0.1:5432/postgres",connectionTimeoutMillis:2000});c.connect().then(()=>c.end()).catch(()=>process.exit(1))' 2>/dev/null; then
  npm run --silent bench -- --n 20 --concurrency 10 || fail "benchmark script"
else
  fail "benchmark: PostgreSQL at 127.0.0.1:5432 does not answer"
fi

step "production build"
npx next build || fail "build"

step "browser tests (Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: install it with 'apt-get install -y chromium' (.ci/run does)."
  fail "no chromium"
fi
npx playwright test || fail "browser tests"

node scripts/test-summary.mjs
