/**
 * A/B of two builds of the parallel engine's worker side, in one process: two executors,
 * one per worker bundle, run the same block in alternating order, with the sequential
 * engine after each pair. On a noisy machine (±10–20% between processes here) this tells a
 * few-% change of the worker code from noise, where separate bench runs cannot: both builds
 * share the main thread, its heap and the machine's state of the moment.
 *
 *   node scripts/bundle-workers.mjs && cp packages/executor/dist/workers/parallel.js /tmp/a.js
 *   (change the worker side)
 *   node scripts/bundle-workers.mjs && cp packages/executor/dist/workers/parallel.js /tmp/b.js
 *   pnpm exec tsx --conditions=blockstm-src bench/scripts/ab-workers.ts --a /tmp/a.js --b /tmp/b.js [--workload raw] [--scale 0.21] [--runs 21] [--workers 2]
 *
 * Prints the medians (block time, each worker's loop and diff share) and B/A; exits 1 if
 * a build's result differs from the sequential engine's. Only the worker side differs
 * between A and B: the main thread's code is this checkout's, and both builds must speak
 * its protocol (messages.ts, block-image.ts).
 *
 * The noise floor, measured on the 2-core dev machine with the SAME bundle as A and B
 * (raw, scale 0.21, 21 runs): B/A 0.93 for the block and 0.90 for the loop in one
 * comparison, 1.01 and 0.91 in another (scale 0.05, 30 warm-ups). So read a difference
 * under ~10% only from several comparisons, with A and B swapped: a real effect swaps its
 * ratio, a pool's placement on the cores does not. Small blocks need many warm-ups: each
 * worker JIT-warms on its share of the block only.
 */
import { parseArgs } from 'node:util'

import { ParallelExecutor, executeSequential, forgetBlockImage, parseBlockJson, stateDiffHash } from '@blockstm/executor'
import type { BlockResult } from '@blockstm/executor'
import { generateWorkloadDetailed } from '../src/workloads/index.js'
import type { WorkloadName } from '../src/workloads/index.js'

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    workload: { type: 'string', default: 'raw' },
    scale: { type: 'string', default: '0.21' },
    runs: { type: 'string', default: '21' },
    warmup: { type: 'string', default: '3' },
    workers: { type: 'string', default: '2' },
  },
  strict: true,
})
if (values.a === undefined || values.b === undefined) {
  console.error('usage: ab-workers.ts --a BUNDLE --b BUNDLE [--workload W] [--scale F] [--runs N] [--warmup N] [--workers N]')
  process.exit(2)
}

const block = parseBlockJson(generateWorkloadDetailed(values.workload as WorkloadName, { scale: Number(values.scale) }).fixture)
const runs = Number(values.runs)
const warmup = Number(values.warmup)
const workers = Number(values.workers)
const builds = { A: await ParallelExecutor.create({ workers, workerScript: values.a }), B: await ParallelExecutor.create({ workers, workerScript: values.b }) }
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!
const hash = (r: BlockResult) => `${Buffer.from(stateDiffHash(r.stateDiff)).toString('hex')}:${Buffer.from(r.receiptsRoot).toString('hex')}`

const want = hash(await executeSequential(block))
const times: Record<string, { block: number[]; loop: number[]; diff: number[] }> = { A: { block: [], loop: [], diff: [] }, B: { block: [], loop: [], diff: [] } }
const sequential: number[] = []
let wrong = 0
for (let i = 0; i < warmup + runs; i++) {
  // Alternate which build goes first, so neither always follows the sequential engine's garbage.
  for (const name of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    forgetBlockImage(block)
    const t0 = performance.now()
    const r = await builds[name].execute(block, { minParallelGas: 0 })
    const ms = performance.now() - t0
    if (hash(r) !== want) {
      console.error(`${name}: result differs from the sequential engine's`)
      wrong++
    }
    if (i < warmup) continue
    const p = r.stats.phases!
    times[name]!.block.push(ms)
    times[name]!.loop.push(Math.max(...p.workerLoopMs))
    times[name]!.diff.push(Math.max(...p.workerDiffMs))
  }
  const t0 = performance.now()
  await executeSequential(block)
  if (i >= warmup) sequential.push(performance.now() - t0)
}
await builds.A.close()
await builds.B.close()

const row = (name: 'A' | 'B') =>
  `${name}: block ${median(times[name]!.block).toFixed(1)} ms (× sequential ${(median(sequential) / median(times[name]!.block)).toFixed(2)}), worker loop ${median(times[name]!.loop).toFixed(1)} ms, diff share + leaves ${median(times[name]!.diff).toFixed(1)} ms`
console.log(`${values.workload} at scale ${values.scale}, ${block.transactions.length} txs, ${workers} workers, ${runs} runs after ${warmup} warm-ups; sequential ${median(sequential).toFixed(1)} ms`)
console.log(row('A'))
console.log(row('B'))
console.log(`B/A: block ${(median(times.B!.block) / median(times.A!.block)).toFixed(3)}, loop ${(median(times.B!.loop) / median(times.A!.loop)).toFixed(3)}, diff ${(median(times.B!.diff) / median(times.A!.diff)).toFixed(3)}`)
process.exit(wrong > 0 ? 1 : 0)
