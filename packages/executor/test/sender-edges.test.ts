/**
 * Sender edges (src/parallel/sender-edges.ts): the dependencies a block states through its
 * senders - a repeated sender's nonce, the beneficiary's balance that every earlier fee
 * credits - and what the parallel engine does with them on a pool's payout block
 * (mainnet 11814555: 577 of 579 transactions sent by the beneficiary).
 */
import test from 'ava'
import { fileURLToPath } from 'node:url'
import { DependencyGraph } from '@blockstm/scheduler'

import { executeSequential } from '../src/block/sequential.js'
import { loadBlockFile } from '../src/input/parse.js'
import { senderEdges, withSenderEdges } from '../src/parallel/sender-edges.js'
import { assertSameResult } from './helpers/compare.js'
import { Pools, checkParallel, runParallel } from './helpers/parallel.js'

const A = '0x00000000000000000000000000000000000000aa'
const B = '0x00000000000000000000000000000000000000bb'
const CB = '0x00000000000000000000000000000000000000cc'
const txs = (...from: string[]) => from.map((f) => ({ from: f as `0x${string}` }))

test('senderEdges: each repeated sender depends on its previous transaction', (t) => {
  t.deepEqual(senderEdges(txs(A, B, A, A, B), CB), [[0, 2], [2, 3], [1, 4]])
  t.deepEqual(senderEdges(txs(A, B), CB), [], 'no repeated sender, no beneficiary: nothing')
  t.deepEqual(senderEdges(txs(A, A.toUpperCase().replace('0X', '0x')), CB), [[0, 1]], 'addresses compare case-insensitively')
})

test('senderEdges: a beneficiary-sent transaction depends on every fee payer since the previous one, and on that one', (t) => {
  t.deepEqual(senderEdges(txs(A, B, CB, A, CB), CB), [[0, 2], [1, 2], [0, 3], [2, 4], [3, 4]])
  t.deepEqual(senderEdges(txs(CB, CB, CB), CB.toUpperCase().replace('0X', '0x')), [[0, 1], [1, 2]], 'a batch from the beneficiary is a chain')
  // The transitive closure reaches every earlier transaction: the balance includes all their fees.
  const n = 7
  const g = DependencyGraph.fromEdges(n, senderEdges(txs(A, B, CB, A, B, A, CB), CB))
  const reach = (j: number, seen = new Set<number>()): Set<number> => {
    for (let k = g.offsets[j]!; k < g.offsets[j + 1]!; k++) if (!seen.has(g.preds[k]!)) reach(g.preds[k]!, seen.add(g.preds[k]!))
    return seen
  }
  t.deepEqual([...reach(6)].sort(), [0, 1, 2, 3, 4, 5])
})

test('withSenderEdges: none leaves the graph as given; otherwise the union, normalized', (t) => {
  const g = DependencyGraph.fromEdges(4, [[0, 3]])
  t.is(withSenderEdges(4, g, []), g)
  t.is(withSenderEdges(4, undefined, []), undefined)
  const alone = withSenderEdges(4, undefined, [[1, 2]]) as DependencyGraph
  t.deepEqual([...alone.offsets], [0, 0, 0, 1, 1])
  const both = withSenderEdges(4, { offsets: g.offsets, preds: g.preds }, [[1, 3], [0, 3], [1, 2]]) as DependencyGraph
  t.deepEqual([...both.offsets], [0, 0, 0, 1, 3])
  t.deepEqual([...both.preds], [1, 1, 0], 'duplicates dropped, nearest first')
})

const pools = new Pools()
test.after.always(() => pools.closeAll())

test.serial('a payout block from the beneficiary: the default runs it on the sequential engine (sender edges allow ~1x); forced parallel, dag follows the chain without re-executing it', async (t) => {
  const block = await loadBlockFile(fileURLToPath(new URL('../../../fixtures/mainnet/11814555.json.gz', import.meta.url)))
  const n = block.transactions.length
  const want = await executeSequential(block)
  const ex = await pools.get(2)

  const { stats: _s, ...dfltResult } = await ex.execute(block, { minParallelGas: 0 })
  const dflt = { ...dfltResult, stats: _s }
  assertSameResult(t, want, dfltResult, 'default')
  t.true(dflt.stats.sequentialFallback)
  t.regex(dflt.stats.fallbackReason ?? '', /^sender edges allow at most 1\.\d\dx on 2 workers$/)
  t.is(dflt.stats.senderEdges, senderEdges(block.transactions, block.header.coinbase).length)
  t.true(dflt.stats.senderEdges! > n * 0.9, `${dflt.stats.senderEdges} sender edges`)

  for (let round = 0; round < 3; round++) {
    const dag = await runParallel(pools, block, { workers: 2, strategy: 'dag' })
    checkParallel(t, block, want, dag, 'dag + sender edges')
    t.false(dag.stats.sequentialFallback)
    // Only a stalled execution the next one overtook can still be re-run; nothing like the
    // one-per-transaction cascade the block has without the edges.
    t.true(dag.stats.reExecutions < n / 10, `dag + sender edges: ${dag.stats.reExecutions} re-executions of ${n} transactions`)
    const bare = await runParallel(pools, block, { workers: 2, strategy: 'adaptive' }, { senderEdges: false })
    checkParallel(t, block, want, bare, 'adaptive without sender edges')
    t.is(bare.stats.senderEdges, undefined)
    t.is(bare.stats.predictedSpeedup, undefined, 'no graph at all without them')
  }
})
