/**
 * The block travels to the workers as bytes in one SharedArrayBuffer, serialised once
 * (v8.serialize) and deserialised by each worker in parallel. postMessage of the object
 * itself would serialise it once per worker on the main thread — for a 10k-transaction
 * block on 16 workers that alone outweighed the whole sequential execution.
 * Cached per block object, so running the same block again costs nothing.
 */
import { deserialize, serialize } from 'node:v8'

import type { BlockInput } from '../types.js'

const cache = new WeakMap<BlockInput, SharedArrayBuffer>()

export function blockBytes(block: BlockInput): SharedArrayBuffer {
  let sab = cache.get(block)
  if (sab === undefined) {
    const bytes = serialize(block)
    sab = new SharedArrayBuffer(bytes.length)
    new Uint8Array(sab).set(bytes)
    cache.set(block, sab)
  }
  return sab
}

export function blockFromBytes(sab: SharedArrayBuffer): BlockInput {
  return deserialize(new Uint8Array(sab)) as BlockInput
}
