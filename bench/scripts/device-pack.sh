#!/usr/bin/env bash
# Packs the 16-core scaling run (bench/scripts/scaling.ts) for a lent device machine, which
# has no Node.js: into .device/ (git-ignored) go the scaling script and the two worker
# entries as self-contained esbuild bundles, and this machine's node binary xz-compressed
# (~25 MB; the device tool carries at most 64 MiB). Then, with the device tool:
#
#   run(carry: [".device"], timeout_s: 540, command:
#     "xz -dc .device/node.xz > /tmp/node && chmod +x /tmp/node && d=$PWD/.device &&
#      cd $d/run/bench && BUDGET_S=420 BLOCKSTM_WORKER=$d/parallel.js INDEP=$d/independent.js /tmp/node scaling.mjs")
#
# It writes $OUT/device-results.json (one JSON line per measurement is also printed). The
# bundle sits two folders down so that the workloads find the contract artifacts where they
# look for them (bench/src/contracts/artifacts.ts: ../../contracts). Try it here first:
#   bash bench/scripts/device-pack.sh && d=$PWD/.device && (cd $d/run/bench && MAXW=2 BUDGET_S=60 OUT=/tmp
#   BLOCKSTM_WORKER=$d/parallel.js INDEP=$d/independent.js node scaling.mjs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=.device
rm -rf "$out"
mkdir -p "$out/run/bench" "$out/contracts"
cp -r bench/contracts/artifacts "$out/contracts/artifacts"
node scripts/bundle-workers.mjs
cp packages/executor/dist/workers/parallel.js "$out/parallel.js"
cp bench/dist/workers/independent.js "$out/independent.js"
# The scaling script with everything it imports; lmdb (on-disk state) is loaded lazily and never used here.
node_modules/.bin/esbuild bench/scripts/scaling.ts --bundle --platform=node --format=esm --target=node20 \
  --conditions=blockstm-src --external:lmdb --outfile="$out/run/bench/scaling.mjs" \
  --banner:js="import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" --log-level=warning
xz -T0 -6 -c "$(command -v node)" > "$out/node.xz"
du -sh "$out"/* "$out/run/bench/scaling.mjs" | sed 's/^/  /'
echo "packed into $out/ ($(du -sh "$out" | cut -f1) in all)"
