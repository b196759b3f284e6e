// Mock transactions for model tests (no EVM). Each tx reads up to three integer keys and
// writes one or two; the written values, the key of a dynamic read and the key/presence of
// the second write all depend on what it read, so a re-execution with different inputs
// reads and writes different locations. Blocks are generated from a seed.

export const SPEC = 8 // Int32 words per tx spec
// spec: [nReads, r0, r1, r2, w0, w1, w1Mode, delayMaxMicros]
//   r_k = -1: dynamic key, derived from the previous value read
//   w1 = -1: no second write, -2: dynamic key; w1Mode 1: written only when x is odd

export const VALUE_MASK = 0xffff

export function storage(key: number): number {
  return (Math.imul(key + 1, 0x9e3779b1) >>> 7) & VALUE_MASK
}

/** Sentinel a read callback returns when the execution must stop (tx suspended). */
export const SUSPENDED = -1

/**
 * Executes tx `tx`. read(key) returns the value (>= 0) or SUSPENDED; write is called with
 * the final writes only after all reads succeeded. Returns false if suspended.
 */
export function runTx(
  specs: Int32Array,
  tx: number,
  keys: number,
  read: (key: number) => number,
  write: (key: number, value: number) => void,
): boolean {
  const o = tx * SPEC
  const nReads = specs[o]!
  let acc = Math.imul(tx + 7, 0x85ebca6b)
  let prev = tx
  for (let k = 0; k < nReads; k++) {
    let key = specs[o + 1 + k]!
    if (key < 0) key = (prev + k) % keys
    const v = read(key)
    if (v === SUSPENDED) return false
    prev = v
    acc = Math.imul(acc ^ (v + k * 0x1000193), 0x27d4eb2d) ^ (acc >>> 15)
  }
  const x = (acc >>> 9) & VALUE_MASK
  write(specs[o + 4]!, x)
  const w1 = specs[o + 5]!
  if (w1 !== -1 && (specs[o + 6] === 0 || (x & 1) === 1)) {
    write(w1 === -2 ? (x >>> 3) % keys : w1, (x * 31 + 7) & VALUE_MASK)
  }
  return true
}

/** The reference: the block run serially in order over plain storage. */
export function sequentialState(specs: Int32Array, txCount: number, keys: number): number[] {
  const state: number[] = []
  for (let k = 0; k < keys; k++) state.push(storage(k))
  for (let tx = 0; tx < txCount; tx++) {
    const pending: Array<[number, number]> = []
    runTx(specs, tx, keys, (k) => state[k]!, (k, v) => pending.push([k, v]))
    for (const [k, v] of pending) state[k] = v
  }
  return state
}

/** Small fast seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface BlockShape {
  txCount: number
  keys: number
}

/** A random block: hot keys make conflicts likely; some reads and writes are dynamic. */
export function randomBlock(seed: number, specs: Int32Array, shape: BlockShape, maxDelayMicros: number): void {
  const r = rng(seed)
  const { txCount, keys } = shape
  // A third of the blocks are contention blocks: 1-2 hot keys that nearly every tx touches,
  // so that aborts, ESTIMATE reads and suspensions are frequent.
  const contention = r() < 0.35
  const hot = contention ? 1 + Math.floor(r() * 2) : Math.max(1, Math.floor(keys * (0.1 + r() * 0.5)))
  const hotP = contention ? 0.9 : 0.6
  const delayP = contention ? 0.8 : 0.3
  const key = (): number => (r() < hotP ? Math.floor(r() * hot) : Math.floor(r() * keys))
  for (let tx = 0; tx < txCount; tx++) {
    const o = tx * SPEC
    specs[o] = Math.floor(r() * 4)
    for (let k = 0; k < 3; k++) specs[o + 1 + k] = r() < 0.2 ? -1 : key()
    specs[o + 4] = key()
    const m = r()
    specs[o + 5] = m < 0.4 ? -1 : m < 0.7 ? -2 : key()
    specs[o + 6] = r() < 0.5 ? 1 : 0
    specs[o + 7] = r() < delayP ? Math.floor(r() * maxDelayMicros * (contention ? 3 : 1)) : 0
  }
}

/** tx i reads key 2i and writes key 2i+1: no conflicts at all (needs keys >= 2 txCount). */
export function conflictFreeBlock(specs: Int32Array, txCount: number): void {
  for (let tx = 0; tx < txCount; tx++) {
    const o = tx * SPEC
    specs.set([1, 2 * tx, 0, 0, 2 * tx + 1, -1, 0, 0], o)
  }
}

/** tx i reads key i (written by tx i-1) and writes key i+1: a full chain (needs keys >= txCount + 1). */
export function chainBlock(specs: Int32Array, txCount: number, delayMicros: number): void {
  for (let tx = 0; tx < txCount; tx++) {
    const o = tx * SPEC
    specs.set([1, tx, 0, 0, tx + 1, -1, 0, delayMicros], o)
  }
}

/** Busy-waits (simulates EVM work without yielding the thread). */
export function spinMicros(us: number): void {
  if (us <= 0) return
  const end = performance.now() + us / 1000
  while (performance.now() < end) {
    // spin
  }
}

/** The true read-after-write graph of a block: tx j depends on the last writer of each key it reads. */
export function trueEdges(specs: Int32Array, txCount: number, keys: number): Array<[number, number]> {
  const state: number[] = []
  const lastWriter: number[] = []
  for (let k = 0; k < keys; k++) {
    state.push(storage(k))
    lastWriter.push(-1)
  }
  const edges: Array<[number, number]> = []
  for (let tx = 0; tx < txCount; tx++) {
    const pending: Array<[number, number]> = []
    runTx(
      specs,
      tx,
      keys,
      (k) => {
        if (lastWriter[k]! >= 0) edges.push([lastWriter[k]!, tx])
        return state[k]!
      },
      (k, v) => pending.push([k, v]),
    )
    for (const [k, v] of pending) {
      state[k] = v
      lastWriter[k] = tx
    }
  }
  return edges
}
