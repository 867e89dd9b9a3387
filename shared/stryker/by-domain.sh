#!/usr/bin/env bash
# Runs Stryker one domain at a time (the whole of src/ at once takes long on a small machine):
#   bash stryker/by-domain.sh eligibility assessment …
# Each domain's report is kept as reports/mutation/<domain>.json; `node stryker/survivors.mjs` reads one.
set -u
cd "$(dirname "$0")/.."
for d in "$@"; do
  npx stryker run ${STRYKER_ARGS:-} --mutate "src/$d/**/*.ts,!src/**/*.test.ts,!src/**/index.ts,!src/**/*.data.ts" >"reports/$d.log" 2>&1
  echo "$d exit $?" >>reports/by-domain.log
  cp reports/mutation/mutation.json "reports/mutation/$d.json" 2>/dev/null
  node stryker/survivors.mjs "reports/mutation/$d.json" | tail -1 >>reports/by-domain.log
done
