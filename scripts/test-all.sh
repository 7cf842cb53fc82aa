#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, schema/migration agreement, unit tests,
# integration tests (embedded PGlite always, the real PostgreSQL at 127.0.0.1:5432 when it
# answers), a production build and the browser tests in Debian's Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results
rm -f test-results/*.json

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
fail() { echo "FAILED: $1"; node scripts/test-summary.mjs || true; exit 1; }

step "prisma generate"
npm run --silent prisma:generate >/dev/null || fail "prisma generate"

step "typecheck"
npx tsc --noEmit || fail "typecheck"

step "schema.prisma and migrations agree"
npm run --silent db:diff -- --check || fail "schema drift"

step "unit tests"
NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects unit --json --outputFile=test-results/jest-unit.json \
  || fail "unit tests"

step "integration tests (PGlite, and PostgreSQL when reachable)"
NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects integration --runInBand \
  --json --outputFile=test-results/jest-integration.json || fail "integration tests"

step "production build"
npx next build || fail "build"

step "browser tests (Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: install it with 'apt-get install -y chromium' (.ci/run does)."
  fail "no chromium"
fi
npx playwright test || fail "browser tests"

node scripts/test-summary.mjs
