/**
 * Full comparison of two BlockResults with a readable first difference: the path of the first
 * field that differs (`txs[2].receipt.logs[0].data`, `stateDiff[0xab…].storage[0x00…01]`) and
 * both values, instead of two pages of structural dump.
 */
import type { ExecutionContext } from 'ava'
import { bytesToHex } from '@ethereumjs/util'

import type { BlockResult } from '../../src/types.js'

export function show(v: unknown): string {
  if (v instanceof Uint8Array) return bytesToHex(v)
  if (typeof v === 'bigint') return `${v}n`
  if (v instanceof Map) return `Map(${v.size}) {${[...v.keys()].map(String).join(', ')}}`
  if (v === undefined) return 'undefined'
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x instanceof Uint8Array ? bytesToHex(x) : x))
  } catch {
    return String(v)
  }
}

/** The first difference between `a` and `b` as `path: a vs b`, or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): string | undefined {
  const here = path === '' ? '(root)' : path
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || bytesToHex(a) !== bytesToHex(b)) {
      return `${here}: ${show(a)} vs ${show(b)}`
    }
    return undefined
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map)) return `${here}: ${show(a)} vs ${show(b)}`
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort()
    for (const k of keys) {
      if (!a.has(k)) return `${path}[${String(k)}]: absent vs ${show(b.get(k))}`
      if (!b.has(k)) return `${path}[${String(k)}]: ${show(a.get(k))} vs absent`
      const d = firstDifference(a.get(k), b.get(k), `${path}[${String(k)}]`)
      if (d !== undefined) return d
    }
    return undefined
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!(Array.isArray(a) && Array.isArray(b))) return `${here}: ${show(a)} vs ${show(b)}`
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`)
      if (d !== undefined) return d
    }
    if (a.length !== b.length) return `${path}.length: ${a.length} vs ${b.length}`
    return undefined
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ra = a as Record<string, unknown>
    const rb = b as Record<string, unknown>
    // An absent field and a field set to undefined mean the same thing.
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => ra[k] !== undefined || rb[k] !== undefined)
    for (const k of keys.sort()) {
      const d = firstDifference(ra[k], rb[k], path === '' ? k : `${path}.${k}`)
      if (d !== undefined) return d
    }
    return undefined
  }
  return a === b ? undefined : `${here}: ${show(a)} vs ${show(b)}`
}

/** Asserts two block results are identical, field by field; `a` is the reference. */
export function assertSameResult(t: ExecutionContext, reference: BlockResult, engine: BlockResult, label = 'engine'): void {
  // Compare the fields a reader looks at first before the state diff.
  const d =
    firstDifference(reference.txs, engine.txs, 'txs') ??
    firstDifference(reference.gasUsed, engine.gasUsed, 'gasUsed') ??
    firstDifference(reference.logsBloom, engine.logsBloom, 'logsBloom') ??
    firstDifference(reference.receiptsRoot, engine.receiptsRoot, 'receiptsRoot') ??
    firstDifference(reference.stateDiff, engine.stateDiff, 'stateDiff') ??
    firstDifference(reference, engine)
  if (d === undefined) t.pass()
  else t.fail(`reference and ${label} differ; first difference (reference vs ${label}) at ${d}`)
}
