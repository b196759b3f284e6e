import test from 'ava'

import { ParallelExecutor, executeSequential, stateDiffHash } from './executor.js'
import { simulateHints } from '../src/index.js'
import { workload } from './helpers.js'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

test('dag with the hints graph = sequential (receiptsRoot, stateDiffHash)', async (t) => {
  const ex = await ParallelExecutor.create({ workers: 2 })
  try {
    for (const [name, hotRatio, opts] of [
      ['hybrid', 0.3, { mode: 'both' }],
      ['chain-erc20', 0, { mode: 'both' }],
      ['hybrid', 0.3, { mode: 'static', unknownCalls: 'callee' }],
      ['hybrid', 0.3, { mode: 'static', unknownCalls: 'learn' }],
      ['uniswap', 0.3, { mode: 'static', unknownCalls: 'learn' }],
    ] as const) {
      const block = workload(name, { hotRatio, scale: 0.004 })
      const seq = await executeSequential(block)
      const hints = await simulateHints(block, opts)
      t.true(hints.graph.edgeCount > 0)
      const par = await ex.execute(block, { strategy: 'dag', graph: hints.graph, minPredictedSpeedup: 0, minParallelGas: 0 })
      t.is(hex(par.receiptsRoot), hex(seq.receiptsRoot), name)
      t.is(hex(stateDiffHash(par.stateDiff)), hex(stateDiffHash(seq.stateDiff)), name)
      t.is(par.gasUsed, seq.gasUsed)
      t.is(par.stats.strategy, 'dag')
      t.log(`${name} ${JSON.stringify(opts)}: ${block.transactions.length} txs, ${hints.graph.edgeCount} edges, re-executions ${par.stats.reExecutions}`)
    }
  } finally {
    await ex.close()
  }
})
