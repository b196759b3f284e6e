/**
 * Base state: the world before the block, behind a small async-capable interface.
 *
 * Keys are lower-case hex WITHOUT `0x`: an address is 40 chars, a storage slot and a
 * code hash 64 chars. Implementations may answer synchronously (in-memory) or with
 * a Promise (on-disk, remote, latency-injected); callers always `await`.
 */
import { KECCAK256_NULL_S } from '@ethereumjs/util'
import { keccak256 } from '../hash.js'

import type { BlockInput, Hex } from '../types.js'

export type MaybePromise<T> = T | Promise<T>

/** An account's fields that execution reads. */
export interface AccountRecord {
  nonce: bigint
  balance: bigint
  /** 64 hex chars, no 0x. `EMPTY_CODE_HASH` when the account has no code. */
  codeHash: string
  /** Whether the account has any non-zero storage slot (EIP-7610 collision check). */
  hasStorage: boolean
}

export interface BaseState {
  /** The account, or undefined when it does not exist. */
  account(address: string): MaybePromise<AccountRecord | undefined>
  /** Code by its hash (never asked for the empty code hash). */
  code(codeHash: string): MaybePromise<Uint8Array>
  /** A storage slot's value as minimal big-endian bytes (empty for zero). */
  storage(address: string, slot: string): MaybePromise<Uint8Array>
  /** BLOCKHASH answer, or undefined when unknown (the EVM then pushes zero). */
  blockHash(number: bigint): MaybePromise<Uint8Array | undefined>
}

export const EMPTY_CODE_HASH = KECCAK256_NULL_S.slice(2)
const EMPTY = new Uint8Array(0)

export function bigintToMinimalBytes(v: bigint): Uint8Array {
  if (v === 0n) return EMPTY
  let hex = v.toString(16)
  if (hex.length & 1) hex = '0' + hex
  return Buffer.from(hex, 'hex')
}

export function strip0x(h: Hex | string): string {
  return h.startsWith('0x') ? h.slice(2) : h
}

/** The embedded default: the block's pre-state held in memory. */
export class InMemoryState implements BaseState {
  private readonly accounts = new Map<string, AccountRecord>()
  private readonly codes = new Map<string, Uint8Array>()
  private readonly slots = new Map<string, Map<string, Uint8Array>>()
  private readonly hashes = new Map<bigint, Uint8Array>()

  static fromBlock(block: BlockInput): InMemoryState {
    const s = new InMemoryState()
    for (const [addr, acc] of block.preState) {
      const codeHash = acc.code.length === 0 ? EMPTY_CODE_HASH : Buffer.from(keccak256(acc.code)).toString('hex')
      if (acc.code.length > 0) s.codes.set(codeHash, acc.code)
      const a = strip0x(addr)
      s.accounts.set(a, { nonce: acc.nonce, balance: acc.balance, codeHash, hasStorage: acc.storage.size > 0 })
      const slots = new Map<string, Uint8Array>()
      for (const [slot, v] of acc.storage) slots.set(strip0x(slot), bigintToMinimalBytes(v))
      if (slots.size > 0) s.slots.set(a, slots)
    }
    for (const [n, h] of block.blockHashes) s.hashes.set(n, Buffer.from(strip0x(h), 'hex'))
    return s
  }

  account(address: string): AccountRecord | undefined {
    return this.accounts.get(address)
  }
  code(codeHash: string): Uint8Array {
    return this.codes.get(codeHash) ?? EMPTY
  }
  storage(address: string, slot: string): Uint8Array {
    return this.slots.get(address)?.get(slot) ?? EMPTY
  }
  blockHash(number: bigint): Uint8Array | undefined {
    return this.hashes.get(number)
  }
}
