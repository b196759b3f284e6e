/**
 * Hints report: for each workload, ParallelExecutor with `blockstm` against `dag`
 * steered by the hints graph — re-executions, times (hint time shown apart and
 * included) — and the hints' accuracy against the sequential execution.
 *
 *   node scripts/bundle-workers.mjs
 *   pnpm exec tsx --conditions=blockstm-src packages/hints/scripts/report.ts [--scale 0.02] [--runs 3] [--workers 2]
 *
 * Times are medians over --runs runs after one warm-up run per configuration.
 */
import { parseArgs } from 'node:util'

// The executor's public API by path: packages/hints has no node_modules links yet (see src/deps.ts).
import { ParallelExecutor, executeSequential, parseBlockJson, stateDiffHash } from '@blockstm/executor'
import type { BlockInput, BlockResult } from '@blockstm/executor'
import type { DependencyGraph } from '@blockstm/scheduler'
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import type { WorkloadName } from '../../../bench/src/workloads/index.js'
import { HintsEngine, accuracy, recordSequential, TemplateCache } from '../src/index.js'
import type { Accuracy, BlockHints, HintMode, SetAccuracy } from '../src/index.js'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.02' },
    runs: { type: 'string', default: '3' },
    workers: { type: 'string', default: '2' },
  },
})
const scale = Number(values.scale)
const runs = Number(values.runs)
const workers = Number(values.workers)

const CASES: { name: WorkloadName; hotRatio: number }[] = [
  { name: 'hybrid', hotRatio: 0 },
  { name: 'hybrid', hotRatio: 0.1 },
  { name: 'hybrid', hotRatio: 0.3 },
  { name: 'chain-erc20', hotRatio: 0 },
  { name: 'chain-uniswap', hotRatio: 0 },
]
const MODES: HintMode[] = ['simulate', 'both', 'static']

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x: number): string => x.toFixed(1).padStart(8)
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const fingerprint = (r: BlockResult): string => hex(r.receiptsRoot) + hex(stateDiffHash(r.stateDiff))

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now()
  const r = await f()
  return [r, performance.now() - t0]
}

async function measure<T>(f: () => Promise<T>): Promise<{ last: T; ms: number }> {
  await f() // warm-up
  const times: number[] = []
  let last: T | undefined
  for (let i = 0; i < runs; i++) {
    const [r, t] = await timed(f)
    times.push(t)
    last = r
  }
  return { last: last as T, ms: median(times) }
}

function pct(s: SetAccuracy): string {
  const p = (x: number) => (100 * x).toFixed(1) + '%'
  return `FP ${s.falsePositives}/${s.predicted} (${p(s.falsePositiveRate)}) FN ${s.falseNegatives}/${s.actual} (${p(s.falseNegativeRate)})`
}

function accuracyLines(a: Accuracy): string[] {
  return [
    `      reads   ${pct(a.reads)}`,
    `      writes  ${pct(a.writes)}`,
    `      edges   ${pct(a.edges)}   dependent txs predicted ${a.dependentTxs.predicted} / actual ${a.dependentTxs.actual}   exact txs ${a.exactTxs}/${a.txs}`,
  ]
}

async function main(): Promise<void> {
  console.log(`hints report: scale ${scale}, ${runs} runs (median, after a warm-up), executor workers ${workers}, hints workers ${workers}`)
  const [exec, execStart] = await timed(() => ParallelExecutor.create({ workers }))
  const [hintsPool, hintsStart] = await timed(() => HintsEngine.create({ workers }))
  const local = await HintsEngine.create({ workers: 0 })
  console.log(`start-up (once, not in any time below): executor pool ${execStart.toFixed(0)} ms, hints pool ${hintsStart.toFixed(0)} ms\n`)
  try {
    for (const c of CASES) {
      const block: BlockInput = parseBlockJson(generateWorkload(c.name, { scale, hotRatio: c.hotRatio }))
      const n = block.transactions.length
      console.log(`== ${c.name} hot ${c.hotRatio}: ${n} txs`)
      const seq = await measure(() => executeSequential(block))
      const want = fingerprint(seq.last)
      const actual = await recordSequential(block)

      // Hints: each mode with a fresh template cache (a per-block cost, as on the first block of a token).
      const hints = new Map<HintMode, BlockHints>()
      const hintMs = new Map<HintMode, { pool: number; local: number }>()
      for (const mode of MODES) {
        const p = await measure(() => hintsPool.hints(block, { mode, templates: new TemplateCache() }))
        const l = await measure(() => local.hints(block, { mode, templates: new TemplateCache() }))
        hints.set(mode, p.last)
        hintMs.set(mode, { pool: p.ms, local: l.ms })
      }

      const rows: string[] = []
      const run = async (label: string, strategy: 'blockstm' | 'dag', graph: DependencyGraph | undefined, hint: number) => {
        const r = await measure(() => exec.execute(block, { strategy, graph }))
        const ok = fingerprint(r.last) === want ? 'ok' : 'MISMATCH'
        const s = r.last.stats
        rows.push(
          `  ${label.padEnd(22)} ${ms(r.ms)} ${ms(hint)} ${ms(r.ms + hint)}  ${String(s.reExecutions).padStart(6)} ${String(s.failedValidations).padStart(6)} ${String(s.dependencyWaits).padStart(6)} ${String(s.deferrals ?? 0).padStart(6)}  ${ok}`,
        )
      }
      await run('blockstm', 'blockstm', undefined, 0)
      await run('dag (no graph)', 'dag', undefined, 0)
      for (const mode of MODES) await run(`dag + hints:${mode}`, 'dag', hints.get(mode)!.graph, hintMs.get(mode)!.pool)
      console.log(`  sequential ${seq.ms.toFixed(1)} ms`)
      console.log(`  ${'engine'.padEnd(22)} ${'exec ms'.padStart(8)} ${'hint ms'.padStart(8)} ${'total'.padStart(8)}  ${'reexec'.padStart(6)} ${'failV'.padStart(6)} ${'waits'.padStart(6)} ${'defer'.padStart(6)}  result`)
      for (const r of rows) console.log(r)
      for (const mode of MODES) {
        const h = hints.get(mode)!
        const t = h.timings
        const m = hintMs.get(mode)!
        console.log(
          `  hints:${mode}: ${m.pool.toFixed(1)} ms on ${workers} workers, ${m.local.toFixed(1)} ms on this thread` +
            ` (simulated ${t.simulated}, static ${t.staticTxs}, sender-only ${t.senderOnly}, repaired ${t.repaired}; ${h.graph.edgeCount} edges;` +
            ` prefetch ${h.prefetch.accounts.length} accounts, ${h.prefetch.slots.length} slots, ${h.prefetch.codeHashes.length} codes)`,
        )
        for (const l of accuracyLines(accuracy(h.perTx, actual))) console.log(l)
      }
      console.log('')
    }
  } finally {
    await exec.close()
    await hintsPool.close()
    await local.close()
  }
}

await main()
