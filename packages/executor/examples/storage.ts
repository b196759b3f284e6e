/**
 * Storage layer walk-through: import a fixture's pre-state into a temporary LMDB
 * directory, execute the block sequentially from memory, from LMDB, and from LMDB
 * behind 100 µs of simulated read latency, and count base-state reads per transaction.
 *
 *   node --import=tsx --conditions=blockstm-src packages/executor/examples/storage.ts [FIXTURE.json[.gz] …]
 *   node --import=tsx --conditions=blockstm-src packages/executor/examples/storage.ts accuracy [--modes hybrid,immediate,channel,sync]
 *
 * Generated workloads are fixtures too: `pnpm bench gen --workload erc20 --scale 0.005 --out /tmp/erc20.json.gz`.
 * `accuracy` prints LatencyState's requested vs observed latency and CPU per read.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { CountingState, IoClock, LatencyState, LmdbState, executeSequential, importBlockState, loadBlockFile, openBaseState, stateDiffHash } from '@blockstm/executor'
import type { BaseState, BlockInput, BlockResult, LatencyMode } from '@blockstm/executor'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

/** Best-of-`runs` sequential execution per state, the variants interleaved run by run. */
async function timed(block: BlockInput, states: (() => BaseState)[], runs: number[]): Promise<{ ms: number; result: BlockResult }[]> {
  const out = states.map(() => ({ ms: Infinity, result: undefined as unknown as BlockResult }))
  for (let r = 0; r < Math.max(...runs); r++) {
    for (let i = 0; i < states.length; i++) {
      if (r >= runs[i]) continue
      const s = states[i]()
      const t0 = performance.now()
      const result = await executeSequential(block, { state: s })
      out[i].ms = Math.min(out[i].ms, performance.now() - t0)
      out[i].result = result
    }
  }
  return out
}

async function storageDemo(file: string): Promise<void> {
  const block = await loadBlockFile(file)
  const n = block.transactions.length
  const dir = mkdtempSync(join(tmpdir(), 'blockstm-lmdb-'))
  try {
    const imp = await importBlockState(block, dir)
    console.log(`\n${basename(file)}: block ${block.header.number}, ${n} txs (${block.hardfork})`)
    console.log(`  import: ${imp.accounts} accounts, ${imp.codes} codes, ${imp.slots} slots, ${imp.blockHashes} block hashes in ${imp.ms.toFixed(0)} ms`)

    // Warm the JIT so the timings compare like with like.
    for (let i = 0; i < 2; i++) await executeSequential(block)
    const lmdb = LmdbState.open(dir)
    const [mem, disk, slow] = await timed(
      block,
      [() => openBaseState({ kind: 'memory' }, block), () => lmdb, () => new LatencyState(lmdb, { latencyUs: 100 })],
      [5, 5, 2],
    )
    const same = (r: BlockResult) => hex(r.receiptsRoot) === hex(mem.result.receiptsRoot) && hex(stateDiffHash(r.stateDiff)) === hex(stateDiffHash(mem.result.stateDiff))
    console.log(`  sequential, memory:             ${mem.ms.toFixed(1)} ms`)
    console.log(`  sequential, LMDB:               ${disk.ms.toFixed(1)} ms  (same result: ${same(disk.result)})`)
    console.log(`  sequential, LMDB + 100 µs/read: ${slow.ms.toFixed(1)} ms  (same result: ${same(slow.result)})`)

    const counter = new CountingState(lmdb)
    await executeSequential(block, { state: counter })
    const c = counter.counts
    const per = (x: number) => (n === 0 ? 0 : x / n).toFixed(2)
    console.log(
      `  base reads per tx: ${per(counter.total)} (account ${per(c.account)}, storage ${per(c.storage)}, code ${per(c.code)}, blockHash ${per(c.blockHash)});` +
        ` distinct per tx: account ${per(counter.distinct.account.size)}, storage ${per(counter.distinct.storage.size)}, code ${per(counter.distinct.code.size)}`,
    )
    console.log(`  100 µs × storage reads alone would be ${((c.storage * 100) / 1000).toFixed(1)} ms; all reads ${((counter.total * 100) / 1000).toFixed(1)} ms`)
    await lmdb.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// ---- LatencyState accuracy ----

const NULL_STATE: BaseState = {
  account: () => undefined,
  code: () => new Uint8Array(0),
  storage: () => new Uint8Array(0),
  blockHash: () => undefined,
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

async function measure(mode: LatencyMode, us: number, inFlight: number, rounds: number) {
  const s = new LatencyState(NULL_STATE, { latencyUs: us, mode })
  const lat: number[] = []
  const round = async (record: boolean) => {
    const t = performance.now()
    if (mode === 'sync') {
      // Synchronous: the "in flight" reads run one after another.
      for (let i = 0; i < inFlight; i++) {
        s.account('00')
        if (record) lat.push((performance.now() - t) * 1000)
      }
      return
    }
    const ps: Promise<unknown>[] = []
    for (let i = 0; i < inFlight; i++)
      ps.push((s.account('00') as Promise<unknown>).then(() => record && lat.push((performance.now() - t) * 1000)))
    await Promise.all(ps)
  }
  for (let i = 0; i < 50; i++) await round(false)
  const c0 = process.cpuUsage()
  const w0 = performance.now()
  for (let r = 0; r < rounds; r++) await round(true)
  const wallUs = (performance.now() - w0) * 1000
  const c = process.cpuUsage(c0)
  const cpu = c.user + c.system
  lat.sort((a, b) => a - b)
  const mean = lat.reduce((x, y) => x + y, 0) / lat.length
  return {
    mode,
    'req µs': us,
    'in flight': inFlight,
    'mean µs': +mean.toFixed(1),
    'p50 µs': +pct(lat, 0.5).toFixed(1),
    'p99 µs': +pct(lat, 0.99).toFixed(1),
    'round µs': +(wallUs / rounds).toFixed(1),
    'CPU µs/read': +(cpu / (rounds * inFlight)).toFixed(1),
    'CPU/wall': +(cpu / wallUs).toFixed(2),
  }
}

async function accuracy(modes: LatencyMode[]): Promise<void> {
  const rows = []
  for (const mode of modes)
    for (const us of [20, 50, 100, 500]) for (const inFlight of [1, 8]) rows.push(await measure(mode, us, inFlight, us >= 500 ? 400 : 1500))
  console.table(rows)
  if (modes.includes('hybrid')) console.log('hybrid clock:', IoClock.for('hybrid').stats())
}

const args = process.argv.slice(2)
if (args[0] === 'accuracy') {
  const i = args.indexOf('--modes')
  await accuracy((i >= 0 ? args[i + 1] : 'hybrid,immediate,channel,sync').split(',') as LatencyMode[])
} else {
  const files = args.length > 0 ? args : [fileURLToPath(new URL('../../../fixtures/mainnet/19426587.json.gz', import.meta.url))]
  for (const f of files) await storageDemo(f)
}
