/**
 * System calls: the client calls a system contract as SYSTEM_ADDRESS before a block's
 * first transaction, so that the block's transactions can read what the call stored:
 * - EIP-4788 (Cancun on): BEACON_ROOTS_ADDRESS with the header's parentBeaconBlockRoot;
 *   the canonical code stores the timestamp and the root in two ring-buffer slots.
 * - EIP-2935 (Prague on): HISTORY_STORAGE_ADDRESS with the header's parentHash; the
 *   canonical code stores it at slot (number - 1) % 8191.
 *
 * and after its last transaction, from Prague, to dequeue the requests that transactions
 * queued (EIP-7685; block/requests.ts):
 * - EIP-7002: WITHDRAWAL_QUEUE_ADDRESS returns the withdrawal requests, 76 bytes each;
 * - EIP-7251: CONSOLIDATION_QUEUE_ADDRESS returns the consolidation requests, 116 bytes each.
 *
 * As the EIPs (and geth) say, a call runs the contract's code: 30M gas that neither
 * counts against the block nor is paid for, no nonce, no value; SYSTEM_ADDRESS itself
 * is not touched (its writes are dropped). A pre-block call that fails changes nothing
 * and the block goes on; a post-block call that fails makes the block invalid
 * (InvalidBlockError). An address without code in the block's pre-state is skipped (S4;
 * the pre-states of the fixtures are partial; a node's state always has the contracts).
 * A header without the root or parent hash calls with 32 zero bytes, as ethereumjs's
 * header defaults them.
 *
 * Rules S1–S4, relied on by the engines:
 * - S1: the calls only write state; they emit no receipt and use none of the block's gas.
 * - S2: a block whose pre-state has no code at any pre-block address is not changed by
 *   those calls (`needsPreBlockCalls` is false), so engines skip them at no cost.
 * - S3: the post-block calls read and write only their own contracts' state, after every
 *   transaction: an engine may run them over its final state, however it got there.
 * - S4: whether a call runs is decided by the block's pre-state, which holds every account
 *   the block touches (the diff is taken against it): no code there, no call, whatever base
 *   state an engine reads. So every engine, over any base state, makes the same calls.
 */
import type { EVM, ExecResult } from '@ethereumjs/evm'
import { Address, hexToBytes } from '@ethereumjs/util'

import { InvalidBlockError } from '../errors.js'
import { atLeast } from '../input/hardfork.js'
import { EMPTY_CODE_HASH } from '../state/base.js'
import type { BaseState } from '../state/base.js'
import type { BlockState } from '../state/block-state.js'
import { TxState } from '../state/tx-state.js'
import type { BlockInput, Hex } from '../types.js'
import type { BlockEnv } from './env.js'
import { makeEvm } from './evm.js'

export const SYSTEM_ADDRESS = '0xfffffffffffffffffffffffffffffffffffffffe' as Hex
export const BEACON_ROOTS_ADDRESS = '0x000f3df6d732807ef1319fb7b8bb8522d0beac02' as Hex
export const HISTORY_STORAGE_ADDRESS = '0x0000f90827f1c53a10cb7a02335b175320002935' as Hex
export const WITHDRAWAL_QUEUE_ADDRESS = '0x00000961ef480eb55e80d19ad83579a64c007002' as Hex
export const CONSOLIDATION_QUEUE_ADDRESS = '0x0000bbddc7ce488642fb579f8b00f3a590007251' as Hex

const SYSTEM_CALL_GAS = 30_000_000n
const ZERO32 = `0x${'0'.repeat(64)}` as Hex
const SYSTEM_KEY = SYSTEM_ADDRESS.slice(2)

export interface SystemCall {
  eip: 4788 | 2935 | 7002 | 7251
  /** The system contract (lower-case 0x hex). */
  to: Hex
  data: Uint8Array
}

/** The calls `block`'s hardfork makes before its transactions, in order (4788, then 2935). */
export function preBlockCalls(block: BlockInput): SystemCall[] {
  const calls: SystemCall[] = []
  const h = block.header
  if (atLeast(block.hardfork, 'cancun')) {
    calls.push({ eip: 4788, to: BEACON_ROOTS_ADDRESS, data: hexToBytes(h.parentBeaconBlockRoot ?? ZERO32) })
  }
  if (atLeast(block.hardfork, 'prague')) {
    calls.push({ eip: 2935, to: HISTORY_STORAGE_ADDRESS, data: hexToBytes(h.parentHash ?? ZERO32) })
  }
  return calls
}

const NO_DATA = new Uint8Array(0)

/** The calls `block`'s hardfork makes after its transactions, in order (7002, then 7251). */
export function postBlockCalls(block: BlockInput): SystemCall[] {
  if (!atLeast(block.hardfork, 'prague')) return []
  return [
    { eip: 7002, to: WITHDRAWAL_QUEUE_ADDRESS, data: NO_DATA },
    { eip: 7251, to: CONSOLIDATION_QUEUE_ADDRESS, data: NO_DATA },
  ]
}

/** S4: whether the block's pre-state has code at the call's address. */
const hasCode = (block: BlockInput, c: SystemCall): boolean => (block.preState.get(c.to)?.code.length ?? 0) > 0

/** S2 with S4: whether any pre-block call will run. */
export function needsPreBlockCalls(block: BlockInput): boolean {
  return preBlockCalls(block).some((c) => hasCode(block, c))
}

/** What `runSystemCalls` did: the addresses written, and each call's output (empty where skipped). */
export interface SystemCallsRun {
  written: Set<Hex>
  outputs: Uint8Array[]
}

/**
 * Runs `calls` in order over `blockState` (their writes applied to it); `base` answers
 * BLOCKHASH. A call to an address without code is skipped; a failing call throws
 * InvalidBlockError when `mustSucceed` (the post-block calls), else changes nothing.
 */
export async function runSystemCalls(
  calls: SystemCall[],
  block: BlockInput,
  env: BlockEnv,
  blockState: BlockState,
  base: BaseState,
  mustSucceed: boolean,
): Promise<SystemCallsRun> {
  const run: SystemCallsRun = { written: new Set(), outputs: [] }
  const txState = new TxState(blockState)
  let evm: EVM | undefined
  for (const call of calls) {
    const account = hasCode(block, call) ? await blockState.account(call.to.slice(2)) : undefined
    if (account === undefined || account.codeHash === EMPTY_CODE_HASH) {
      run.outputs.push(NO_DATA)
      continue
    }
    // Its own EVM: a system call shares no warm set or transient storage with transactions.
    evm ??= await makeEvm(env, txState, base)
    txState.reset(blockState)
    const result = await systemCall(evm, env, call)
    if (result.exceptionError !== undefined && mustSucceed) {
      throw new InvalidBlockError(call.eip, `the system call to ${call.to} failed (${result.exceptionError.error})`)
    }
    run.outputs.push(result.exceptionError === undefined ? result.returnValue : NO_DATA)
    dropSystemAddress(txState)
    for (const a of txState.writes.accounts.keys()) run.written.add(`0x${a}` as Hex)
    for (const a of txState.writes.storage.keys()) run.written.add(`0x${a}` as Hex)
    await blockState.apply(txState.writes)
  }
  return run
}

/** The pre-block calls (a failing one changes nothing); returns the addresses they wrote. */
export async function runPreBlockCalls(block: BlockInput, env: BlockEnv, blockState: BlockState, base: BaseState): Promise<Set<Hex>> {
  return (await runSystemCalls(preBlockCalls(block), block, env, blockState, base, false)).written
}

async function systemCall(evm: EVM, env: BlockEnv, call: SystemCall): Promise<ExecResult> {
  const journal = evm.journal
  await journal.cleanup()
  await journal.checkpoint()
  try {
    // A failing call is reverted by the EVM itself.
    const result = await evm.runCall({
      block: env.evmBlock as never,
      gasPrice: 0n,
      caller: new Address(hexToBytes(SYSTEM_ADDRESS)),
      to: new Address(hexToBytes(call.to)),
      gasLimit: SYSTEM_CALL_GAS,
      value: 0n,
      data: call.data,
      skipNonceIncrement: true,
    })
    await journal.commit()
    return result.execResult
  } catch (e) {
    await journal.revert()
    throw e
  } finally {
    journal.cleanJournal()
  }
}

/** The EVM loads (and may store back) the caller's account; the EIPs leave it untouched. */
function dropSystemAddress(txState: TxState): void {
  const w = txState.writes
  w.accounts.delete(SYSTEM_KEY)
  w.storage.delete(SYSTEM_KEY)
  w.balanceDeltas.delete(SYSTEM_KEY)
}
