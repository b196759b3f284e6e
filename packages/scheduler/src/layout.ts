// Where everything lives in the one SharedArrayBuffer a scheduler owns. Every worker builds
// the same typed-array views from the descriptor, so nothing but the descriptor is posted.
//
// The contended words (cursors, counters of the done check, the work-available epoch) each
// get their own 64-byte line so that cursor traffic does not bounce unrelated words.

/** What crosses postMessage: the buffer and the sizes needed to rebuild the views. */
export interface SchedulerShared {
  readonly buffer: SharedArrayBuffer
  /** Largest txCount any block may use. */
  readonly capacity: number
  readonly workers: number
  readonly maxEdges: number
  /** Trace records per worker ring. */
  readonly traceCapacity: number
}

const LINE = 16 // Int32 words per 64-byte cache line

/** Words of Scheduler.strategyState (one cache line). */
export const STRATEGY_WORDS = LINE

/** Indices into the header Int32Array. */
export const H = {
  EXECUTION_IDX: 0 * LINE,
  VALIDATION_IDX: 1 * LINE,
  DECREASE_CNT: 2 * LINE,
  NUM_ACTIVE_TASKS: 3 * LINE,
  DONE_MARKER: 4 * LINE,
  WORK_EPOCH: 5 * LINE,
  SLEEPERS: 6 * LINE,
  // Cold words, written only by reset() between blocks.
  TX_COUNT: 7 * LINE + 0,
  GENERATION: 7 * LINE + 1,
  TRACE_ON: 7 * LINE + 2,
  EDGE_COUNT: 7 * LINE + 3,
  SPIN_NS: 7 * LINE + 4,
  WAIT_US: 7 * LINE + 5,
  STRATEGY_LEN: 7 * LINE + 6,
  STRATEGY_NAME: 8 * LINE, // up to 2 lines of UTF-16 code units
  /** STRATEGY_WORDS words a strategy may keep per-block state in (Scheduler.strategyState), zeroed by reset. */
  STRATEGY_STATE: 10 * LINE,
  SIZE: 11 * LINE,
} as const
export const MAX_STRATEGY_NAME = 2 * LINE

/** Per-worker Int32 counter slots (one cache line per worker, written only by that worker). */
export const C = {
  EXECUTIONS: 0,
  RE_EXECUTIONS: 1,
  VALIDATIONS: 2,
  FAILED_VALIDATIONS: 3,
  DEPENDENCY_WAITS: 4,
  DEPENDENCY_RETRIES: 5,
  DEFERRALS: 6,
  CHAINED: 7,
  SLEEPS: 8,
  LEARNED_EDGES: 9,
  TRACE_WRITTEN: 10,
  STRIDE: LINE,
} as const

/** Per-worker Float64 slots (milliseconds). */
export const F = {
  BUSY_MS: 0,
  IDLE_MS: 1,
  WALL_MS: 2,
  /** Wall time from each EXECUTE hand-out to its finishExecution or abandoning addDependency, summed. */
  EXEC_MS: 3,
  STRIDE: 8,
} as const

/** Words per trace record: kind, tx, incarnation, aux. Times are in a parallel Float64 ring. */
export const TRACE_RECORD = 4

export interface Views {
  header: Int32Array
  status: Int32Array
  depHead: Int32Array
  depNext: Int32Array
  execCount: Int32Array
  learnedPred: Int32Array
  readFrom: Int32Array
  offsets: Int32Array
  preds: Int32Array
  counters: Int32Array
  trace: Int32Array
  /** [0] = block start (ms since the epoch of performance.timeOrigin), then per-worker slots. */
  times: Float64Array
  traceTimes: Float64Array
  /** Per tx: when its current execution was handed out (this thread's clock; written and read only by the executing thread, I1). */
  execStart: Float64Array
  /** Per tx: wall time of its latest finished execution, ms (0 until one finished). */
  execLast: Float64Array
}

function plan(s: Omit<SchedulerShared, 'buffer'>) {
  const int32Lengths = {
    header: H.SIZE,
    status: s.capacity,
    depHead: s.capacity,
    depNext: s.capacity,
    execCount: s.capacity,
    learnedPred: s.capacity,
    readFrom: s.capacity,
    offsets: s.capacity + 1,
    preds: s.maxEdges,
    counters: s.workers * C.STRIDE,
    trace: s.workers * s.traceCapacity * TRACE_RECORD,
  }
  let ints = 0
  for (const n of Object.values(int32Lengths)) ints += n
  const f64Offset = Math.ceil((ints * 4) / 64) * 64
  const timesLength = F.STRIDE + s.workers * F.STRIDE
  const traceTimesLength = s.workers * s.traceCapacity
  return { int32Lengths, f64Offset, timesLength, traceTimesLength, bytes: f64Offset + (timesLength + traceTimesLength + 2 * s.capacity) * 8 }
}

export function allocate(s: Omit<SchedulerShared, 'buffer'>): SchedulerShared {
  return { ...s, buffer: new SharedArrayBuffer(plan(s).bytes) }
}

export function views(s: SchedulerShared): Views {
  const p = plan(s)
  let off = 0
  const take = (n: number): Int32Array => {
    const a = new Int32Array(s.buffer, off * 4, n)
    off += n
    return a
  }
  const l = p.int32Lengths
  const header = take(l.header)
  const status = take(l.status)
  const depHead = take(l.depHead)
  const depNext = take(l.depNext)
  const execCount = take(l.execCount)
  const learnedPred = take(l.learnedPred)
  const readFrom = take(l.readFrom)
  const offsets = take(l.offsets)
  const preds = take(l.preds)
  const counters = take(l.counters)
  const trace = take(l.trace)
  const times = new Float64Array(s.buffer, p.f64Offset, p.timesLength)
  const traceTimes = new Float64Array(s.buffer, p.f64Offset + p.timesLength * 8, p.traceTimesLength)
  const perTxOffset = p.f64Offset + (p.timesLength + p.traceTimesLength) * 8
  const execStart = new Float64Array(s.buffer, perTxOffset, s.capacity)
  const execLast = new Float64Array(s.buffer, perTxOffset + s.capacity * 8, s.capacity)
  return { header, status, depHead, depNext, execCount, learnedPred, readFrom, offsets, preds, counters, trace, times, traceTimes, execStart, execLast }
}
