// Optional event trace: each worker appends fixed-size Int32 records (plus a Float64 time) to
// its own ring in shared memory - no allocation, no atomics, no contention. Decoding to JSON
// lines happens on demand, off the hot path. When tracing is off the only cost is the
// `if (this.tracing)` test at each event site.

import { C, TRACE_RECORD } from './layout.js'

export const TraceEvent = {
  EXEC_START: 1,
  EXEC_END: 2,
  VALIDATE_START: 3,
  VALIDATE_END: 4,
  /** Validation failed and aborted the incarnation. */
  ABORT: 5,
  /** Read an ESTIMATE: suspended on aux = blocking tx. */
  WAIT: 6,
  /** A suspended/deferred tx was made ready again; aux = the tx whose execution finished. */
  RESUME: 7,
  /** dag: claimed tx parked on aux = unfinished predicted predecessor. */
  DEFER: 8,
  /** Worker went to sleep in Atomics.wait / woke up. */
  SLEEP: 9,
  WAKE: 10,
  DONE: 11,
} as const
export type TraceEvent = (typeof TraceEvent)[keyof typeof TraceEvent]

const NAMES: Record<number, string> = {
  1: 'exec_start',
  2: 'exec_end',
  3: 'validate_start',
  4: 'validate_end',
  5: 'abort',
  6: 'wait',
  7: 'resume',
  8: 'defer',
  9: 'sleep',
  10: 'wake',
  11: 'done',
}

export interface TraceRecord {
  /** Microseconds since the block started (reset()). */
  t: number
  w: number
  ev: string
  tx: number
  inc: number
  aux?: number
}

export function decodeTrace(
  trace: Int32Array,
  traceTimes: Float64Array,
  counters: Int32Array,
  workers: number,
  capacity: number,
  blockStartMs: number,
): TraceRecord[] {
  const out: TraceRecord[] = []
  for (let w = 0; w < workers; w++) {
    const written = counters[w * C.STRIDE + C.TRACE_WRITTEN]!
    const first = Math.max(0, written - capacity) // the ring keeps the latest `capacity` records
    for (let i = first; i < written; i++) {
      const slot = w * capacity + (i % capacity)
      const r = slot * TRACE_RECORD
      const rec: TraceRecord = {
        t: Math.round((traceTimes[slot]! - blockStartMs) * 1000 * 1000) / 1000,
        w,
        ev: NAMES[trace[r]!] ?? `unknown_${trace[r]}`,
        tx: trace[r + 1]!,
        inc: trace[r + 2]!,
      }
      if (trace[r + 3] !== -1) rec.aux = trace[r + 3]!
      out.push(rec)
    }
  }
  return out.sort((a, b) => a.t - b.t || a.w - b.w)
}
