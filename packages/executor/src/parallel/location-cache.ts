/**
 * Per-thread memo of key → LocationId for one block. Location ids never change
 * within a block, so after the first `locate` of an account field or slot the
 * worker skips packing the key words and probing the shared table (which costs
 * ~13 hex parses and a 16-word hash and compare per lookup).
 */
import type { MVMemory } from '@blockstm/mvmemory'

import { Kind, makeKey, newKey } from './keys.js'

export class LocationCache {
  private readonly ids = new Map<string, number>()
  private readonly key = newKey()

  constructor(private readonly mv: MVMemory) {}

  locate(kind: Kind, address: string, slot?: string): number {
    const k = slot === undefined ? kind + address : address + slot
    let id = this.ids.get(k)
    if (id === undefined) {
      id = this.mv.locate(makeKey(this.key, kind, address, slot))
      this.ids.set(k, id)
    }
    return id
  }
}
