/**
 * Static hints: access sets predicted from the transaction and the pre-state alone.
 *
 *  - plain transfer (no calldata, recipient without code): sender and recipient;
 *  - a call whose function has a learned template (template.ts; ERC20 transfer,
 *    transferFrom, approve by default) on a contract with the same code;
 *  - anything else: only the sender and the callee's account ('sender-only',
 *    incomplete: in mode 'both' such transactions are simulated instead).
 */
import type { TxAccess } from './access.js'
import { EMPTY_CODE_HASH } from './deps.js'
import type { AccountRecord, PreparedTx, TxInput } from './deps.js'
import { hexOf } from './hex.js'
import { accountLoc, balanceLoc, codeLoc } from './location.js'
import { selectorOf } from './roles.js'
import { addSenderAccess } from './sender-rule.js'

/** ERC20 transfer(address,uint256), transferFrom(address,address,uint256), approve(address,uint256). */
export const ERC20_SELECTORS: readonly string[] = ['a9059cbb', '23b872dd', '095ea7b3']

export type StaticClass =
  | { kind: 'plain' }
  /** A call a template may describe; `key` is `${codeHash}:${selector}`. */
  | { kind: 'call'; key: string }
  | { kind: 'unknown' }

/** `account` looks up the pre-state (synchronously: the in-memory pre-state). */
export function classify(tx: TxInput, account: (addr: string) => AccountRecord | undefined, selectors: ReadonlySet<string>): StaticClass {
  if (tx.to === null || tx.type === 4) return { kind: 'unknown' }
  const callee = account(tx.to.slice(2))
  const codeHash = callee?.codeHash ?? EMPTY_CODE_HASH
  if (codeHash === EMPTY_CODE_HASH) return tx.data.length === 0 && !isPrecompile(tx.to) ? { kind: 'plain' } : { kind: 'unknown' }
  const sel = selectorOf(tx.data)
  if (sel !== undefined && selectors.has(sel)) return { kind: 'call', key: `${codeHash}:${sel}` }
  return { kind: 'unknown' }
}

/** Precompiles live at the lowest addresses (0x01..0x11 in Prague); the EVM runs them. */
function isPrecompile(to: string): boolean {
  return BigInt(to) <= 0xffn
}

function beneficiary(a: TxAccess, tx: PreparedTx, coinbase: string): void {
  // A positive fee is a lazy credit; a zero one only touches (reads) the account.
  if (tx.inclusionFeePerGas > 0n) a.deltas.add(balanceLoc(coinbase))
  else readAccount(a, coinbase)
}

function readAccount(a: TxAccess, addr: string): void {
  a.reads.add(accountLoc(addr))
  a.reads.add(balanceLoc(addr))
  a.reads.add(codeLoc(addr))
}

/**
 * What a plain value transfer reads and writes, by the executor's rules
 * (packages/executor/src/tx/process.ts, plainTransfer): with a value, the recipient
 * is checked for code (its CODEHASH alone) and credited lazily (a delta, like the
 * fee), so transfers to one popular recipient do not conflict; without a value the
 * EVM runs and reads the whole recipient account. The test "static plain transfer
 * equals its simulation" catches any drift from the executor.
 */
export function plainTransferAccess(tx: PreparedTx, coinbase: string): TxAccess {
  const a: TxAccess = { reads: new Set(), writes: new Set(), deltas: new Set(), source: 'static' }
  const sender = tx.callerKey
  const to = tx.toKey!
  readAccount(a, sender)
  a.writes.add(accountLoc(sender)) // nonce
  if (tx.gasPrice > 0n || (tx.input.value > 0n && to !== sender)) a.writes.add(balanceLoc(sender))
  if (tx.input.value > 0n) {
    a.reads.add(codeLoc(to))
    if (to !== sender) a.deltas.add(balanceLoc(to))
  } else {
    // Through the EVM: a zero-value call touches the recipient; a missing one stays missing (EIP-161).
    readAccount(a, to)
  }
  beneficiary(a, tx, coinbase)
  return a
}

/** The sender rule plus a read of the callee: all static analysis knows of an unknown call. */
export function senderOnlyAccess(tx: PreparedTx, coinbase: string): TxAccess {
  const a: TxAccess = { reads: new Set(), writes: new Set(), deltas: new Set(), source: 'sender-only' }
  addSenderAccess(a, tx.input)
  if (tx.toKey !== undefined) readAccount(a, tx.toKey)
  beneficiary(a, tx, coinbase)
  return a
}

/**
 * Ordering keys of an unknown call (TxAccess.orderedOn), or undefined for 'sender'.
 * 'arguments': the address arguments are the 32-byte calldata words that look like an
 * address (top 12 bytes zero, value ≥ 2^128: real addresses, not amounts), the sender's
 * own address excepted. One of them: the callee with it. Several: the callee with each
 * PAIR of them, so two calls must share two addresses to be ordered: swaps through a
 * router on the same pool share both tokens, swaps on pools that share one token do not
 * (they meet in no pool; Block-STM's validation still catches what this misses).
 * None: the callee alone. At most MAX_ADDRESS_ARGS addresses are used.
 */
export function orderingKeys(tx: TxInput, mode: 'sender' | 'callee' | 'arguments' | 'learn'): string[] | undefined {
  if (mode === 'sender' || tx.to === null) return undefined
  const callee = tx.to.slice(2).toLowerCase()
  if (mode === 'callee') return [callee]
  const addresses = addressArguments(tx)
  if (addresses.length === 0) return [callee]
  if (addresses.length === 1) return [callee + addresses[0]]
  const keys: string[] = []
  for (let i = 0; i < addresses.length; i++) for (let j = i + 1; j < addresses.length; j++) keys.push(callee + addresses[i] + addresses[j])
  return keys
}

const MAX_ADDRESS_ARGS = 6

/** Distinct address-like calldata words, sorted, the sender's own excepted (see orderingKeys). */
export function addressArguments(tx: TxInput): string[] {
  return addressWords(tx).sort()
}

/** Distinct address-like calldata words in calldata order, the sender's own excepted. */
export function addressWords(tx: TxInput): string[] {
  const sender = tx.from.slice(2).toLowerCase()
  const found = new Set<string>()
  const d = tx.data
  for (let at = 4; at + 32 <= d.length && found.size < MAX_ADDRESS_ARGS; at += 32) {
    let top = 0
    for (let k = at; k < at + 12; k++) top |= d[k]
    // ≥ 2^128: one of the 4 bytes above the low 16 is non-zero.
    if (top !== 0 || (d[at + 12] | d[at + 13] | d[at + 14] | d[at + 15]) === 0) continue
    const address = hexOf(d, at + 12, at + 32)
    if (address !== sender) found.add(address)
  }
  return [...found]
}
