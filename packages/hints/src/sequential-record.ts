/**
 * The actual access sets: the same recording as the simulation, but over the
 * sequential execution (each transaction against the state after all earlier ones).
 * This is what the hints are judged against, and the graph of what really conflicted.
 */
import type { TxAccess } from './access.js'
import { BlockState, InMemoryState, TxState, checkStatic, makeBlockEnv, makeEvm, prepareTx, processTx } from './deps.js'
import type { BaseState, BlockInput } from './deps.js'
import { RecordingReader } from './recording-reader.js'
import { writeSetOf } from './write-set.js'

/** Throws InvalidTransactionError if the block is invalid (as the sequential engine does). */
export async function recordSequential(block: BlockInput, base: BaseState = InMemoryState.fromBlock(block)): Promise<TxAccess[]> {
  const env = makeBlockEnv(block)
  const blockState = new BlockState(base)
  const reader = new RecordingReader(blockState)
  const txState = new TxState(reader)
  const evm = await makeEvm(env, txState, base)
  const out: TxAccess[] = []
  let gasUsed = 0n
  for (const input of block.transactions) {
    const t0 = performance.now()
    const tx = prepareTx(input, env)
    checkStatic(tx, env, gasUsed)
    reader.begin(blockState)
    txState.reset(reader)
    const o = await processTx(evm, env, tx)
    const { writes, deltas } = await writeSetOf(txState.writes, reader)
    await blockState.apply(txState.writes)
    gasUsed += o.gasUsed
    out.push({ reads: reader.reads, writes, deltas, source: 'sequential', status: o.status, ms: performance.now() - t0 })
  }
  return out
}
