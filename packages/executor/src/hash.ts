/**
 * keccak256 for everything we hash (receipts trie, blooms, code hashes) and, through
 * Common.customCrypto, for the EVM's SHA3 opcode and address derivation.
 *
 * WebAssembly (hash-wasm) when available: ~4 µs for a 300-byte receipt here against
 * ~30 µs for pure-JS @noble/hashes, which was half of a raw-transfer block's sequential
 * time (the receipts root). One hasher per thread (module instance); calls are
 * synchronous and never interleave. Falls back to noble if WebAssembly cannot load.
 */
import { keccak_256 } from '@noble/hashes/sha3.js'
import { createKeccak } from 'hash-wasm'

type Hasher = Awaited<ReturnType<typeof createKeccak>>

let wasm: Hasher | undefined
try {
  wasm = await createKeccak(256)
} catch {
  wasm = undefined
}

export const keccakBackend: 'wasm' | 'js' = wasm === undefined ? 'js' : 'wasm'

export const keccak256: (data: Uint8Array) => Uint8Array =
  wasm === undefined
    ? (data) => keccak_256(data)
    : (data) => {
        const h = wasm!
        h.init()
        h.update(data)
        // digest('binary') returns a fresh copy, never a view into WASM memory.
        return h.digest('binary')
      }
