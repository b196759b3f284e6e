/**
 * The sequential engine: transactions in order over a flat block state. It is the
 * baseline the parallel engine is judged against, and the same transaction code.
 */
import { bytesToBigInt } from '@ethereumjs/util'

import { BlockState } from '../state/block-state.js'
import { EMPTY_CODE_HASH, InMemoryState } from '../state/base.js'
import type { AccountRecord, BaseState } from '../state/base.js'
import { TxState } from '../state/tx-state.js'
import { prepareTx } from '../tx/prepared.js'
import { checkStatic, executeTx, receiptOf } from '../tx/process.js'
import type { BlockInput, BlockResult, TxResult } from '../types.js'
import { bloomOr } from './bloom.js'
import { computeStateDiff } from './diff.js'
import type { DiffSource, PostAccount } from './diff.js'
import { makeBlockEnv } from './env.js'
import { makeEvm } from './evm.js'
import { receiptsRoot } from './receipts.js'
import { blockRequests } from './requests.js'
import type { BlockRequests } from './requests.js'
import { postBlockCalls, runPreBlockCalls, runSystemCalls } from './system-calls.js'
import type { BlockEnv } from './env.js'

export interface SequentialOptions {
  /** Base state; defaults to the block's pre-state in memory. */
  state?: BaseState
  /**
   * Make the system calls as a node does (default true; block/system-calls.ts): EIP-4788 /
   * EIP-2935 before the transactions, EIP-7002 / EIP-7251 after them, with the block's
   * requests in the result (Prague on). False executes the transactions alone.
   */
  systemCalls?: boolean
}

export async function executeSequential(block: BlockInput, opts: SequentialOptions = {}): Promise<BlockResult> {
  const base = opts.state ?? InMemoryState.fromBlock(block)
  const env = makeBlockEnv(block)
  const blockState = new BlockState(base)
  if (opts.systemCalls !== false) await runPreBlockCalls(block, env, blockState, base)
  const txState = new TxState(blockState)
  const evm = await makeEvm(env, txState, base)
  const txs: TxResult[] = []
  const bloom = new Uint8Array(256)
  let gasUsed = 0n
  for (const input of block.transactions) {
    const tx = prepareTx(input, env)
    checkStatic(tx, env, gasUsed)
    txState.reset(blockState)
    let out = executeTx(evm, env, tx, false)
    if (out instanceof Promise) out = await out
    const applied = blockState.apply(txState.writes)
    if (applied instanceof Promise) await applied
    gasUsed += out.gasUsed
    // A receipt without logs has a zero bloom.
    if (out.logs.length > 0) bloomOr(bloom, out.logsBloom)
    txs.push({
      index: tx.index,
      receipt: receiptOf(input.type, out, gasUsed, env.eip.byzantium),
      gasUsed: out.gasUsed,
      beneficiaryFee: out.beneficiaryFee,
      contractAddress: out.contractAddress,
      error: out.error,
    })
  }
  const requests = opts.systemCalls !== false ? await postBlock(block, env, txs, blockState, base) : undefined
  const stateDiff = await computeStateDiff(block.preState, blockDiffSource(blockState))
  return { txs, gasUsed, logsBloom: bloom, receiptsRoot: receiptsRoot(txs.map((t) => t.receipt)), stateDiff, ...requests }
}

/** Prague on: the post-block calls over the block's state, and the requests (block/requests.ts). */
export async function postBlock(block: BlockInput, env: BlockEnv, txs: TxResult[], state: BlockState, base: BaseState): Promise<BlockRequests | undefined> {
  const calls = postBlockCalls(block)
  if (calls.length === 0) return undefined
  const [withdrawals, consolidations] = (await runSystemCalls(calls, block, env, state, base, true)).outputs
  return blockRequests(txs, withdrawals!, consolidations!)
}

export function blockDiffSource(s: BlockState): DiffSource {
  const w = s.writes
  // Synchronous where the state is (in memory): computeStateDiff awaits only promises.
  const withCode = (r: AccountRecord | undefined): PostAccount | undefined | Promise<PostAccount> => {
    if (r === undefined) return undefined
    if (r.codeHash === EMPTY_CODE_HASH) return { balance: r.balance, nonce: r.nonce, code: new Uint8Array(0) }
    const code = s.code(r.codeHash)
    return code instanceof Promise ? code.then((c) => ({ balance: r.balance, nonce: r.nonce, code: c })) : { balance: r.balance, nonce: r.nonce, code }
  }
  return {
    addresses: new Set([...w.accounts.keys(), ...w.storage.keys()]),
    post: (addr) => {
      const r = s.account(addr)
      return r instanceof Promise ? r.then(withCode) : withCode(r)
    },
    writtenSlots: (addr) => {
      const st = w.storage.get(addr)
      return { slots: st?.slots.keys() ?? [], wiped: st?.cleared ?? false }
    },
    postSlot: (addr, slot) => {
      const v = s.storage(addr, slot)
      return v instanceof Promise ? v.then(bytesToBigInt) : bytesToBigInt(v)
    },
  }
}
