/** Which fixed-size shared table ran out. */
export type CapacityTable = 'locations' | 'versions' | 'txWrites' | 'blobEntries' | 'blobBytes'

/**
 * Thrown when a shared table is full. Tables never grow (every worker holds views
 * on the same SharedArrayBuffers, so growing would need a cross-thread handshake on
 * the hot path); instead the error is raised before any out-of-bounds write. The
 * store's content for the current block is then unspecified: `clear()` it and rerun
 * the block with larger capacities.
 */
export class CapacityError extends Error {
  override readonly name = 'CapacityError'
  constructor(
    readonly table: CapacityTable,
    readonly capacity: number,
  ) {
    super(`mvmemory: ${table} table is full (capacity ${capacity}); create the store with a larger capacity`)
  }
}
