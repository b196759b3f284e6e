/**
 * Hints for a generated block, then the parallel engine steered by them.
 *
 *   node scripts/bundle-workers.mjs
 *   pnpm exec tsx --conditions=blockstm-src packages/hints/examples/basic.ts
 */
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import { ParallelExecutor, executeSequential, parseBlockJson, stateDiffHash } from '@blockstm/executor'
import { HintsEngine, accuracy, edgeCoverage, recordSequential } from '@blockstm/hints'

const block = parseBlockJson(generateWorkload('hybrid', { scale: 0.005, hotRatio: 0.3 }))

// Simulate every transaction alone on 2 worker threads (static ERC20 templates where they apply).
const hints = await HintsEngine.create({ workers: 2 })
const h = await hints.hints(block, { mode: 'both' })
await hints.close()
console.log(`${block.transactions.length} txs: ${h.graph.edgeCount} predicted edges in ${h.timings.totalMs.toFixed(1)} ms`)
console.log(`prefetch: ${h.prefetch.accounts.length} accounts, ${h.prefetch.slots.length} slots, ${h.prefetch.codeHashes.length} codes`)

// How good were they? Compare with what the sequential execution really touched.
const acc = accuracy(h.perTx, await recordSequential(block))
console.log(`edges: ${acc.edges.truePositives}/${acc.edges.actual} found, ${acc.edges.falsePositives} extra`)

// The graph only steers the `dag` strategy; the result is the sequential one either way.
const ex = await ParallelExecutor.create({ workers: 2 })
// minParallelGas 0: a block this small would otherwise run on the sequential engine.
// observeEdges: the dependencies the block really had, to judge the graph without a sequential recording.
const par = await ex.execute(block, { strategy: 'dag', graph: h.graph, minParallelGas: 0, observeEdges: true })
await ex.close()
const cov = edgeCoverage(h.graph, block.transactions.length, par.stats.observedEdges ?? [])
console.log(`observed: ${cov.observed} dependent txs, ${cov.ordered} ordered by the graph (recall ${cov.recall.toFixed(2)}), ${cov.needlessWaits.length} needless waits`)
const seq = await executeSequential(block)
const same = Buffer.from(stateDiffHash(par.stateDiff)).equals(Buffer.from(stateDiffHash(seq.stateDiff)))
console.log(`dag + hints: ${par.stats.reExecutions} re-executions, same post-state as sequential: ${same}`)
