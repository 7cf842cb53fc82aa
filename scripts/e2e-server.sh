#!/usr/bin/env bash
# Starts the built app for the browser tests on a fresh embedded database of its own.
set -euo pipefail
port="${1:-3100}"
dir=".data/e2e-${port}"
rm -rf "$dir" "$dir.lock"
mkdir -p "$dir"
export PGLITE_DATA_DIR="$dir/pglite"
export STORAGE_DIR="$dir/files"
export APP_BASE_URL="http://127.0.0.1:${port}"
export NEXTAUTH_URL="$APP_BASE_URL"
export NEXTAUTH_SECRET="e2e-only-secret-$(date +%s%N)"
# The admission rules run as on 6 July 2026: Karaganda and North Kazakhstan windows are open.
export APP_TODAY="${APP_TODAY:-2026-07-06}"
export NEXT_TELEMETRY_DISABLED=1
# The browser tests run on the demo stand-ins (eGov, eGov mobile, NCALayer, the test CA).
export DEMO_STANDINS=true
export NCALAYER_PORT="${NCALAYER_PORT:-13600}"
# The stand-ins' test CA runs no OCSP responder (demo configuration).
export SIGNING_REVOCATION="${SIGNING_REVOCATION:-off}"
# Parents sign in through the eGov stand-in found by discovery alone, exactly as they would
# with the real eGov's issuer.
export EGOV_ISSUER="$APP_BASE_URL/egov-idp"
unset DATABASE_URL
exec env PORT="$port" npm run start --silent
