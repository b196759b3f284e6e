/**
 * Executes transactions one at a time, each ALONE against the pre-block state, and
 * records what each reads and writes. One Simulator per thread (it owns an EVM).
 *
 * A transaction that is invalid alone because an earlier one of its sender comes
 * first (nonce too high) or pays it (insufficient funds) is run again with the
 * sender's nonce and balance patched, so its reads are those of the real call and
 * not just of the failed sender check. Anything still invalid keeps what it read
 * plus the sender rule (sender-rule.ts).
 */
import type { TxAccess } from './access.js'
import { InMemoryState, InvalidTransactionError, TxState, checkStatic, makeBlockEnv, makeEvm, prepareTx, processTx } from './deps.js'
import type { BaseState, BlockEnv, BlockInput, PreparedTx } from './deps.js'
import { RecordingReader } from './recording-reader.js'
import type { AccountPatch } from './recording-reader.js'
import { addSenderAccess } from './sender-rule.js'
import { writeSetOf } from './write-set.js'

type Evm = Awaited<ReturnType<typeof makeEvm>>

export interface SimulatedTx {
  access: TxAccess
  /** Code hashes read (content-addressed: not locations, but worth prefetching). */
  codeHashes: Set<string>
}

export class Simulator {
  private constructor(
    readonly block: BlockInput,
    readonly env: BlockEnv,
    readonly base: BaseState,
    private readonly reader: RecordingReader,
    private readonly txState: TxState,
    private readonly evm: Evm,
  ) {}

  static async create(block: BlockInput, base: BaseState = InMemoryState.fromBlock(block)): Promise<Simulator> {
    const env = makeBlockEnv(block)
    const reader = new RecordingReader(base)
    const txState = new TxState(reader)
    const evm = await makeEvm(env, txState, base)
    return new Simulator(block, env, base, reader, txState, evm)
  }

  async simulate(index: number): Promise<SimulatedTx> {
    const tx = prepareTx(this.block.transactions[index], this.env)
    let result = await this.run(tx, undefined)
    if (result instanceof InvalidTransactionError && (result.reason === 'NONCE_TOO_HIGH' || result.reason === 'INSUFFICIENT_FUNDS')) {
      const patch: AccountPatch = { address: tx.callerKey, nonce: tx.input.nonce, minBalance: tx.maxCost > tx.upfrontGasCost + tx.input.value ? tx.maxCost : tx.upfrontGasCost + tx.input.value }
      const reads = this.reader.reads
      const codeHashes = this.reader.codeHashes
      result = await this.run(tx, patch)
      for (const r of reads) this.reader.reads.add(r)
      for (const h of codeHashes) this.reader.codeHashes.add(h)
      if (!(result instanceof InvalidTransactionError)) result.access.patched = true
    }
    if (result instanceof InvalidTransactionError) {
      const access: TxAccess = { reads: this.reader.reads, writes: new Set(), deltas: new Set(), source: 'simulated', invalid: result.reason }
      addSenderAccess(access, tx.input)
      return { access, codeHashes: this.reader.codeHashes }
    }
    return result
  }

  private async run(tx: PreparedTx, patch: AccountPatch | undefined): Promise<SimulatedTx | InvalidTransactionError> {
    this.reader.begin(undefined, patch)
    this.txState.reset(this.reader)
    try {
      // Cumulative block gas depends on the transactions before: not a per-tx property.
      checkStatic(tx, this.env, 0n)
      const out = await processTx(this.evm, this.env, tx)
      const { writes, deltas } = await writeSetOf(this.txState.writes, this.reader)
      return { access: { reads: this.reader.reads, writes, deltas, source: 'simulated', status: out.status }, codeHashes: this.reader.codeHashes }
    } catch (e) {
      if (e instanceof InvalidTransactionError) return e
      throw e
    }
  }
}
