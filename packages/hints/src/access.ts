/**
 * What one transaction touches: the sets every other part of the package works on
 * (graph, accuracy, prefetch), whether they came from a simulation, from static
 * analysis or from recording the real sequential execution.
 */
import type { Location } from './location.js'

/** How a transaction's access sets were obtained. */
export type AccessSource =
  /** Executed alone against the pre-block state. */
  | 'simulated'
  /** Derived without executing: a plain transfer, or a learned ERC20 template. */
  | 'static'
  /** Static analysis knew only the sender and the callee (unknown call; incomplete). */
  | 'sender-only'
  /** Recorded from the sequential execution (the actual sets). */
  | 'sequential'

export interface TxAccess {
  /** Locations read from state as of the start of the transaction. */
  reads: Set<Location>
  /** Locations written with an absolute value. */
  writes: Set<Location>
  /**
   * Lazy balance credits (the beneficiary's fee): commutative, so two of them never
   * conflict; only a transaction that READS the location depends on them (all of them).
   */
  deltas: Set<Location>
  source: AccessSource
  /**
   * Simulated with the sender's nonce (and balance, if short) patched to what the
   * transaction expects: it was invalid alone because an earlier transaction of the
   * same sender, or a payment to it, comes first in the block.
   */
  patched?: boolean
  /** Still invalid alone after patching (the reason); only the sender rule applies. */
  invalid?: string
  /**
   * Static mode with `unknownCalls` 'callee' or 'arguments': keys of an unknown call
   * (the callee, or the callee with each address among its arguments). Unknown calls
   * sharing a key are ordered one after another in the graph: a conservative guess,
   * since what they touch is unknown and such calls often conflict.
   */
  orderedOn?: string[]
  /** Receipt status of the simulated execution. */
  status?: 0 | 1
  /** It failed alone and its sets were completed (repair.ts): from a template, or reads as writes. */
  repaired?: 'template' | 'read-write'
  /**
   * recordSequential: the transaction's wall time, preparation and recording included
   * (a weight for critical paths: a transaction's gas can be far from its cost, e.g. a
   * KZG point evaluation, 50,000 gas and 20-40 ms in JavaScript).
   */
  ms?: number
}

/** The structured-clone-friendly form sent back from simulation workers. */
export interface WireAccess {
  index: number
  reads: Location[]
  writes: Location[]
  deltas: Location[]
  source: AccessSource
  patched?: boolean
  invalid?: string
  status?: 0 | 1
  codeHashes: string[]
}

export function emptyAccess(source: AccessSource): TxAccess {
  return { reads: new Set(), writes: new Set(), deltas: new Set(), source }
}

export function toWire(index: number, a: TxAccess, codeHashes: Iterable<string>): WireAccess {
  const w: WireAccess = { index, reads: [...a.reads], writes: [...a.writes], deltas: [...a.deltas], source: a.source, codeHashes: [...codeHashes] }
  if (a.patched) w.patched = true
  if (a.invalid !== undefined) w.invalid = a.invalid
  if (a.status !== undefined) w.status = a.status
  return w
}

export function fromWire(w: WireAccess): TxAccess {
  const a: TxAccess = { reads: new Set(w.reads), writes: new Set(w.writes), deltas: new Set(w.deltas), source: w.source }
  if (w.patched) a.patched = true
  if (w.invalid !== undefined) a.invalid = w.invalid
  if (w.status !== undefined) a.status = w.status
  return a
}
