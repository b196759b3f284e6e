/**
 * Pre-block system calls: before a block's first transaction, the client calls a
 * system contract as SYSTEM_ADDRESS, so that the block's transactions can read what
 * the call stored:
 * - EIP-4788 (Cancun on): BEACON_ROOTS_ADDRESS with the header's parentBeaconBlockRoot;
 *   the canonical code stores the timestamp and the root in two ring-buffer slots.
 * - EIP-2935 (Prague on): HISTORY_STORAGE_ADDRESS with the header's parentHash; the
 *   canonical code stores it at slot (number - 1) % 8191.
 *
 * As the EIPs (and geth) say, the call runs the contract's code: 30M gas that neither
 * counts against the block nor is paid for, no nonce, no value; SYSTEM_ADDRESS itself
 * is not touched (its writes are dropped), and a call that fails changes nothing and
 * does not fail the block. An address without code is skipped. A header without the
 * root or parent hash calls with 32 zero bytes, as ethereumjs's header defaults them.
 *
 * Rules S1–S2, relied on by the engines:
 * - S1: the calls only write state; they emit no receipt and use none of the block's gas.
 * - S2: a block whose pre-state has no code at any called address is not changed by them
 *   (`needsPreBlockCalls` is false), so engines skip all of this at no cost.
 */
import type { EVM } from '@ethereumjs/evm'
import { Address, hexToBytes } from '@ethereumjs/util'

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

const SYSTEM_CALL_GAS = 30_000_000n
const ZERO32 = `0x${'0'.repeat(64)}` as Hex
const SYSTEM_KEY = SYSTEM_ADDRESS.slice(2)

export interface SystemCall {
  eip: 4788 | 2935
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

/** S2 on the block's in-memory pre-state: whether any call would find code to run. */
export function needsPreBlockCalls(block: BlockInput): boolean {
  return preBlockCalls(block).some((c) => (block.preState.get(c.to)?.code.length ?? 0) > 0)
}

/**
 * Runs the pre-block calls over `blockState` (writes applied to it). Returns the
 * addresses the calls wrote, empty when none ran. `base` answers BLOCKHASH.
 */
export async function runPreBlockCalls(block: BlockInput, env: BlockEnv, blockState: BlockState, base: BaseState): Promise<Set<Hex>> {
  const written = new Set<Hex>()
  const txState = new TxState(blockState)
  let evm: EVM | undefined
  for (const call of preBlockCalls(block)) {
    const account = await blockState.account(call.to.slice(2))
    if (account === undefined || account.codeHash === EMPTY_CODE_HASH) continue
    // Its own EVM: a system call shares no warm set or transient storage with transactions.
    evm ??= await makeEvm(env, txState, base)
    txState.reset(blockState)
    await systemCall(evm, env, call)
    dropSystemAddress(txState)
    for (const a of txState.writes.accounts.keys()) written.add(`0x${a}` as Hex)
    for (const a of txState.writes.storage.keys()) written.add(`0x${a}` as Hex)
    await blockState.apply(txState.writes)
  }
  return written
}

async function systemCall(evm: EVM, env: BlockEnv, call: SystemCall): Promise<void> {
  const journal = evm.journal
  await journal.cleanup()
  await journal.checkpoint()
  try {
    // A failing call is reverted by the EVM itself; the block goes on (see the header).
    await evm.runCall({
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
