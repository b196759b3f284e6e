/**
 * bench/scripts/ab-workers.ts runs: two executors on given worker bundles, each result
 * checked against the sequential engine, medians and B/A printed (the same bundle as A
 * and B here: what matters is that it runs and checks, not the ratio).
 */
import test from 'ava'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bundle = fileURLToPath(new URL('../../packages/executor/dist/workers/parallel.js', import.meta.url))

test('ab-workers: same bundle as A and B, a small block: both checked, medians and B/A printed', (t) => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=blockstm-src', 'bench/scripts/ab-workers.ts', '--a', bundle, '--b', bundle, '--workload', 'erc20', '--scale', '0.002', '--runs', '2', '--warmup', '1'],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  )
  t.regex(out, /^erc20 at scale 0\.002, \d+ txs, 2 workers, 2 runs after 1 warm-ups; sequential [\d.]+ ms$/m)
  t.regex(out, /^A: block [\d.]+ ms \(× sequential [\d.]+\), worker loop [\d.]+ ms, diff share \+ leaves [\d.]+ ms$/m)
  t.regex(out, /^B: block /m)
  t.regex(out, /^B\/A: block [\d.]+, loop [\d.]+, diff [\d.]+$/m)
})

test('ab-workers: a missing bundle argument is a usage error (exit 2)', (t) => {
  const e = t.throws(() => execFileSync(process.execPath, ['--import', 'tsx', '--conditions=blockstm-src', 'bench/scripts/ab-workers.ts', '--a', bundle], { cwd: root, encoding: 'utf8', stdio: 'pipe', timeout: 60_000 }))
  t.is((e as unknown as { status: number }).status, 2)
})
