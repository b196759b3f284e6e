/**
 * The pre-block system calls (system-calls.ts) for an engine that cannot run them in its
 * own state, such as the parallel one, whose workers read the block's pre-state image:
 * `preludeBlock` runs them over the in-memory pre-state and returns the same block with
 * their writes folded into its pre-state; the engine executes that block (without the
 * calls), and `composePreludeDiff` turns its diff - against the folded pre-state - into
 * the diff against the block's own pre-state.
 */
import { bytesToBigInt } from '@ethereumjs/util'

import { EMPTY_CODE_HASH, InMemoryState } from '../state/base.js'
import { BlockState } from '../state/block-state.js'
import type { AccountDiff, BlockInput, Hex, PreStateAccount, StateDiff } from '../types.js'
import { diffAccount } from './diff.js'
import type { PostAccount } from './diff.js'
import { makeBlockEnv } from './env.js'
import { needsPreBlockCalls, preBlockCalls, runPreBlockCalls } from './system-calls.js'

export interface Prelude {
  /** The block, its pre-state with the calls' writes folded in. */
  block: BlockInput
  /** The addresses the calls wrote (where the two pre-states differ). */
  written: Set<Hex>
}

const EMPTY = new Uint8Array(0)
// Per block object: a block executed again reuses its folded block (and so its cached image).
const preludes = new WeakMap<BlockInput, Prelude | null>()

/** The block with its pre-block calls applied; undefined when they change nothing (S2). */
export async function preludeBlock(block: BlockInput): Promise<Prelude | undefined> {
  if (!needsPreBlockCalls(block)) return undefined
  const known = preludes.get(block)
  if (known !== undefined) return known ?? undefined
  // Only the called contracts: the calls read their own accounts, not the block's.
  const called = new Map<Hex, PreStateAccount>()
  for (const c of preBlockCalls(block)) {
    const a = block.preState.get(c.to)
    if (a !== undefined) called.set(c.to, a)
  }
  const base = InMemoryState.fromBlock({ ...block, preState: called })
  const state = new BlockState(base)
  const written = await runPreBlockCalls(block, makeBlockEnv(block), state, base)
  let prelude: Prelude | null = null
  if (written.size > 0) {
    const preState = new Map(block.preState)
    for (const a of written) {
      const folded = await foldedAccount(state, a, block.preState.get(a))
      if (folded === undefined) preState.delete(a)
      else preState.set(a, folded)
    }
    prelude = { block: { ...block, preState }, written }
  }
  preludes.set(block, prelude)
  return prelude ?? undefined
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

/** `diff` (against `prelude.block`'s pre-state) as a diff against `pre`, the block's own. */
export function composePreludeDiff(pre: Map<Hex, PreStateAccount>, prelude: Prelude, diff: StateDiff): StateDiff {
  const out: StateDiff = new Map(diff)
  for (const a of prelude.written) {
    const d = diffAccount(pre.get(a), ...postOf(prelude.block.preState.get(a), diff.get(a), pre.get(a)))
    if (d === undefined) out.delete(a)
    else out.set(a, d)
  }
  return out
}

/** The account after the block from its folded pre-state and the engine's entry, with its candidate slots' values. */
function postOf(
  folded: PreStateAccount | undefined,
  entry: AccountDiff | undefined,
  before: PreStateAccount | undefined,
): [PostAccount | undefined, Map<string, bigint>] {
  const slots = new Map<string, bigint>()
  if (entry?.deleted || (entry === undefined && folded === undefined)) return [undefined, slots]
  const post: PostAccount = {
    balance: entry?.balance ?? folded?.balance ?? 0n,
    nonce: entry?.nonce ?? folded?.nonce ?? 0n,
    code: entry?.code ?? folded?.code ?? EMPTY,
  }
  // Every slot either pre-state holds or the engine wrote: the value is the engine's, else the folded one.
  for (const s of [...(before?.storage.keys() ?? []), ...(folded?.storage.keys() ?? []), ...(entry?.storage.keys() ?? [])]) {
    slots.set(s.slice(2), entry?.storage.get(s) ?? folded?.storage.get(s) ?? 0n)
  }
  return [post, slots]
}
