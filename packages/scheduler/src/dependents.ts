// Dependents lists: for each transaction b, the transactions suspended until b finishes its
// current execution. Lock-free, in shared memory, fixed capacity:
//
//   depHead[b]  0            open, empty
//               d + 1        open, first dependent is d
//               CLOSED       b is EXECUTED: nobody may register on it (they re-read instead)
//   depNext[d]  the next dependent after d (same encoding, 0 = end)
//
// A transaction is suspended on at most one blocker at a time (it is not executing while
// suspended), so the node of dependent d is simply slot d: no pool, no allocation.
//
// Why no wake-up can be lost (invariant I5 in scheduler.ts): `push` succeeds only by CAS on an
// open head, and `close` drains the list by an atomic exchange that also closes it. Every
// successful push is therefore either drained by the close that follows it, or it happened
// on a list that is already closed - impossible, the CAS would have failed. The paper gets
// the same from a mutex held across "check blocker status" and "insert".
//
// Pushes are ABA-safe without tags: a push only writes depNext[d] = observed head and CASes
// head from that value, so even if the list was drained, reopened and refilled to the same
// head value in between, the resulting list is well formed. There are no single-node pops.

export const CLOSED = 1 << 30

/** Registers `dependent` on `blocker`. False when the blocker's list is closed (it is executed). */
export function pushDependent(depHead: Int32Array, depNext: Int32Array, blocker: number, dependent: number): boolean {
  for (;;) {
    const head = Atomics.load(depHead, blocker)
    if (head & CLOSED) return false
    Atomics.store(depNext, dependent, head)
    if (Atomics.compareExchange(depHead, blocker, head, dependent + 1) === head) return true
  }
}

/** Closes the list of `blocker` and returns its previous head (0 = no dependents). */
export function closeDependents(depHead: Int32Array, blocker: number): number {
  return Atomics.exchange(depHead, blocker, CLOSED)
}

/** Reopens the (closed, empty) list once `blocker` is no longer EXECUTED. */
export function reopenDependents(depHead: Int32Array, blocker: number): void {
  Atomics.store(depHead, blocker, 0)
}
