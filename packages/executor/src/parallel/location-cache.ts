/**
 * Per-thread memo of key → LocationId for one block. Location ids never change
 * within a block, so after the first `locate` of an account field or slot the
 * worker skips packing the key words and probing the shared table (which costs
 * ~13 hex parses and a 16-word hash and compare per lookup).
 *
 * Keyed by the address string as given (no concatenation: a new string per lookup
 * would be hashed again on every call), then by field kind or slot.
 */
import type { MVMemory } from '@blockstm/mvmemory'

import { Kind, makeKey, newKey } from './keys.js'

const FIELDS = 6 // index = Kind (ACCOUNT..WIPE; 0 unused)

export class LocationCache {
  /** Address → its row in `fields` (FIELDS ids per account, -1 = not located yet). */
  private readonly rows = new Map<string, number>()
  private fields = new Int32Array(FIELDS * 1024).fill(-1)
  private nextRow = 0
  private readonly slots = new Map<string, Map<string, number>>()
  private readonly key = newKey()

  constructor(private readonly mv: MVMemory) {}

  locate(kind: Kind, address: string, slot?: string): number {
    if (slot !== undefined) return this.locateSlot(kind, address, slot)
    let row = this.rows.get(address)
    if (row === undefined) this.rows.set(address, (row = this.newRow()))
    const at = row * FIELDS + kind
    let id = this.fields[at]
    if (id < 0) this.fields[at] = id = this.mv.locate(makeKey(this.key, kind, address))
    return id
  }

  private newRow(): number {
    if ((this.nextRow + 1) * FIELDS > this.fields.length) {
      const grown = new Int32Array(this.fields.length * 2).fill(-1)
      grown.set(this.fields)
      this.fields = grown
    }
    return this.nextRow++
  }

  private locateSlot(kind: Kind, address: string, slot: string): number {
    let slots = this.slots.get(address)
    if (slots === undefined) this.slots.set(address, (slots = new Map()))
    let id = slots.get(slot)
    if (id === undefined) slots.set(slot, (id = this.mv.locate(makeKey(this.key, kind, address, slot))))
    return id
  }
}
