/**
 * Per-thread memo of key → LocationId for one block. Location ids never change
 * within a block, so after the first `locate` of an account field or slot the
 * worker skips packing the key words and probing the shared table (which costs
 * ~13 hex parses and a 16-word hash and compare per lookup).
 *
 * Keyed by the address string as given (no concatenation: a new string per lookup
 * would be hashed again on every call), then by field kind or slot.
 *
 * An account in the block's pre-state image skips all of that: its four account
 * fields are the multi-version memory's direct locations (mvmemory I12)
 * 4·ordinal + column, where the ordinal is its index in the image. Every worker maps
 * the same image, so they agree on the ids without the shared table: on a block of
 * transfers, whose every account is new to the worker, the table's insert (a probe, a
 * key and a meta line written, each a cache miss) was the largest cost of a location.
 */
import type { MVMemory } from '@blockstm/mvmemory'

import type { PreStateImage } from '../state/pre-state-image.js'
import { Kind, makeKey, newKey } from './keys.js'

const FIELDS = 6 // index = Kind (ACCOUNT..WIPE; 0 unused)

/** Direct locations per pre-state account, and each account kind's column among them (STORAGE has none). */
export const DIRECT_FIELDS = 4
const COLUMN = [-1, 0, 1, 2, -1, 3]

/** The kind of a direct location's column (COLUMN inverted). */
export const DIRECT_KIND: readonly Kind[] = [Kind.ACCOUNT, Kind.BALANCE, Kind.CODEHASH, Kind.WIPE]

/** How many direct locations the engine reserves for a block whose pre-state has `accounts` accounts. */
export function directLocations(accounts: number): number {
  return DIRECT_FIELDS * accounts
}

/**
 * The image that numbers `mv`'s direct locations, or undefined when it has none. Throws
 * when they cannot be numbered by it: two threads mapping one account differently would
 * miss each other's writes.
 */
export function directImage(mv: MVMemory, image: PreStateImage | undefined, who: string): PreStateImage | undefined {
  const direct = mv.directCount()
  if (direct === 0) return undefined
  if (image === undefined || directLocations(image.accountCount) !== direct) {
    throw new Error(`${who}: ${direct} direct locations, but ${image === undefined ? 'no pre-state image' : `an image of ${image.accountCount} accounts`} to number them (internal error)`)
  }
  return image
}

export class LocationCache {
  /** Address → its row in `fields` (FIELDS ids per account, -1 = not located yet). */
  private readonly rows = new Map<string, number>()
  private fields = new Int32Array(FIELDS * 1024).fill(-1)
  private nextRow = 0
  private readonly slots = new Map<string, Map<string, number>>()
  private readonly key = newKey()
  /** The image whose ordinals number the direct locations, if the block has them. */
  private readonly direct: PreStateImage | undefined
  /** The last two addresses looked up in the image (a transfer alternates sender and recipient). */
  private addrA = ''
  private ordA = -1
  private addrB = ''
  private ordB = -1

  constructor(
    private readonly mv: MVMemory,
    image?: PreStateImage,
  ) {
    this.direct = directImage(mv, image, 'parallel engine')
  }

  locate(kind: Kind, address: string, slot?: string): number {
    if (slot !== undefined) return this.locateSlot(kind, address, slot)
    if (this.direct !== undefined) {
      const o = this.ordinal(address, this.direct)
      if (o >= 0) return o * DIRECT_FIELDS + COLUMN[kind]!
    }
    let row = this.rows.get(address)
    if (row === undefined) this.rows.set(address, (row = this.newRow()))
    const at = row * FIELDS + kind
    let id = this.fields[at]
    if (id < 0) this.fields[at] = id = this.mv.locate(makeKey(this.key, kind, address))
    return id
  }

  /** The account's ordinal in the pre-state image (-1: not there, or the block has no direct locations). */
  ordinalOf(address: string): number {
    return this.direct === undefined ? -1 : this.ordinal(address, this.direct)
  }

  private ordinal(address: string, image: PreStateImage): number {
    if (address === this.addrA) return this.ordA
    if (address === this.addrB) return this.ordB
    const o = image.ordinalOf(address)
    this.addrB = this.addrA
    this.ordB = this.ordA
    this.addrA = address
    this.ordA = o
    return o
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
