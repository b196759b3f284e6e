/* Scaling measurement on a many-core machine: sequential vs parallel (1..16 workers) vs the independent ceiling.
 * Packed for a device machine by bench/scripts/device-pack.sh (which says how to run it); run with
 * BLOCKSTM_WORKER and INDEP set. BUDGET_S bounds the whole run, MAXW caps the worker counts (a
 * trial on few cores), WARMUP sets the untimed runs per configuration (3: each worker JIT-warms
 * on its share of the block only, and at 16 workers that share is small). */
import { Worker } from 'node:worker_threads'
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import { generateWorkload } from '../src/workloads/index.js'
import { parseBlockJson, executeSequential, forgetBlockImage, ParallelExecutor, stateDiffHash } from '@blockstm/executor'
import type { BlockInput } from '@blockstm/executor'

const deadline = Date.now() + Number(process.env.BUDGET_S ?? 270) * 1000
const MAXW = Number(process.env.MAXW ?? 64)
const WARMUP = Number(process.env.WARMUP ?? 3)
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')
const out: Record<string, unknown>[] = []
const log = (r: Record<string, unknown>) => { out.push(r); console.log(JSON.stringify(r)) }

async function independent(block: BlockInput, n: number, runs: number): Promise<number> {
  const ws = Array.from({ length: n }, () => new Worker(process.env.INDEP!))
  const once = (w: Worker, type: string) => new Promise<any>((res, rej) => { const f = (m: any) => { if (m.type === type) { w.off('message', f); res(m) } else if (m.type === 'error') rej(new Error(m.message)) }; w.on('message', f) })
  await Promise.all(ws.map((w) => once(w, 'ready')))
  await Promise.all(ws.map((w) => { const p = once(w, 'loaded'); w.postMessage({ type: 'load', block }); return p }))
  const times: number[] = []
  for (let r = 0; r <= runs; r++) {
    const t0 = performance.now()
    await Promise.all(ws.map((w) => { const p = once(w, 'done'); w.postMessage({ type: 'run' }); return p }))
    if (r > 0) times.push(performance.now() - t0)
  }
  await Promise.all(ws.map((w) => w.terminate()))
  return median(times)
}

// The engine's default strategy (adaptive since the 11th session) on the mixes; the last
// entries compare it with blockstm on a mix and on a worst-case chain, where speculation on
// many workers costs most (no independent ceiling for the chain: it has no parallelism).
const cfg: [string, number, number[], (string | undefined)[]][] = [
  ['erc20', 0.1, [1, 2, 4, 8, 16], [undefined]],
  ['raw', 0.2, [2, 4, 8, 16], [undefined]],
  ['uniswap', 0.03, [4, 8, 16], [undefined]],
  ['hybrid', 0.1, [4, 8, 16], [undefined]],
  // blockstm beside the default on a mix at 16 workers: adaptive's chain mode holds every
  // other worker behind a chain's front, which a mix's short runs of dependent txs could cost.
  ['hybrid', 0.1, [16], ['blockstm']],
  ['chain-uniswap', 0.02, [2, 16], ['adaptive', 'blockstm']],
]
console.log(JSON.stringify({ cores: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version }))
for (const [name, scale, workerCounts, strategies] of cfg) {
  if (Date.now() > deadline) break
  const block = parseBlockJson(generateWorkload(name as never, { scale } as never))
  const gas = Number((await executeSequential(block)).gasUsed)
  const seqRuns: number[] = []
  for (let r = 0; r < 3; r++) { const t0 = performance.now(); await executeSequential(block); seqRuns.push(performance.now() - t0) }
  const seq = median(seqRuns)
  const ref = await executeSequential(block)
  log({ workload: name, txs: block.transactions.length, engine: 'sequential', ms: seq, mgas: gas / seq / 1000 })
  for (const w of workerCounts) for (const strategy of strategies) {
    if (Date.now() > deadline || w > MAXW) break
    const ex = await ParallelExecutor.create({ workers: w })
    // Every worker JIT-warm (blockstm runs them all), as the bench's warmUp: chain mode keeps all but one waiting.
    await ex.warmUp(block, 1)
    const runs: number[] = []; let stats: any; let ok = true
    for (let r = 0; r < WARMUP + 3; r++) {
      // The image built in every run, as the bench times it (the sequential engine builds its state in its run too).
      forgetBlockImage(block)
      const t0 = performance.now(); const p = await ex.execute(block, { minParallelGas: 0, ...(strategy ? { strategy: strategy as 'adaptive' } : {}) }); const ms = performance.now() - t0
      ok &&= hex(p.receiptsRoot) === hex(ref.receiptsRoot) && hex(stateDiffHash(p.stateDiff)) === hex(stateDiffHash(ref.stateDiff))
      if (r >= WARMUP) runs.push(ms); stats = p.stats
    }
    await ex.close()
    const ms = median(runs)
    log({ workload: name, engine: `parallel:${w}`, strategy: stats.strategy, ms, speedup: seq / ms, verified: ok, re: stats.reExecutions, phases: stats.phases && { setup: Math.round(stats.phases.setupMs), run: Math.round(stats.phases.runMs), asm: Math.round(stats.phases.assembleMs) } })
    if (w > 1 && process.env.INDEP && !name.startsWith('chain') && Date.now() < deadline) {
      const ims = await independent(block, w, 2)
      log({ workload: name, engine: `independent:${w}`, ms: ims, ceiling: (seq * w) / ims })
    }
  }
}
writeFileSync(`${process.env.OUT ?? '.'}/device-results.json`, JSON.stringify(out, null, 1))
