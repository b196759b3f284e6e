/**
 * scripts/parallelism.ts on the vendored mainnet blocks: a table and a summary, and
 * bounds that obey what a bound must (≤ the workers, not falling with more workers,
 * never below 1; the nearest edges alone are a subgraph, so their bound is not lower).
 */
import test from 'ava'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))

interface Row { block: string; txs: number; gas: number; total: number; dependent: number; criticalShare: number; bound: Record<string, number>; otherBound: Record<string, number>; observedBound: Record<string, number>; chainRuns: number[]; lazyBalanceBound: Record<string, number> }

test('parallelism.ts: per-block bounds of the vendored blocks, consistent with each other', (t) => {
  const out = join(mkdtempSync(join(tmpdir(), 'parallelism-')), 'p.json')
  const text = execFileSync(process.execPath, ['--import', 'tsx', '--conditions=blockstm-src', 'packages/hints/scripts/parallelism.ts', '--dir', 'fixtures/mainnet', '--workers', '2,16', '--reps', '1', '--json', out], { cwd: root, encoding: 'utf8', timeout: 300_000 })
  t.regex(text, /^\| block \| txs \| Mgas \| ms \| dependent txs \|/m)
  t.regex(text, /^\d+ blocks, over all of them, the best speedup at 2: [\d.]+x, 16: [\d.]+x \(by gas: 2: [\d.]+x, 16: [\d.]+x; nearest edges only at 16: [\d.]+x\)$/m)
  t.regex(text, /^chain runs \(≥ 3 consecutive transactions each reading its predecessor\): \d+ in \d+ blocks/m)
  const { rows } = JSON.parse(readFileSync(out, 'utf8')) as { rows: Row[] }
  t.true(rows.length >= 15)
  const eps = 1e-9
  for (const r of rows) {
    t.true(r.bound['2']! >= 1 - eps && r.bound['2']! <= 2 + eps, `${r.block} at 2: ${r.bound['2']}`)
    t.true(r.bound['16']! >= r.bound['2']! - eps && r.bound['16']! <= 16 + eps, `${r.block} at 16: ${r.bound['16']}`)
    t.true(r.observedBound['16']! >= r.bound['16']! - eps, `${r.block}: nearest edges allow no less`)
    t.true(r.lazyBalanceBound['16']! >= r.bound['16']! - eps, `${r.block}: fewer edges allow no less`)
    t.true(r.otherBound['16']! >= 1 - eps && r.otherBound['16']! <= 16 + eps, `${r.block} by gas at 16: ${r.otherBound['16']}`)
    t.true(r.total > 0 || r.txs === 1, `${r.block}: total time ${r.total}`)
    for (const len of r.chainRuns) t.true(len >= 3 && len < r.txs, `${r.block}: chain run of ${len}`)
    t.true(r.criticalShare > 0 && r.criticalShare <= 1 + eps && r.dependent < r.txs, r.block)
  }
  // A one-transaction block allows nothing; block 15537393 (the merge) has one.
  const one = rows.find((r) => r.txs === 1)
  if (one !== undefined) t.is(one.bound['16'], 1)
})
