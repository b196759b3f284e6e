/**
 * What the hints alone cost on one generated block: the median of each `timings` field
 * over --runs calls (after --warmup), on this thread, nothing executed but the learning runs.
 *
 *   pnpm exec tsx --conditions=blockstm-src packages/hints/scripts/cost.ts \
 *     [--workload chain-erc20] [--scale 0.05] [--mode static] [--unknown-calls arguments] \
 *     [--templates block|keep] [--runs 41] [--warmup 5]
 *
 * `--templates block` (default) learns the templates again for every call, as for blocks
 * that share no contracts; `keep` passes one TemplateCache to every call, as a node does.
 */
import { parseArgs } from 'node:util'

import { parseBlockJson } from '@blockstm/executor'
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import type { WorkloadName } from '../../../bench/src/workloads/index.js'
import { HintsEngine, TemplateCache } from '../src/index.js'
import type { HintMode, HintTimings, UnknownCalls } from '../src/index.js'

const { values } = parseArgs({
  options: {
    workload: { type: 'string', default: 'chain-erc20' },
    scale: { type: 'string', default: '0.05' },
    mode: { type: 'string', default: 'static' },
    'unknown-calls': { type: 'string', default: 'arguments' },
    templates: { type: 'string', default: 'block' },
    runs: { type: 'string', default: '41' },
    warmup: { type: 'string', default: '5' },
  },
})
const runs = Number(values.runs)
const warmup = Number(values.warmup)
if (!(runs >= 1 && warmup >= 0)) throw new RangeError(`--runs must be ≥ 1 and --warmup ≥ 0, got ${values.runs} and ${values.warmup}`)
if (values.templates !== 'block' && values.templates !== 'keep') throw new RangeError(`--templates is block or keep, got ${values.templates}`)

const block = parseBlockJson(generateWorkload(values.workload as WorkloadName, { scale: Number(values.scale) }))
const engine = await HintsEngine.create()
const kept = new TemplateCache()
const FIELDS = ['totalMs', 'staticMs', 'learnMs', 'simulateMs', 'graphMs'] as const
const samples = new Map<(typeof FIELDS)[number], number[]>(FIELDS.map((f) => [f, []]))
let last: HintTimings | undefined
for (let k = 0; k < warmup + runs; k++) {
  const h = await engine.hints(block, {
    mode: values.mode as HintMode,
    unknownCalls: values['unknown-calls'] as UnknownCalls,
    ...(values.templates === 'keep' ? { templates: kept } : {}),
  })
  last = h.timings
  if (k >= warmup) for (const f of FIELDS) samples.get(f)!.push(h.timings[f])
}
await engine.close()

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const n = block.transactions.length
const total = median(samples.get('totalMs')!)
console.log(`${values.workload} scale ${values.scale}: ${n} transactions, mode ${values.mode}, unknownCalls ${values['unknown-calls']}, templates ${values.templates}`)
console.log(`median of ${runs}: ${FIELDS.map((f) => `${f} ${median(samples.get(f)!).toFixed(2)}`).join(', ')}; ${((1000 * total) / n).toFixed(1)} µs per transaction`)
console.log(`last call: simulated ${last!.simulated}, static ${last!.staticTxs}, sender-only ${last!.senderOnly}, repaired ${last!.repaired}`)
