/**
 * The reference oracle: executes a block with stock ethereumjs (`runTx` on a MerkleStateManager),
 * independently of the engines, and reports the result in the shared data model. Everything a
 * later test compares an engine with comes from here.
 *
 * The pre-block system calls (EIP-4788, EIP-2935) run first and the post-block ones
 * (EIP-7002, EIP-7251, with the block's requests) last unless `systemCalls` is false, as
 * `runBlock` makes them (system-calls.ts). Pre-merge block and uncle rewards and
 * withdrawals are a separate step (`applyBlockRewards`) and are not part of the result.
 */
import { Hardfork } from '@ethereumjs/common'
import { createVM, runTx } from '@ethereumjs/vm'
import type { RunTxResult } from '@ethereumjs/vm'

import type { BlockInput, BlockResult, TxResult } from '../types.js'
import { receiptsRoot } from '../block/receipts.js'
import { blockHashChain } from './chain.js'
import { referenceCommon } from './common.js'
import { computeStateDiff } from './diff.js'
import { ReferenceInvalidTxError } from './errors.js'
import { buildBlock } from './header.js'
import { toTxResult } from './receipt.js'
import { RecordingStateManager, seedState } from './state.js'
import { referencePostBlockCalls, referenceSystemCalls } from './system-calls.js'
import { buildTx } from './tx.js'

export interface ReferenceOptions {
  /** Called before each transaction runs (progress reporting). */
  onTx?(i: number): void
  /** Make the system calls before and after the transactions (default true). */
  systemCalls?: boolean
}

export async function executeReference(block: BlockInput, opts: ReferenceOptions = {}): Promise<BlockResult> {
  const common = referenceCommon(block.hardfork, block.chainId)
  const stateManager = new RecordingStateManager(common)
  await seedState(stateManager, block.preState)
  // createVM must get the same state manager it hands to the EVM (see shared notes).
  const vm = await createVM({ common, stateManager, blockchain: blockHashChain(block.blockHashes) })
  const ethBlock = buildBlock(block.header, common)
  const byzantium = common.gteHardfork(Hardfork.Byzantium)
  const maxBlobGas = common.isActivatedEIP(4844) ? common.param('maxBlobGasPerBlock') : 0n

  stateManager.recording = true
  if (opts.systemCalls !== false) await referenceSystemCalls(stateManager, common, block)
  const txs: TxResult[] = []
  const bloom = new Uint8Array(256)
  let gasUsed = 0n
  let blobGasUsed = 0n
  for (const input of block.transactions) {
    const i = input.index
    opts.onTx?.(i)
    const fail = (detail: string): never => {
      throw new ReferenceInvalidTxError(i, detail)
    }
    // runTx checks the tx against the block's whole gas limit; runBlock checks what is left.
    // The oracle runs txs one by one, so it does runBlock's check itself.
    if (input.gasLimit <= block.header.gasLimit && input.gasLimit > block.header.gasLimit - gasUsed) {
      fail(`tx gas limit ${input.gasLimit} exceeds the remaining gas in the block (${block.header.gasLimit - gasUsed})`)
    }
    if (input.type === 3) {
      blobGasUsed += common.param('blobGasPerBlob') * BigInt(input.blobVersionedHashes?.length ?? 0)
      if (blobGasUsed > maxBlobGas) fail(`blob gas ${blobGasUsed} exceeds the block maximum ${maxBlobGas}`)
    }
    let res: RunTxResult
    try {
      const tx = buildTx(input, common, block.chainId)
      res = await runTx(vm, { tx, block: ethBlock, blockGasUsed: gasUsed })
    } catch (e) {
      if (e instanceof ReferenceInvalidTxError) throw e
      return fail(e instanceof Error ? e.message : String(e))
    }
    gasUsed += res.totalGasSpent
    const result = toTxResult(input, res, gasUsed, byzantium)
    for (let k = 0; k < 256; k++) bloom[k] |= result.receipt.logsBloom[k]
    txs.push(result)
  }
  const requests = opts.systemCalls !== false ? await referencePostBlockCalls(vm, stateManager, common, txs) : undefined
  stateManager.recording = false

  return {
    txs,
    gasUsed,
    logsBloom: bloom,
    receiptsRoot: receiptsRoot(txs.map((t) => t.receipt)),
    stateDiff: await computeStateDiff(stateManager, block.preState),
    ...requests,
  }
}
