/**
 * Thrown from a state read that met an ESTIMATE: the transaction cannot go on
 * until `blockingTx` re-executes. Not an EVM error, so the EVM's interpreter
 * re-throws it and it reaches the worker loop (pinned by a test).
 */
export class DependencyAbort extends Error {
  override readonly name = 'DependencyAbort'
  constructor(readonly blockingTx: number) {
    super(`read an ESTIMATE of transaction ${blockingTx}`)
  }
}
