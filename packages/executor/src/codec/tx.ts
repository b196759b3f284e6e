/**
 * TxInput ⇄ bytes, for the block image that workers read from shared memory. A
 * worker decodes only the transactions it executes, on first use; v8 serialisation
 * of the whole list cost each worker ~4 µs per transaction, and ~9 µs one by one.
 */
import type { Authorization, Hex, TxInput } from '../types.js'
import type { ByteReader, ByteWriter } from './bytes.js'

// Which optional fields are present (one bit each).
const HASH = 1 << 0
const TO = 1 << 1
const GAS_PRICE = 1 << 2
const MAX_FEE = 1 << 3
const MAX_PRIORITY = 1 << 4
const MAX_BLOB_FEE = 1 << 5
const BLOB_HASHES = 1 << 6
const AUTHORIZATIONS = 1 << 7
const CHAIN_ID = 1 << 8
const V = 1 << 9
const R = 1 << 10
const S = 1 << 11

function presence(tx: TxInput): number {
  let f = 0
  if (tx.hash !== undefined) f |= HASH
  if (tx.to !== null) f |= TO
  if (tx.gasPrice !== undefined) f |= GAS_PRICE
  if (tx.maxFeePerGas !== undefined) f |= MAX_FEE
  if (tx.maxPriorityFeePerGas !== undefined) f |= MAX_PRIORITY
  if (tx.maxFeePerBlobGas !== undefined) f |= MAX_BLOB_FEE
  if (tx.blobVersionedHashes !== undefined) f |= BLOB_HASHES
  if (tx.authorizationList !== undefined) f |= AUTHORIZATIONS
  if (tx.chainId !== undefined) f |= CHAIN_ID
  if (tx.v !== undefined) f |= V
  if (tx.r !== undefined) f |= R
  if (tx.s !== undefined) f |= S
  return f
}

/**
 * `withSignature: false` leaves out the hash and v, r, s (the block image does: workers
 * execute with the given sender and never look at them, and two 256-bit quantities and
 * a 32-byte hash were about a third of encoding and decoding a transfer).
 */
export function encodeTx(w: ByteWriter, tx: TxInput, withSignature = true): void {
  const f = withSignature ? presence(tx) : presence(tx) & ~(HASH | V | R | S)
  w.u32(f)
  w.u32(tx.index)
  w.u8(tx.type)
  if (f & HASH) w.hex(tx.hash!, 32)
  w.hex(tx.from, 20)
  if (tx.to !== null) w.hex(tx.to, 20)
  w.big(tx.nonce)
  w.big(tx.value)
  w.big(tx.gasLimit)
  // A string here would be written as its length of nothing: refused (the image names the field).
  if (!(tx.data instanceof Uint8Array)) throw new TypeError('data is not bytes')
  w.lenBytes(tx.data)
  if (tx.gasPrice !== undefined) w.big(tx.gasPrice)
  if (tx.maxFeePerGas !== undefined) w.big(tx.maxFeePerGas)
  if (tx.maxPriorityFeePerGas !== undefined) w.big(tx.maxPriorityFeePerGas)
  if (tx.maxFeePerBlobGas !== undefined) w.big(tx.maxFeePerBlobGas)
  if (tx.blobVersionedHashes !== undefined) {
    w.u32(tx.blobVersionedHashes.length)
    for (const h of tx.blobVersionedHashes) w.hex(h, 32)
  }
  w.u32(tx.accessList.length)
  for (const item of tx.accessList) {
    w.hex(item.address, 20)
    w.u32(item.storageKeys.length)
    for (const k of item.storageKeys) w.hex(k, 32)
  }
  if (tx.authorizationList !== undefined) {
    w.u32(tx.authorizationList.length)
    for (const a of tx.authorizationList) encodeAuthorization(w, a)
  }
  if (tx.chainId !== undefined) w.big(tx.chainId)
  if (f & V) w.big(tx.v!)
  if (f & R) w.big(tx.r!)
  if (f & S) w.big(tx.s!)
}

function encodeAuthorization(w: ByteWriter, a: Authorization): void {
  w.big(a.chainId)
  w.hex(a.address, 20)
  w.big(a.nonce)
  w.u8(a.yParity)
  w.big(a.r)
  w.big(a.s)
}

/**
 * At least the bytes encodeTx writes for `tx` (a quantity takes at most 33), so that a
 * buffer sized by the sum of these is never outgrown.
 */
export function encodedTxBound(tx: TxInput): number {
  // Malformed fields count as empty here: encodeTx then refuses them, and the caller names them (txFieldProblem).
  const len = (x: { length: number } | undefined): number => (Number.isInteger(x?.length) ? x!.length : 0)
  // flags, index, type | hash | from | to | 8 quantities | data | access list | blob hashes | authorizations | v, r, s
  let n = 9 + 32 + 20 + 20 + 8 * 33 + 4 + len(tx.data) + 4
  if (Array.isArray(tx.accessList)) for (const item of tx.accessList) n += 24 + 32 * len(item?.storageKeys)
  n += 4 + 32 * len(tx.blobVersionedHashes)
  n += 4 + 153 * len(tx.authorizationList)
  return n + 3 * 33
}

/**
 * The first field of `tx` that encodeTx cannot write, and why; undefined when every one
 * is well-formed. Only called after encodeTx threw: it names the field for the error.
 */
export function txFieldProblem(tx: TxInput): { field: string; problem: string } | undefined {
  const checks: [string, string | undefined][] = [
    ['hash', tx.hash === undefined ? undefined : hexProblem(tx.hash, 32)],
    ['from', hexProblem(tx.from, 20)],
    ['to', tx.to === null ? undefined : hexProblem(tx.to, 20)],
    ['data', tx.data instanceof Uint8Array ? undefined : 'is not bytes'],
  ]
  for (const f of ['nonce', 'value', 'gasLimit', 'gasPrice', 'maxFeePerGas', 'maxPriorityFeePerGas', 'maxFeePerBlobGas', 'chainId', 'v', 'r', 's'] as const) {
    const v = tx[f]
    if (v !== undefined || f === 'nonce' || f === 'value' || f === 'gasLimit') checks.push([f, quantityProblem(v)])
  }
  if (!Array.isArray(tx.accessList)) checks.push(['accessList', 'is not an array'])
  else {
    tx.accessList.forEach((item, k) => {
      checks.push([`accessList[${k}].address`, hexProblem(item?.address, 20)])
      if (!Array.isArray(item?.storageKeys)) checks.push([`accessList[${k}].storageKeys`, 'is not an array'])
      else item.storageKeys.forEach((key, j) => checks.push([`accessList[${k}].storageKeys[${j}]`, hexProblem(key, 32)]))
    })
  }
  tx.blobVersionedHashes?.forEach((h, k) => checks.push([`blobVersionedHashes[${k}]`, hexProblem(h, 32)]))
  tx.authorizationList?.forEach((a, k) => {
    checks.push([`authorizationList[${k}].address`, hexProblem(a.address, 20)])
    for (const f of ['chainId', 'nonce', 'r', 's'] as const) checks.push([`authorizationList[${k}].${f}`, quantityProblem(a[f])])
    if (!(Number.isInteger(a.yParity) && a.yParity >= 0 && a.yParity < 256)) checks.push([`authorizationList[${k}].yParity`, `${a.yParity} is not a byte`])
  })
  for (const [field, problem] of checks) if (problem !== undefined) return { field, problem }
  return undefined
}

/** Why `h` is not n bytes of hex (0x optional, as ByteWriter.hex takes it), or undefined. */
export function hexProblem(h: unknown, n: number): string | undefined {
  if (typeof h !== 'string') return `is ${typeof h}, not ${n} bytes of hex`
  const digits = h.startsWith('0x') || h.startsWith('0X') ? h.slice(2) : h
  if (digits.length !== 2 * n) return `${JSON.stringify(h)} is not ${n} bytes of hex`
  return /^[0-9a-fA-F]*$/.test(digits) ? undefined : `${JSON.stringify(h)} is not hex`
}

/** Why `v` is not a quantity ByteWriter.big writes (a bigint in [0, 2^256)), or undefined. */
export function quantityProblem(v: unknown): string | undefined {
  if (typeof v !== 'bigint') return `is ${typeof v}, not a bigint`
  return v < 0n ? `${v} is negative` : v >= 1n << 256n ? `${v} exceeds 256 bits` : undefined
}

const hex0x = (r: ByteReader, n: number): Hex => `0x${r.hex(n)}`

/** The sender's and recipient's state keys (40 lower-case hex chars), as decodeTx read them. */
export interface TxKeys {
  from: string
  to: string | undefined
}

/**
 * `keys`, if given, receives `from` and `to` as state keys: flat strings straight from
 * the bytes, where `from.slice(2).toLowerCase()` of the 0x strings first flattens a
 * concatenation (a copy per transaction, and most of preparing a transfer in a worker).
 */
export function decodeTx(r: ByteReader, keys?: TxKeys): TxInput {
  const f = r.u32()
  const index = r.u32()
  const type = r.u8()
  const hash = f & HASH ? hex0x(r, 32) : undefined
  const fromKey = r.hex(20)
  const from: Hex = `0x${fromKey}`
  const toKey = f & TO ? r.hex(20) : undefined
  const to: Hex | null = toKey === undefined ? null : `0x${toKey}`
  if (keys !== undefined) {
    keys.from = fromKey
    keys.to = toKey
  }
  const tx: TxInput = { index, type, hash, from, to, nonce: r.big(), value: r.big(), gasLimit: r.big(), data: r.lenBytes(), accessList: [] }
  if (f & GAS_PRICE) tx.gasPrice = r.big()
  if (f & MAX_FEE) tx.maxFeePerGas = r.big()
  if (f & MAX_PRIORITY) tx.maxPriorityFeePerGas = r.big()
  if (f & MAX_BLOB_FEE) tx.maxFeePerBlobGas = r.big()
  if (f & BLOB_HASHES) tx.blobVersionedHashes = Array.from({ length: r.u32() }, () => hex0x(r, 32))
  for (let i = 0, n = r.u32(); i < n; i++) {
    const address = hex0x(r, 20)
    tx.accessList.push({ address, storageKeys: Array.from({ length: r.u32() }, () => hex0x(r, 32)) })
  }
  if (f & AUTHORIZATIONS) tx.authorizationList = Array.from({ length: r.u32() }, () => decodeAuthorization(r))
  if (f & CHAIN_ID) tx.chainId = r.big()
  if (f & V) tx.v = r.big()
  if (f & R) tx.r = r.big()
  if (f & S) tx.s = r.big()
  return tx
}

function decodeAuthorization(r: ByteReader): Authorization {
  const chainId = r.big()
  const address = hex0x(r, 20)
  return { chainId, address, nonce: r.big(), yParity: r.u8(), r: r.big(), s: r.big() }
}
