// Per-transaction status word: one Int32 per transaction, `incarnation << 2 | status`,
// changed only by Atomics.compareExchange so a transition and the incarnation it applies
// to are one atomic step (the paper uses a mutex per transaction for the same purpose).
// The transitions themselves and their invariants are documented in scheduler.ts.

export const TxStatus = {
  READY: 0,
  EXECUTING: 1,
  EXECUTED: 2,
  ABORTING: 3,
} as const
export type TxStatus = (typeof TxStatus)[keyof typeof TxStatus]

/** The all-zero word is (incarnation 0, READY): clearing the array resets every transaction. */
export const INITIAL_STATUS_WORD = 0

/** Incarnations are kept below 2^29 so the packed word stays a positive Int32. */
export const MAX_INCARNATION = (1 << 29) - 1

export function packStatus(incarnation: number, status: TxStatus): number {
  return (incarnation << 2) | status
}
export function statusOf(word: number): TxStatus {
  return (word & 3) as TxStatus
}
export function incarnationOf(word: number): number {
  return word >>> 2
}
export function statusName(status: TxStatus): string {
  return ['READY', 'EXECUTING', 'EXECUTED', 'ABORTING'][status]!
}
