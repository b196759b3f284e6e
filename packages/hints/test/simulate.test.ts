import test from 'ava'

import { HintsEngine, accuracy, recordSequential, simulateHints } from '../src/index.js'
import type { TxAccess } from '../src/index.js'
import { preds, workload } from './helpers.js'

const plain = (a: TxAccess) => ({ reads: [...a.reads].sort(), writes: [...a.writes].sort(), deltas: [...a.deltas].sort() })

test('erc20: simulated alone = recorded over the sequential execution (independent transfers)', async (t) => {
  const block = workload('erc20')
  const h = await simulateHints(block)
  const acc = accuracy(h.perTx, await recordSequential(block))
  t.is(acc.exactTxs, block.transactions.length)
  t.is(acc.edges.falseNegatives + acc.edges.falsePositives, 0)
  // Token balance slots are read and written; the fee is a lazy credit on the coinbase, never an edge by itself.
  const coinbase = 'b' + block.header.coinbase.slice(2)
  t.true(h.perTx.every((a) => a.deltas.has(coinbase) && !a.reads.has(coinbase)))
  t.true(h.perTx.every((a) => [...a.writes].filter((l) => l[0] === 's').length === 2))
  t.true(h.timings.simulateMs > 0)
  t.is(h.timings.simulated, block.transactions.length)
})

test('the worker pool gives the same hints as this thread', async (t) => {
  const block = workload('hybrid', { hotRatio: 0.3 })
  const engine = await HintsEngine.create({ workers: 2 })
  try {
    const [pooled, local] = [await engine.hints(block), await simulateHints(block, { workers: 0 })]
    t.is(pooled.timings.workers, 2)
    t.true(pooled.timings.startupMs > 0)
    t.deepEqual(pooled.perTx.map(plain), local.perTx.map(plain))
    t.deepEqual([...pooled.graph.preds], [...local.graph.preds])
    t.deepEqual(pooled.prefetch, local.prefetch)
  } finally {
    await engine.close()
  }
})

test('chain-erc20: every tx i > 0 gets the edge i-1 → i, simulated (repaired) or static', async (t) => {
  const block = workload('chain-erc20')
  const n = block.transactions.length
  for (const mode of ['simulate', 'static', 'both'] as const) {
    const h = await simulateHints(block, { mode })
    for (let i = 1; i < n; i++) t.deepEqual(preds(h.graph, i), [i - 1], `${mode}: tx ${i}`)
    t.is(h.graph.edgeCount, n - 1)
  }
  // Alone, tx i > 0 has nothing to send yet: it reverts, and only the repair finds the chain.
  const raw = await simulateHints(block, { repair: false })
  t.true(raw.graph.edgeCount < n / 2)
  t.true(raw.perTx.slice(1).every((a) => a.status === 0))
})

test('a sender\'s later transactions are patched and depend on its earlier ones', async (t) => {
  // Every tx between the 4 hot accounts of 40: senders repeat, so later txs are invalid alone (nonce too high).
  const block = workload('raw', { numEoa: 40, hotRatio: 1 })
  const h = await simulateHints(block)
  const last = new Map<string, number>()
  let patched = 0
  block.transactions.forEach((tx, j) => {
    const a = h.perTx[j]
    if (a.patched) patched++
    t.is(a.invalid, undefined)
    const prev = last.get(tx.from)
    if (prev !== undefined) t.true(preds(h.graph, j)[0] >= prev, `tx ${j} waits for ${prev} or later`)
    last.set(tx.from, j)
  })
  t.true(patched > 0)
  const acc = accuracy(h.perTx, await recordSequential(block))
  t.is(acc.edges.falseNegatives, 0)
})

test('static plain transfers equal their simulation', async (t) => {
  const block = workload('raw')
  const [s, sim] = [await simulateHints(block, { mode: 'static' }), await simulateHints(block)]
  t.is(s.timings.staticTxs, block.transactions.length)
  t.is(s.timings.simulated, 0)
  t.deepEqual(s.perTx.map(plain), sim.perTx.map(plain))
})
