/**
 * Strict conversions from JSON-RPC hex fields. Every failure is an InputError naming the field.
 */
import { InputError } from '../errors.js'
import type { Hex } from '../types.js'

const QUANTITY = /^0x[0-9a-fA-F]+$/
const DATA = /^0x([0-9a-fA-F]{2})*$/

export interface FieldCtx {
  path: string
  txIndex?: number
}

function fail(ctx: FieldCtx, problem: string): never {
  throw new InputError(ctx.path, problem, ctx.txIndex)
}

/** A hex quantity (`0x1a`), or a non-negative safe integer (prestate nonces are numbers). */
export function quantity(v: unknown, ctx: FieldCtx): bigint {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) fail(ctx, `expected a non-negative integer, got ${v}`)
    return BigInt(v)
  }
  if (typeof v !== 'string') fail(ctx, `expected a hex quantity, got ${describe(v)}`)
  if (!QUANTITY.test(v)) fail(ctx, `expected a hex quantity like 0x1f, got ${JSON.stringify(v.slice(0, 80))}`)
  return BigInt(v)
}

export function optionalQuantity(v: unknown, ctx: FieldCtx): bigint | undefined {
  return v === undefined || v === null ? undefined : quantity(v, ctx)
}

/** Byte data (`0x` + even number of hex digits). */
export function data(v: unknown, ctx: FieldCtx): Uint8Array {
  if (typeof v !== 'string' || !DATA.test(v)) fail(ctx, `expected hex bytes, got ${describe(v)}`)
  return Buffer.from(v.slice(2), 'hex')
}

/** Fixed-length byte data, returned as lower-case hex. */
export function fixedHex(v: unknown, bytes: number, ctx: FieldCtx): Hex {
  if (typeof v !== 'string' || !DATA.test(v) || v.length !== 2 + 2 * bytes) {
    fail(ctx, `expected ${bytes} bytes of hex, got ${describe(v)}`)
  }
  return v.toLowerCase() as Hex
}

export function address(v: unknown, ctx: FieldCtx): Hex {
  return fixedHex(v, 20, ctx)
}

/** A storage key or value given as a hex quantity of up to 32 bytes, normalised to 32 bytes. */
export function word(v: unknown, ctx: FieldCtx): bigint {
  const q = quantity(v, ctx)
  if (q >= 1n << 256n) fail(ctx, 'exceeds 32 bytes')
  return q
}

export function slotHex(n: bigint): Hex {
  return `0x${n.toString(16).padStart(64, '0')}`
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (field missing)'
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? v.slice(0, 80) + '…' : v)
  return typeof v === 'object' ? (Array.isArray(v) ? 'an array' : 'an object') : `${typeof v} ${String(v)}`
}

export function object(v: unknown, ctx: FieldCtx): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(ctx, `expected an object, got ${describe(v)}`)
  return v as Record<string, unknown>
}

export function array(v: unknown, ctx: FieldCtx): unknown[] {
  if (!Array.isArray(v)) fail(ctx, `expected an array, got ${describe(v)}`)
  return v
}
