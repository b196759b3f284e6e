/**
 * System calls (system-calls.ts) for an engine that cannot run them in its own state, such
 * as the parallel one, whose workers read the block's pre-state image:
 * - before: `preludeBlock` runs the pre-block calls over the in-memory pre-state and returns
 *   the same block with their writes folded into its pre-state; the engine executes that
 *   block (without the calls), and `composePreludeDiff` turns its diff - against the folded
 *   pre-state - into the diff against the block's own pre-state.
 * - after (S3): `postBlockOnDiff` runs the post-block calls over the post-state that the
 *   engine's diff describes, for the called contracts only, and returns the diff with their
 *   writes and the block's requests.
 */
import { bytesToBigInt } from '@ethereumjs/util'

import { EMPTY_CODE_HASH, InMemoryState } from '../state/base.js'
import { BlockState } from '../state/block-state.js'
import type { AccountDiff, BlockInput, BlockResult, Hex, PreStateAccount, StateDiff } from '../types.js'
import { diffAccount } from './diff.js'
import { makeBlockEnv } from './env.js'
import type { BlockEnv } from './env.js'
import { blockRequests } from './requests.js'
import type { BlockRequests } from './requests.js'
import { needsPreBlockCalls, postBlockCalls, preBlockCalls, runSystemCalls } from './system-calls.js'
import type { SystemCall } from './system-calls.js'

export interface Prelude {
  /** The block, its pre-state with the calls' writes folded in. */
  block: BlockInput
  /** The addresses the calls wrote (where the two pre-states differ). */
  written: Set<Hex>
}

const EMPTY = new Uint8Array(0)
// Per block object: a block executed again reuses its folded block (and so its cached image).
const preludes = new WeakMap<BlockInput, Prelude | null>()

/** Drops the block's cached prelude; returns the folded block it had, if any. */
export function forgetPrelude(block: BlockInput): BlockInput | undefined {
  const p = preludes.get(block)
  preludes.delete(block)
  return p?.block
}

/** The block with its pre-block calls applied; undefined when they change nothing (S2). */
export async function preludeBlock(block: BlockInput): Promise<Prelude | undefined> {
  if (!needsPreBlockCalls(block)) return undefined
  const known = preludes.get(block)
  if (known !== undefined) return known ?? undefined
  const calls = preBlockCalls(block)
  const accounts = new Map<Hex, PreStateAccount | undefined>()
  for (const c of calls) accounts.set(c.to, block.preState.get(c.to))
  const { written, after } = await runOver(block, makeBlockEnv(block), calls, accounts, false)
  let prelude: Prelude | null = null
  if (written.size > 0) {
    const preState = new Map(block.preState)
    for (const a of written) {
      const folded = after.get(a)
      if (folded === undefined) preState.delete(a)
      else preState.set(a, folded)
    }
    prelude = { block: { ...block, preState }, written }
  }
  preludes.set(block, prelude)
  return prelude ?? undefined
}

/** `diff` (against `prelude.block`'s pre-state) as a diff against `pre`, the block's own. */
export function composePreludeDiff(pre: Map<Hex, PreStateAccount>, prelude: Prelude, diff: StateDiff): StateDiff {
  const out: StateDiff = new Map(diff)
  for (const a of prelude.written) setEntry(out, a, pre.get(a), accountAfter(prelude.block.preState.get(a), diff.get(a)))
  return out
}

/**
 * Prague on: the post-block calls over the post-state of `result` (the block's pre-state
 * with `result.stateDiff` applied), and the requests. Returns the diff with the calls'
 * writes, and the requests; undefined before Prague.
 */
export async function postBlockOnDiff(block: BlockInput, result: BlockResult): Promise<(BlockRequests & { stateDiff: StateDiff }) | undefined> {
  const calls = postBlockCalls(block)
  if (calls.length === 0) return undefined
  const accounts = new Map<Hex, PreStateAccount | undefined>()
  for (const c of calls) accounts.set(c.to, accountAfter(block.preState.get(c.to), result.stateDiff.get(c.to)))
  // No contract code to run (a partial pre-state): the requests are the deposits alone.
  if (![...accounts.values()].some((a) => (a?.code.length ?? 0) > 0)) return { stateDiff: result.stateDiff, ...blockRequests(result.txs, EMPTY, EMPTY) }
  const { written, after, outputs } = await runOver(block, makeBlockEnv(block), calls, accounts, true)
  const stateDiff: StateDiff = written.size > 0 ? new Map(result.stateDiff) : result.stateDiff
  for (const a of written) setEntry(stateDiff, a, block.preState.get(a), after.get(a))
  return { stateDiff, ...blockRequests(result.txs, outputs[0]!, outputs[1]!) }
}

/** Runs `calls` over a state holding only `accounts` (as they are before the calls); returns the written accounts as they are after. */
async function runOver(block: BlockInput, env: BlockEnv, calls: SystemCall[], accounts: Map<Hex, PreStateAccount | undefined>, mustSucceed: boolean) {
  const present = new Map<Hex, PreStateAccount>()
  for (const [a, acc] of accounts) if (acc !== undefined) present.set(a, acc)
  const base = InMemoryState.fromBlock({ ...block, preState: present })
  const state = new BlockState(base)
  const { written, outputs } = await runSystemCalls(calls, block, env, state, base, mustSucceed)
  const after = new Map<Hex, PreStateAccount | undefined>()
  for (const a of written) after.set(a, await foldedAccount(state, a, present.get(a)))
  return { written, after, outputs }
}

async function foldedAccount(state: BlockState, address: Hex, before: PreStateAccount | undefined): Promise<PreStateAccount | undefined> {
  const key = address.slice(2)
  const record = await state.account(key)
  if (record === undefined) return undefined
  const code = record.codeHash === EMPTY_CODE_HASH ? EMPTY : await state.code(record.codeHash)
  const w = state.writes.storage.get(key)
  const storage = new Map(w?.cleared ? [] : before?.storage)
  for (const [slot, bytes] of w?.slots ?? []) {
    const v = bytesToBigInt(bytes)
    if (v === 0n) storage.delete(`0x${slot}` as Hex)
    else storage.set(`0x${slot}` as Hex, v)
  }
  return { balance: record.balance, nonce: record.nonce, code, storage }
}

/** An account after a diff entry is applied to it (undefined: it does not exist). */
function accountAfter(before: PreStateAccount | undefined, entry: AccountDiff | undefined): PreStateAccount | undefined {
  if (entry === undefined) return before
  if (entry.deleted) return undefined
  const storage = new Map(before?.storage)
  for (const [slot, v] of entry.storage) {
    if (v === 0n) storage.delete(slot)
    else storage.set(slot, v)
  }
  return {
    balance: entry.balance ?? before?.balance ?? 0n,
    nonce: entry.nonce ?? before?.nonce ?? 0n,
    code: entry.code ?? before?.code ?? EMPTY,
    storage,
  }
}

/** Sets (or removes) `address`'s entry in `diff`: from `before` to `after`, under the diff's rules. */
function setEntry(diff: StateDiff, address: Hex, before: PreStateAccount | undefined, after: PreStateAccount | undefined): void {
  const slots = new Map<string, bigint>()
  for (const s of before?.storage.keys() ?? []) slots.set(s.slice(2), 0n)
  for (const [s, v] of after?.storage ?? []) slots.set(s.slice(2), v)
  const d = diffAccount(before, after, slots)
  if (d === undefined) diff.delete(address)
  else diff.set(address, d)
}
