/**
 * The block's post-state as a diff against its pre-state (the rules of `AccountDiff` in types.ts):
 * for each written account, the fields whose final value differs from the pre-state (an account
 * absent before compares with the empty account), the storage slots whose value changed — every
 * pre-state slot and every written slot is compared, so storage wiped by a self-destruct or a
 * re-creation shows as slots now 0n — and `deleted: true` alone for an account that existed
 * before and does not after. An account absent before that exists after is always listed, even
 * when empty (before EIP-161 a zero-value call creates one: it now exists). Accounts that existed
 * and did not change are left out: which accounts an engine writes without changing them is an
 * implementation detail, not state.
 */
import { Address, bytesToBigInt, equalsBytes, hexToBytes } from '@ethereumjs/util'

import type { AccountDiff, Hex, PreStateAccount, StateDiff } from '../types.js'
import type { RecordingStateManager } from './state.js'

const EMPTY: PreStateAccount = { balance: 0n, nonce: 0n, code: new Uint8Array(), storage: new Map() }

export async function computeStateDiff(
  sm: RecordingStateManager,
  preState: Map<Hex, PreStateAccount>,
): Promise<StateDiff> {
  const out: StateDiff = new Map()
  const addresses = [...sm.written.keys()].sort()
  for (const addr of addresses) {
    const pre = preState.get(addr)
    const address = new Address(hexToBytes(addr))
    const post = await sm.getAccount(address)
    if (post === undefined) {
      if (pre !== undefined) out.set(addr, { deleted: true, storage: new Map() })
      continue
    }
    const base = pre ?? EMPTY
    const diff: AccountDiff = { storage: new Map() }
    if (post.balance !== base.balance) diff.balance = post.balance
    if (post.nonce !== base.nonce) diff.nonce = post.nonce
    const code = await sm.getCode(address)
    if (!equalsBytes(code, base.code)) diff.code = code

    const slots = new Set<Hex>([...base.storage.keys(), ...sm.written.get(addr)!])
    for (const slot of [...slots].sort()) {
      const now = bytesToBigInt(await sm.getStorage(address, hexToBytes(slot)))
      if (now !== (base.storage.get(slot) ?? 0n)) diff.storage.set(slot, now)
    }
    const changed =
      pre === undefined ||
      diff.balance !== undefined || diff.nonce !== undefined || diff.code !== undefined || diff.storage.size > 0
    if (changed) out.set(addr, diff)
  }
  return out
}
