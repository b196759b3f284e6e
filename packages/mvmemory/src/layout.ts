/**
 * Shared-memory LAYOUT and INVARIANTS of the multi-version memory. Every worker
 * maps the same SharedArrayBuffers (`MVMemoryShared`, postMessage-able) and reads
 * and writes them directly; nothing on the per-read path goes through messages.
 *
 * LAYOUT (all words 32-bit; "entry" = one version)
 *
 *   ctrl      Int32Array[CTRL_WORDS]
 *             [LOC_COUNT]   next LocationId to hand out (never above capacity)
 *             [VERSION_TOP] next free entry in `versions` (bump allocator)
 *             [TXLOC_TOP]   next free word in `txLocs` (bump allocator)
 *             [TX_COUNT]    transactions in the current block (finalValue reads as it)
 *             [DIRECT_COUNT] LocationIds 0..DIRECT_COUNT-1 are direct (I12): no key, not in `buckets`
 *
 *   buckets   Int32Array[bucketCount]  open addressing, linear probing, bucketCount a
 *             power of two >= 2*locationCapacity (load factor <= 1/2).
 *             0 = empty, BUCKET_BUSY (-1) = being inserted, n > 0 = LocationId n-1.
 *
 *   keys      Uint32Array[locationCapacity * KEY_WORDS]   key of LocationId l at l*16
 *             (unused below DIRECT_COUNT).
 *
 *   locMeta   Int32Array[locationCapacity * LOC_STRIDE]   per location, at l*8:
 *             [L_SEQ]     seqlock word (see seqlock.ts): odd while a writer holds it
 *             [L_WAITERS] threads parked in Atomics.wait on L_SEQ
 *             [L_BLOCK]   first slot of its version block in `versions`, -1 if none
 *             [L_CAP]     entries the block holds
 *             [L_COUNT]   entries in use, sorted by txIdx
 *             [L_HASH]    hashKey(key) | 0 (recorded; probes compare the key words, one cache line fewer)
 *             [L_READ]    1 + the highest txIdx whose execution read it (read()), 0: none
 *
 *   versions  Uint32Array[versionCapacity * ENTRY_WORDS]  version blocks. A block of
 *             cap entries starting at slot b spans words [b*10, (b+cap)*10):
 *               txs      cap words at b*10:            txIdx of entry i at +i, sorted
 *               payload  cap * 9 words after the txs:  entry i at +i*9:
 *                        [P_META]     incarnation << 2 | F_DELTA? | F_ESTIMATE?
 *                        [P_VALUE..]  8 value words, little-endian (absolute or delta)
 *             The txIdx column is separate so a binary search over 10,000 versions
 *             touches 40 KB, not 400 KB.
 *             A location's block starts at INITIAL_BLOCK entries and doubles when
 *             full; the old block is abandoned (not reused until clear()), so a
 *             location holding n versions has used fewer than 4n + INITIAL_BLOCK slots.
 *
 *   txMeta    Int32Array[txCapacity * TX_STRIDE]  per tx, at t*4: the locations its
 *             last record() wrote, as a list in `txLocs`:
 *             [T_OFF] first word, [T_CAP] words reserved, [T_COUNT] words used
 *   txLocs    Int32Array[txLocCapacity]  those lists (bump allocated, grown by
 *             reallocation when an incarnation writes more than the reservation)
 *
 *   blobs     a BlobArena (its own layout and invariants B1..B4 in blob-arena.ts)
 *
 * INVARIANTS (tests assert them by these names)
 *
 *   I1  A key maps to at most one LocationId: keys are compared in all KEY_WORDS
 *       words, the hash only picks the bucket. A hash collision never merges keys.
 *   I2  LocationIds are dense (0..locationCount-1), never reused before clear(); a
 *       bucket is published (store of id+1) only after the key and locMeta of the
 *       id are written, so whoever finds the id sees them.
 *   I3  The versions of a location are sorted by strictly increasing txIdx: at most
 *       one entry per (location, txIdx), found by binary search in O(log n).
 *   I4  An entry (loc, tx) exists iff loc is in tx's txLocs list: record() inserts
 *       or updates the new writes, then removes the entries of locations the
 *       previous incarnation wrote and this one does not.
 *   I5  Every change to a location's block (insert, update, remove, re-allocation,
 *       ESTIMATE marking) happens while its L_SEQ is odd; a reader keeps a result
 *       only if L_SEQ was the same even value before and after it read.
 *   I6  The arenas are append-only until clear(): an abandoned version block is never
 *       handed to another location, so a reader holding a stale L_BLOCK reads stale,
 *       in-bounds memory and is then sent to retry by I5.
 *   I7  An aborted tx's entries (absolute and delta) become ESTIMATE and stay in
 *       place until its next record(); a read whose fold reaches an ESTIMATE returns
 *       ESTIMATE with lastTxIdx = that tx, never a stale value.
 *   I8  Values are 8 little-endian Uint32 words; deltas are added mod 2^256.
 *   I9  At most one thread at a time calls record() / convertWritesToEstimates() for
 *       a given txIdx (the scheduler's guarantee; txLocs[tx] is not locked).
 *   I10 A full table throws CapacityError before any out-of-bounds write.
 *   I11 read() raises L_READ to at least txIdx + 1 (Atomics, before it looks at the
 *       versions), and record() reads L_READ of each location new to the tx only
 *       after publishing its version. With sequentially consistent Atomics, a record()
 *       of tx k that sees L_READ <= k + 1 has its write ordered before every read of
 *       that location by a higher tx: none of them read the old value, so none needs
 *       revalidating for it (wroteNewLocation stays false for it).
 *   I12 Direct locations: reserveDirect(n), on one thread after clear() and before any
 *       locate(), makes ids 0..n-1 valid locations with fresh locMeta and no key; the
 *       table hands out ids from n on. The caller maps its own keys onto them (e.g. an
 *       account's fields by the account's index in a pre-state table) and must map a
 *       key the same way on every thread and never also locate() it: the store cannot
 *       tell the two ids of one key apart. keyOf() of a direct id throws.
 */
import type { BlobArenaShared } from './blob-arena.js'
import { KEY_WORDS, VALUE_WORDS } from './types.js'

export const CTRL_WORDS = 8
export const LOC_COUNT = 0
export const VERSION_TOP = 1
export const TXLOC_TOP = 2
export const TX_COUNT = 3
export const DIRECT_COUNT = 4

export const BUCKET_BUSY = -1

export const LOC_STRIDE = 8
export const L_SEQ = 0
export const L_WAITERS = 1
export const L_BLOCK = 2
export const L_CAP = 3
export const L_COUNT = 4
export const L_HASH = 5
export const L_READ = 6

export const ENTRY_WORDS = 2 + VALUE_WORDS
export const PAYLOAD_WORDS = 1 + VALUE_WORDS
export const P_META = 0
export const P_VALUE = 1
export const F_DELTA = 1
export const F_ESTIMATE = 2
export const INCARNATION_SHIFT = 2
export const MAX_INCARNATION = (1 << 30) - 1

export const INITIAL_BLOCK = 4

export const TX_STRIDE = 4
export const T_OFF = 0
export const T_CAP = 1
export const T_COUNT = 2

/** The SharedArrayBuffers of one store plus the numbers that size them; postMessage-able. */
export interface MVMemoryShared {
  txCapacity: number
  locationCapacity: number
  versionCapacity: number
  txLocCapacity: number
  bucketCount: number
  ctrl: SharedArrayBuffer
  buckets: SharedArrayBuffer
  keys: SharedArrayBuffer
  locMeta: SharedArrayBuffer
  versions: SharedArrayBuffer
  txMeta: SharedArrayBuffer
  txLocs: SharedArrayBuffer
  /** The store's BlobArena (contract code), see blob-arena.ts. */
  blobs: BlobArenaShared
}

export function nextPow2(n: number): number {
  let p = 1
  while (p < n) p *= 2
  return p
}

export interface LayoutSizes {
  txCapacity: number
  locationCapacity: number
  versionCapacity: number
  txLocCapacity: number
}

export function allocateShared(s: LayoutSizes, blobs: BlobArenaShared): MVMemoryShared {
  const bucketCount = nextPow2(Math.max(2, s.locationCapacity * 2))
  const sab = (bytes: number) => new SharedArrayBuffer(Math.max(4, bytes))
  return {
    ...s,
    bucketCount,
    ctrl: sab(CTRL_WORDS * 4),
    buckets: sab(bucketCount * 4),
    keys: sab(s.locationCapacity * KEY_WORDS * 4),
    locMeta: sab(s.locationCapacity * LOC_STRIDE * 4),
    versions: sab(s.versionCapacity * ENTRY_WORDS * 4),
    txMeta: sab(s.txCapacity * TX_STRIDE * 4),
    txLocs: sab(s.txLocCapacity * 4),
    blobs,
  }
}

/**
 * Takes n units from the bump counter ctrl[at] if they fit under capacity; returns
 * the first unit, or -1 (leaving the counter untouched, so one oversized request
 * does not spend what smaller ones could still use).
 */
export function bumpAlloc(ctrl: Int32Array, at: number, n: number, capacity: number): number {
  for (;;) {
    const top = Atomics.load(ctrl, at)
    if (top + n > capacity) return -1
    if (Atomics.compareExchange(ctrl, at, top, top + n) === top) return top
  }
}
