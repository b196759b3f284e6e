/**
 * SLOAD's gas and SSTORE (handler and gas) without @ethereumjs/util's padding.
 *
 * The stock code turns every storage key into bytes with `setLengthLeft(bigIntToBytes(key),
 * 32)`, and SSTORE's gas pads the current, original and new values the same way
 * (`setLengthLeftStorage`). For anything shorter than 32 bytes - a contract's plain
 * variables sit in slots 0..n, and most stored values are small numbers - that padding
 * spreads both arrays into a JS array (`new Uint8Array([...pad, ...bytes])`): on a block of
 * swaps ~4% of execution time, and garbage. Here a key goes through a DataView
 * (words.ts) and a value is padded with one copy; the gas rules are the stock ones for
 * the forks this covers - EIP-2200 net metering (Istanbul on), with EIP-2929's access
 * costs where active (Berlin on) - step for step: the same checks in the same order
 * (static call, stack underflow, the 2300-gas sentry), the same charges and refunds.
 *
 * Installed per EVM only where its fork is covered: Istanbul or later but not
 * Constantinople's EIP-1283, and none of EIP-6800/7864 (stateless access witnesses),
 * 7928 (block-level access lists), 8037/8038 (state gas); any other EVM keeps the stock
 * handlers, as does @ethereumjs/vm's EVM in the reference engine. A block's Common never
 * changes fork after set-up (evm.ts), so the choice is made once. Checked against the
 * stock handlers on every generated and mainnet block (the reference engine keeps them)
 * and, case by case, in test/storage-opcodes.test.ts.
 */
import { EVMError } from '@ethereumjs/evm'
import type { EVM } from '@ethereumjs/evm'
import { equalsBytes } from '@ethereumjs/util'

import { shortBytes, wordBytes } from './words.js'

interface Stack {
  readonly length: number
  pop(): bigint
  push(v: bigint): void
}
interface Journal {
  isWarmedStorage(address: Uint8Array, slot: Uint8Array): boolean
  addWarmedStorage(address: Uint8Array, slot: Uint8Array): void
}
interface Interpreter {
  isStatic(): boolean
  getAddress(): { bytes: Uint8Array }
  getGasLeft(): bigint
  refundGas(amount: bigint, context?: string): void
  subRefund(amount: bigint, context?: string): void
  storageLoad(key: Uint8Array, original?: boolean, trackBAL?: boolean): Promise<Uint8Array>
  storageStore(key: Uint8Array, value: Uint8Array): Promise<void>
  journal: Journal
}
interface RunState {
  stack: Stack
  interpreter: Interpreter
}
interface Common {
  param(name: string): bigint
  isActivatedEIP(eip: number): boolean
  hardfork(): string
  gteHardfork(hardfork: string): boolean
}
type GasHandler = (runState: RunState, gas: bigint, common: Common) => Promise<bigint> | bigint
type OpHandler = (runState: RunState, common: Common) => Promise<void>
interface OpEntry {
  opcodeInfo?: { name: string }
  opHandler: unknown
  gasHandler?: unknown
}

/** The fork's storage gas parameters, read once per EVM (Common.param is a lookup per call). */
interface Params {
  eip2929: boolean
  coldSload: bigint
  warmRead: bigint
  sentry: bigint
  noop: bigint
  init: bigint
  clean: bigint
  clearRefund: bigint
  initRefund: bigint
  cleanRefund: bigint
  reset: bigint
  dirty: bigint
}

function params(c: Common): Params {
  const eip2929 = c.isActivatedEIP(2929)
  return {
    eip2929,
    coldSload: eip2929 ? c.param('coldsloadGas') : 0n,
    warmRead: eip2929 ? c.param('warmstoragereadGas') : 0n,
    sentry: c.param('sstoreSentryEIP2200Gas'),
    noop: c.param('sstoreNoopEIP2200Gas'),
    init: c.param('sstoreInitEIP2200Gas'),
    clean: c.param('sstoreCleanEIP2200Gas'),
    clearRefund: c.param('sstoreClearRefundEIP2200Gas'),
    initRefund: c.param('sstoreInitRefundEIP2200Gas'),
    cleanRefund: c.param('sstoreCleanRefundEIP2200Gas'),
    reset: eip2929 ? c.param('sstoreResetGas') : 0n,
    dirty: c.param('sstoreDirtyEIP2200Gas'),
  }
}

const EMPTY = new Uint8Array(0)

function trap(error: string): never {
  throw new EVMError(error as ConstructorParameters<typeof EVMError>[0])
}

/** The top of the stack without popping it (stock: peek(), an array per call). */
function top(s: Stack): bigint {
  const v = s.pop()
  s.push(v)
  return v
}

/** A fresh 32-byte key: the state may keep it (the stock key is fresh too). */
function keyBytes(key: bigint): Uint8Array {
  return wordBytes(key).slice()
}

/** setLengthLeftStorage: empty if all zeros, else left-padded to 32 bytes. */
function padded(v: Uint8Array): Uint8Array {
  let i = 0
  while (i < v.length && v[i] === 0) i++
  if (i === v.length) return EMPTY
  if (v.length === 32) return v
  // As setLengthLeft: a plain error, not an EVM failure (a state never holds one).
  if (v.length > 32) throw new Error(`storage value of ${v.length} bytes exceeds 32`)
  const out = new Uint8Array(32)
  out.set(v, 32 - v.length)
  return out
}

/** accessStorageEIP2929 (no stateless EIPs): warms the slot; the cold or warm access cost. */
function access(r: RunState, p: Params, key: Uint8Array, isSstore: boolean): bigint {
  if (!p.eip2929) return 0n
  const it = r.interpreter
  const address = it.getAddress().bytes
  if (!it.journal.isWarmedStorage(address, key)) {
    it.journal.addWarmedStorage(address, key)
    return p.coldSload
  }
  return isSstore ? 0n : p.warmRead
}

/** adjustSstoreGasEIP2929: a warm slot's cheaper no-op cost or smaller refunds. */
function adjust(r: RunState, p: Params, key: Uint8Array, dflt: bigint, kind: 'noop' | 'initRefund' | 'cleanRefund'): bigint {
  if (!p.eip2929) return dflt
  if (!r.interpreter.journal.isWarmedStorage(r.interpreter.getAddress().bytes, key)) return dflt
  return kind === 'noop' ? p.warmRead : kind === 'initRefund' ? p.init - p.warmRead : p.reset - p.coldSload - p.warmRead
}

/** updateSstoreGasEIP2200, the stock rules in the stock order. */
function netMetering(r: RunState, p: Params, current: Uint8Array, original: Uint8Array, value: Uint8Array, key: Uint8Array): bigint {
  const it = r.interpreter
  if (it.getGasLeft() <= p.sentry) trap(EVMError.errorMessages.OUT_OF_GAS)
  if (equalsBytes(current, value)) return adjust(r, p, key, p.noop, 'noop')
  if (equalsBytes(original, current)) {
    if (original.length === 0) return p.init
    if (value.length === 0) it.refundGas(p.clearRefund, 'EIP-2200 -> sstoreClearRefundEIP2200')
    return p.clean
  }
  if (original.length > 0) {
    if (current.length === 0) it.subRefund(p.clearRefund, 'EIP-2200 -> sstoreClearRefundEIP2200')
    else if (value.length === 0) it.refundGas(p.clearRefund, 'EIP-2200 -> sstoreClearRefundEIP2200')
  }
  if (equalsBytes(original, value)) {
    if (original.length === 0) it.refundGas(adjust(r, p, key, p.initRefund, 'initRefund'), 'EIP-2200 -> initRefund')
    else it.refundGas(adjust(r, p, key, p.cleanRefund, 'cleanRefund'), 'EIP-2200 -> cleanRefund')
  }
  return p.dirty
}

function sloadGas(p: Params): GasHandler {
  return (r, gas) => {
    const key = top(r.stack)
    // The journal keeps the slot as hex, not these bytes: the scratch word will do.
    return p.eip2929 ? gas + access(r, p, wordBytes(key), false) : gas
  }
}

function sstoreGas(p: Params): GasHandler {
  return async (r, gas) => {
    if (r.interpreter.isStatic()) trap(EVMError.errorMessages.STATIC_STATE_CHANGE)
    const s = r.stack
    if (s.length < 2) trap(EVMError.errorMessages.STACK_UNDERFLOW)
    const key = s.pop()
    const val = top(s)
    s.push(key)
    const k = keyBytes(key)
    const current = padded(await r.interpreter.storageLoad(k, false, false))
    const original = padded(await r.interpreter.storageLoad(k, true, false))
    // The new value as setLengthLeftStorage(bigIntToBytes(val)) gives it: empty for zero, else its 32-byte word.
    gas += netMetering(r, p, current, original, val === 0n ? EMPTY : wordBytes(val).slice(), k)
    // After the EIP-2200 checks, as the stock handler: its 2300-gas sentry sees the gas before the access cost.
    return gas + access(r, p, k, true)
  }
}

async function sstore(r: RunState): Promise<void> {
  const s = r.stack
  if (s.length < 2) trap(EVMError.errorMessages.STACK_UNDERFLOW)
  const key = s.pop()
  const val = s.pop()
  // Fresh arrays (the state keeps them): zero is stored as empty bytes, as the stock handler does.
  await r.interpreter.storageStore(keyBytes(key), shortBytes(val))
}

/** Whether this Common's storage rules are the ones above (see the file's comment). */
export function storageOpcodesApply(c: Common): boolean {
  if (!c.gteHardfork('istanbul') || c.hardfork() === 'constantinople') return false
  return ![6800, 7864, 7928, 8037, 8038].some((eip) => c.isActivatedEIP(eip))
}

/** Replaces the entries of SLOAD and SSTORE in one EVM's opcode table, where they are the stock ones and the fork is covered. */
export function installStorageOpcodes(evm: EVM): void {
  const e = evm as unknown as { _opcodeMap?: (OpEntry | undefined)[]; common: Common }
  const map = e._opcodeMap
  if (map === undefined || !storageOpcodesApply(e.common)) return
  const p = params(e.common)
  const sl = map[0x54]
  const ss = map[0x55]
  if (sl?.opcodeInfo?.name !== 'SLOAD' || ss?.opcodeInfo?.name !== 'SSTORE' || sl.gasHandler === undefined || ss.gasHandler === undefined) return
  map[0x54] = { ...sl, gasHandler: sloadGas(p) }
  map[0x55] = { ...ss, opHandler: sstore satisfies OpHandler, gasHandler: sstoreGas(p) }
}
