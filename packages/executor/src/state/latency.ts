/**
 * Wrappers over any BaseState for storage experiments:
 *
 * - `LatencyState`: every read costs `latencyUs` microseconds, asynchronously. The
 *   Promise resolves after the latency; the thread stays free to run other work
 *   (other transactions' continuations) meanwhile. Sub-millisecond latencies are
 *   accurate, which `setTimeout` (≈1 ms floor) cannot give.
 * - `CachedState`: remembers every answer (and dedupes reads in flight); `warm()`
 *   issues a prefetch set in parallel so the latencies overlap.
 * - `CountingState`: counts reads by kind.
 *
 * ## How LatencyState waits: the per-thread I/O clock
 *
 * Each thread has one `IoClock` per driving mode (module state is per thread). A read
 * pushes (due time, resolver) onto a binary heap; a drain loop takes the due ones off
 * by `performance.now()` and resolves them. The loop is driven by:
 *
 * - `'immediate'`: setImmediate polling. Every event-loop turn runs other ready work
 *   first (other macrotasks; the microtasks of resolved reads run right after each
 *   tick), so the thread is never blocked, but it burns its core while reads are
 *   pending and nothing else runs.
 * - `'channel'`: the same loop driven by MessageChannel ping-pong (measured: about the
 *   same accuracy and CPU as setImmediate, but Node drains a port's messages in
 *   batches, so while reads are pending setImmediate callbacks of the thread wait
 *   until the batch ends: it starves the check phase. Kept for comparison.)
 * - `'hybrid'` (default): setImmediate polling, and once a whole event-loop turn has
 *   passed in which nothing became due and no read was issued (so no continuation of
 *   ours is runnable, the microtask queue is empty, and the macrotasks that were
 *   ready have had their turn) it sleeps
 *   with `Atomics.wait` on a private SharedArrayBuffer until the earliest due time
 *   minus a learned oversleep margin, then polls the rest. Linux's 50 µs timer slack
 *   makes a futex sleep overshoot by ≈65 µs, so the margin is learned (≈70–80 µs)
 *   and only the last stretch is polled: reads of 20–50 µs poll all the way; at
 *   100 µs about a third of the wait sleeps, at 500 µs ≈85%. Caveat: while asleep
 *   the thread runs no macrotasks (messages, I/O); that delay is bounded by the time
 *   to the next due read (≤ latencyUs). Work that is driven only by promises and
 *   shared memory (the Block-STM worker loop) is never delayed by it.
 * - `'sync'`: a synchronous busy-wait per read; returns values, not Promises. FOR
 *   COMPARISON ONLY, NOT FOR THE PARALLEL ENGINE: the thread does nothing else and
 *   latencies never overlap.
 *
 * Accuracy and CPU per read are measured by `examples/storage.ts accuracy`.
 */
import { MessageChannel } from 'node:worker_threads'

import { EMPTY_CODE_HASH } from './base.js'
import type { AccountRecord, BaseState, MaybePromise } from './base.js'

export type LatencyMode = 'hybrid' | 'immediate' | 'channel' | 'sync'

interface Pending {
  due: number
  resolve: (v: unknown) => void
  value: unknown
}

export interface IoClockStats {
  /** Drain-loop turns. */
  ticks: number
  /** Reads resolved. */
  resolved: number
  /** Atomics.wait sleeps (hybrid) and their total requested µs. */
  sleeps: number
  sleptUs: number
  /** The current oversleep margin (µs) the hybrid loop wakes early by. */
  marginUs: number
}

/** Per-thread completion queue for simulated I/O, ordered by due time. */
export class IoClock {
  private static readonly clocks = new Map<LatencyMode, IoClock>()

  /** This thread's clock for `mode` (not 'sync'). */
  static for(mode: Exclude<LatencyMode, 'sync'>): IoClock {
    let c = IoClock.clocks.get(mode)
    if (c === undefined) IoClock.clocks.set(mode, (c = new IoClock(mode)))
    return c
  }

  private readonly heap: Pending[] = []
  private scheduled = false
  /** A read was issued since the last turn (someone ran): not idle. */
  private pushed = false
  /** Consecutive turns with nothing resolved and nothing issued. */
  private idleTurns = 0
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4))
  private channel: MessageChannel | undefined
  /** Learned oversleep of Atomics.wait, µs (EWMA of clamped samples). */
  private oversleepUs = 70
  private readonly st: IoClockStats = { ticks: 0, resolved: 0, sleeps: 0, sleptUs: 0, marginUs: 0 }
  /** Shortest sleep worth taking, µs. */
  static minSleepUs = 15
  /** Extra safety over the learned oversleep, µs. */
  static safetyUs = 8

  private constructor(readonly mode: Exclude<LatencyMode, 'sync'>) {
    if (mode === 'channel') {
      this.channel = new MessageChannel()
      this.channel.port2.on('message', () => this.tick())
      this.channel.port2.unref()
    }
  }

  get pending(): number {
    return this.heap.length
  }

  stats(): IoClockStats {
    return { ...this.st, marginUs: this.oversleepUs + IoClock.safetyUs }
  }

  /** Resolves with `value` at `due` (a performance.now() time, ms). */
  at<T>(due: number, value: T): Promise<T> {
    return new Promise<T>((resolve) => {
      this.push({ due, resolve: resolve as (v: unknown) => void, value })
      this.pushed = true
      this.wake()
    })
  }

  private wake(): void {
    if (this.scheduled) return
    this.scheduled = true
    if (this.channel !== undefined) {
      this.channel.port2.ref()
      this.channel.port1.postMessage(0)
    } else setImmediate(this.tick)
  }

  private readonly tick = (): void => {
    this.scheduled = false
    this.st.ticks++
    let now = performance.now()
    let resolved = this.drain(now)
    const h = this.heap
    if (resolved > 0 || this.pushed) this.idleTurns = 0
    if (h.length === 0) {
      this.pushed = false
      this.idleTurns = 0
      this.channel?.port2.unref()
      return
    }
    if (resolved === 0 && this.mode === 'hybrid' && !this.pushed && this.idleTurns++ > 0) {
      // Nothing we resolved is waiting to run, no read was issued since the last turn
      // and a whole event-loop turn has passed idle (the macrotasks that were ready
      // ran in it): sleep through most of the gap.
      const margin = this.oversleepUs + IoClock.safetyUs
      const sleepUs = (h[0].due - now) * 1000 - margin
      if (sleepUs >= IoClock.minSleepUs) {
        const t = performance.now()
        Atomics.wait(this.sleeper, 0, 0, sleepUs / 1000)
        now = performance.now()
        const over = Math.min(Math.max((now - t) * 1000 - sleepUs, 0), 2 * this.oversleepUs + 20)
        this.oversleepUs += (over - this.oversleepUs) / 8
        this.st.sleeps++
        this.st.sleptUs += sleepUs
        resolved = this.drain(now)
        if (h.length === 0) return
      }
    }
    this.pushed = false
    this.wake()
  }

  private drain(now: number): number {
    const h = this.heap
    let n = 0
    while (h.length > 0 && h[0].due <= now) {
      const p = this.pop()
      p.resolve(p.value)
      n++
    }
    this.st.resolved += n
    return n
  }

  private push(p: Pending): void {
    const h = this.heap
    let i = h.length
    h.push(p)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (h[parent].due <= p.due) break
      h[i] = h[parent]
      i = parent
    }
    h[i] = p
  }

  private pop(): Pending {
    const h = this.heap
    const top = h[0]
    const last = h.pop()!
    if (h.length > 0) {
      let i = 0
      const n = h.length
      for (;;) {
        const l = 2 * i + 1
        if (l >= n) break
        const r = l + 1
        const c = r < n && h[r].due < h[l].due ? r : l
        if (h[c].due >= last.due) break
        h[i] = h[c]
        i = c
      }
      h[i] = last
    }
    return top
  }
}

/** Busy-waits until `due` (performance.now() ms). For the 'sync' mode only. */
function spinUntil(due: number): void {
  while (performance.now() < due) {
    /* spin */
  }
}

export interface LatencyOptions {
  /** Cost of every read, µs. 0 passes reads straight through. */
  latencyUs: number
  /** How waits are driven; default 'hybrid'. 'sync' is for comparison only (see the file header). */
  mode?: LatencyMode
}

/** Wraps a BaseState; every read takes `latencyUs` (see the file header). */
export class LatencyState implements BaseState {
  readonly latencyUs: number
  readonly mode: LatencyMode
  /** Reads served (all kinds). */
  reads = 0
  private readonly ms: number
  private readonly clock: IoClock | undefined

  constructor(
    readonly inner: BaseState,
    opts: LatencyOptions,
  ) {
    this.latencyUs = opts.latencyUs
    this.mode = opts.mode ?? 'hybrid'
    this.ms = this.latencyUs / 1000
    this.clock = this.mode === 'sync' ? undefined : IoClock.for(this.mode)
  }

  private delay<T>(v: MaybePromise<T>): MaybePromise<T> {
    this.reads++
    if (this.ms <= 0) return v
    const due = performance.now() + this.ms
    if (this.clock === undefined) {
      if (v instanceof Promise) return v.then((x) => (spinUntil(due), x))
      spinUntil(due)
      return v
    }
    const clock = this.clock
    // An inner answer that is itself late completes at max(due, its own time).
    if (v instanceof Promise) return v.then((x) => (performance.now() >= due ? x : clock.at(due, x)))
    return clock.at(due, v)
  }

  account(address: string): MaybePromise<AccountRecord | undefined> {
    return this.delay(this.inner.account(address))
  }
  code(codeHash: string): MaybePromise<Uint8Array> {
    return this.delay(this.inner.code(codeHash))
  }
  storage(address: string, slot: string): MaybePromise<Uint8Array> {
    return this.delay(this.inner.storage(address, slot))
  }
  blockHash(number: bigint): MaybePromise<Uint8Array | undefined> {
    return this.delay(this.inner.blockHash(number))
  }
}

export interface WarmStats {
  accounts: number
  slots: number
  codes: number
  ms: number
}

/**
 * Remembers every answer of the state it wraps; concurrent reads of one key share one
 * inner read. Cached answers come back synchronously (no latency).
 */
export class CachedState implements BaseState {
  private readonly accounts = new Map<string, AccountRecord | undefined>()
  private readonly slots = new Map<string, Uint8Array>()
  private readonly codes = new Map<string, Uint8Array>()
  private readonly hashes = new Map<bigint, Uint8Array | undefined>()
  private readonly inflight = new Map<string, Promise<unknown>>()
  /** Reads answered from the cache / passed to the inner state. */
  hits = 0
  misses = 0

  constructor(readonly inner: BaseState) {}

  private get<K, V>(cache: Map<K, V>, key: K, flightKey: string, read: () => MaybePromise<V>): MaybePromise<V> {
    if (cache.has(key)) {
      this.hits++
      return cache.get(key) as V
    }
    const f = this.inflight.get(flightKey)
    if (f !== undefined) {
      this.hits++
      return f as Promise<V>
    }
    this.misses++
    const v = read()
    if (!(v instanceof Promise)) {
      cache.set(key, v)
      return v
    }
    const p = v.then(
      (x) => {
        cache.set(key, x)
        this.inflight.delete(flightKey)
        return x
      },
      (e: unknown) => {
        this.inflight.delete(flightKey)
        throw e
      },
    )
    this.inflight.set(flightKey, p)
    return p
  }

  account(address: string): MaybePromise<AccountRecord | undefined> {
    return this.get(this.accounts, address, 'a' + address, () => this.inner.account(address))
  }
  code(codeHash: string): MaybePromise<Uint8Array> {
    return this.get(this.codes, codeHash, 'c' + codeHash, () => this.inner.code(codeHash))
  }
  storage(address: string, slot: string): MaybePromise<Uint8Array> {
    const k = address + slot
    return this.get(this.slots, k, 's' + k, () => this.inner.storage(address, slot))
  }
  blockHash(number: bigint): MaybePromise<Uint8Array | undefined> {
    return this.get(this.hashes, number, 'h' + number, () => this.inner.blockHash(number))
  }

  /**
   * Prefetches accounts and slots, all in flight at once (their latencies overlap),
   * then the code of the warmed accounts that have any (a second, also parallel,
   * round). Later reads of these keys are answered from the cache.
   */
  async warm(accounts: Iterable<string>, slots: Iterable<readonly [address: string, slot: string]>, opts: { code?: boolean } = {}): Promise<WarmStats> {
    const t0 = performance.now()
    const accs = [...new Set(accounts)]
    const reads: MaybePromise<unknown>[] = accs.map((a) => this.account(a))
    let nSlots = 0
    for (const [a, s] of slots) {
      reads.push(this.storage(a, s))
      nSlots++
    }
    await Promise.all(reads)
    let nCodes = 0
    if (opts.code ?? true) {
      const codeReads: MaybePromise<unknown>[] = []
      const seen = new Set<string>()
      for (const a of accs) {
        const r = this.accounts.get(a)
        if (r === undefined || seen.has(r.codeHash) || r.codeHash === EMPTY_CODE_HASH) continue
        seen.add(r.codeHash)
        codeReads.push(this.code(r.codeHash))
      }
      nCodes = codeReads.length
      await Promise.all(codeReads)
    }
    return { accounts: accs.length, slots: nSlots, codes: nCodes, ms: performance.now() - t0 }
  }
}

export interface ReadCounts {
  account: number
  storage: number
  code: number
  blockHash: number
}

/** Counts reads by kind (and distinct keys), passing them through unchanged. */
export class CountingState implements BaseState {
  counts: ReadCounts = { account: 0, storage: 0, code: 0, blockHash: 0 }
  readonly distinct = { account: new Set<string>(), storage: new Set<string>(), code: new Set<string>() }

  constructor(readonly inner: BaseState) {}

  get total(): number {
    const c = this.counts
    return c.account + c.storage + c.code + c.blockHash
  }

  reset(): void {
    this.counts = { account: 0, storage: 0, code: 0, blockHash: 0 }
    this.distinct.account.clear()
    this.distinct.storage.clear()
    this.distinct.code.clear()
  }

  account(address: string): MaybePromise<AccountRecord | undefined> {
    this.counts.account++
    this.distinct.account.add(address)
    return this.inner.account(address)
  }
  code(codeHash: string): MaybePromise<Uint8Array> {
    this.counts.code++
    this.distinct.code.add(codeHash)
    return this.inner.code(codeHash)
  }
  storage(address: string, slot: string): MaybePromise<Uint8Array> {
    this.counts.storage++
    this.distinct.storage.add(address + slot)
    return this.inner.storage(address, slot)
  }
  blockHash(number: bigint): MaybePromise<Uint8Array | undefined> {
    this.counts.blockHash++
    return this.inner.blockHash(number)
  }
}
