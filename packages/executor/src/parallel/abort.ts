/**
 * Thrown from a state read that stops the transaction: it met an ESTIMATE, and cannot go on
 * until `blockingTx` re-executes; or it found its reads so far stale (mv-reader.ts, with
 * ParallelOptions.staleAborts), and `blockingTx` is the writer its first stale read now sees
 * (negative when none: run again at once). Not an EVM error, so the EVM's interpreter
 * re-throws it and it reaches the worker loop (pinned by a test).
 */
export class DependencyAbort extends Error {
  override readonly name = 'DependencyAbort'
  constructor(readonly blockingTx: number) {
    super(blockingTx >= 0 ? `stopped by transaction ${blockingTx} (an ESTIMATE, or stale reads)` : 'stopped: stale reads, to run again')
  }
}
