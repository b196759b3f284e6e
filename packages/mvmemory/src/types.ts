/**
 * Vocabulary shared by every part of the multi-version memory (names from the
 * Block-STM paper and pevm). mvmemory knows nothing about the EVM: a location is an
 * opaque fixed-width key and a value an opaque 256-bit word.
 */

/** Position of a transaction in the block, 0-based. */
export type TxIdx = number
/** How many times a transaction was re-executed, 0-based. */
export type Incarnation = number
/** Dense id (0..locationCount-1) that `MVMemory.locate` gives a key. */
export type LocationId = number

/** A key is 16 Uint32 words (64 bytes), compared in full, never by hash alone. */
export const KEY_WORDS = 16
/**
 * A value is 256 bits as 8 Uint32 words, LITTLE-ENDIAN WORDS: word 0 holds bits
 * 0..31 (least significant), word 7 bits 224..255. Deltas are two's complement in
 * the same order and are added mod 2^256.
 */
export const VALUE_WORDS = 8

/**
 * What a read saw. A plain const object (not a `const enum`) so it survives
 * `isolatedModules` and esbuild; `ReadStatus` is also the type of its values.
 */
export const ReadStatus = {
  /** No writer below the reader: read base storage. */
  NONE: 0,
  /** An absolute value (with any deltas above it folded in) is in `out`. */
  VALUE: 1,
  /** The nearest writer below is an ESTIMATE (aborted tx); `lastTxIdx` is the blocking tx. */
  ESTIMATE: 2,
  /** Only deltas below: `out` is their sum mod 2^256; the caller adds base storage. */
  DELTA_ON_BASE: 3,
} as const
export type ReadStatus = (typeof ReadStatus)[keyof typeof ReadStatus]
