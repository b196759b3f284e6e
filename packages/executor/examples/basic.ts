/**
 * Execute a mainnet block sequentially and in parallel, and check both against
 * the header and each other.
 *   pnpm exec tsx --conditions=blockstm-src packages/executor/examples/basic.ts [FILE]
 */
import { fileURLToPath } from 'node:url'

import { ParallelExecutor, executeSequential, loadBlockFile, stateDiffHash } from '@blockstm/executor'

const file = process.argv[2] ?? fileURLToPath(new URL('../../../fixtures/mainnet/19934116.json.gz', import.meta.url))
const block = await loadBlockFile(file)
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

const seq = await executeSequential(block)
console.log(`block ${block.header.number} (${block.hardfork}): ${block.transactions.length} txs, gas ${seq.gasUsed}`)
console.log(`receipts root matches header: ${'0x' + hex(seq.receiptsRoot) === block.header.receiptsRoot}`)

const parallel = await ParallelExecutor.create({ workers: 2 })
try {
  // A small block: by default (minParallelGas) it would run on the sequential engine.
  // Strategy: the default, 'adaptive' (or 'blockstm', 'dag' with a graph, 'sequential').
  const par = await parallel.execute(block, { minParallelGas: 0 })
  const same = hex(par.receiptsRoot) === hex(seq.receiptsRoot) && hex(stateDiffHash(par.stateDiff)) === hex(stateDiffHash(seq.stateDiff))
  console.log(`parallel equals sequential: ${same}; strategy ${par.stats.strategy}, executions ${par.stats.executions}, re-executions ${par.stats.reExecutions}`)
} finally {
  await parallel.close()
}
