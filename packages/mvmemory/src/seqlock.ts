/**
 * A sequence lock on two Int32 words (SEQ, WAITERS) of a shared Int32Array.
 *
 * SEQ even: free; odd: a writer holds it. Writers take it with compareExchange
 * (even s -> s+1) and release with store(s+2), so every mutation bumps SEQ by 2.
 * Readers never write: they read SEQ, read the data, and re-read SEQ; an unchanged
 * even SEQ proves no writer ran in between (otherwise they retry). This keeps reads
 * of a hot location free of cache-line ping-pong between readers.
 *
 * Waiting: spin (a round trip costs ~0.16 µs) up to SPIN_LIMIT loads, then
 * Atomics.wait (a wake-up costs ~23 µs). A waiter increments WAITERS *before*
 * Atomics.wait re-checks SEQ, and the releaser stores SEQ *before* reading WAITERS;
 * with sequentially consistent atomics either the releaser sees the waiter (and
 * notifies) or the waiter's wait sees the new SEQ (and returns at once): no lost
 * wake-up. The wait also has a timeout, as a belt and braces.
 */

export const SPIN_LIMIT = 4096
const WAIT_TIMEOUT_MS = 20

/** Blocks until SEQ !== observed (observed is odd: a writer holds the lock). */
export function seqAwait(meta: Int32Array, seq: number, waiters: number, observed: number): void {
  for (let i = 0; i < SPIN_LIMIT; i++) if (Atomics.load(meta, seq) !== observed) return
  Atomics.add(meta, waiters, 1)
  Atomics.wait(meta, seq, observed, WAIT_TIMEOUT_MS)
  Atomics.sub(meta, waiters, 1)
}

/** Takes the writer lock; returns the odd SEQ value to hand to seqUnlock. */
export function seqLock(meta: Int32Array, seq: number, waiters: number): number {
  for (;;) {
    const s = Atomics.load(meta, seq)
    if ((s & 1) === 0) {
      const odd = (s + 1) | 0
      if (Atomics.compareExchange(meta, seq, s, odd) === s) return odd
    } else {
      seqAwait(meta, seq, waiters, s)
    }
  }
}

export function seqUnlock(meta: Int32Array, seq: number, waiters: number, odd: number): void {
  Atomics.store(meta, seq, (odd + 1) | 0)
  if (Atomics.load(meta, waiters) !== 0) Atomics.notify(meta, seq)
}
