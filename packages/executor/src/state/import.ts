/**
 * Importer: writes a block's pre-state (accounts, code, storage, BLOCKHASH answers)
 * into an LMDB directory in the layout `LmdbState` reads (see state/lmdb.ts).
 *
 * Idempotent: by default the database is cleared and rewritten in one write
 * transaction, so importing the same block twice leaves the same contents, and a
 * reader never sees half an import. `merge: true` adds to what is there instead
 * (several blocks' pre-states in one directory; a later account record replaces an
 * earlier one, slots accumulate).
 */
import { mkdirSync } from 'node:fs'

import { loadBlockFile } from '../input/parse.js'
import { keccak256 } from '../hash.js'
import type { BlockInput } from '../types.js'
import { EMPTY_CODE_HASH, strip0x } from './base.js'
import {
  LMDB_LAYOUT_VERSION,
  META_KEY,
  accountKey,
  bigintBytes,
  blockHashKey,
  codeKey,
  encodeAccount,
  openLmdb,
  storageKey,
} from './lmdb.js'
import type { LmdbMeta } from './lmdb.js'

export interface ImportOptions {
  /** Keep what the directory holds and add this block's pre-state (default: replace). */
  merge?: boolean
}

export interface ImportStats extends LmdbMeta {
  dir: string
  ms: number
}

export async function importBlockState(block: BlockInput, dir: string, opts: ImportOptions = {}): Promise<ImportStats> {
  const t0 = performance.now()
  mkdirSync(dir, { recursive: true })
  const db = openLmdb(dir, { writable: true })
  let accounts = 0
  let slots = 0
  let blockHashes = 0
  const codes = new Set<string>()
  let meta: LmdbMeta | undefined
  try {
    db.transactionSync(() => {
      if (!opts.merge) db.clearSync()
      for (const [addr, acc] of block.preState) {
        const a = strip0x(addr).toLowerCase()
        let codeHash = EMPTY_CODE_HASH
        if (acc.code.length > 0) {
          codeHash = Buffer.from(keccak256(acc.code)).toString('hex')
          if (!codes.has(codeHash)) {
            codes.add(codeHash)
            db.putSync(codeKey(codeHash), Buffer.from(acc.code))
          }
        }
        // Same rule as InMemoryState.fromBlock: any listed slot means "has storage".
        db.putSync(accountKey(a), encodeAccount({ nonce: acc.nonce, balance: acc.balance, codeHash, hasStorage: acc.storage.size > 0 }))
        accounts++
        for (const [slot, v] of acc.storage) {
          const k = storageKey(a, strip0x(slot).toLowerCase())
          // Absent = zero: a zero value (the parser omits them anyway) is not stored.
          if (v === 0n) db.removeSync(k)
          else db.putSync(k, bigintBytes(v))
          slots++
        }
      }
      for (const [n, h] of block.blockHashes) {
        db.putSync(blockHashKey(n), Buffer.from(strip0x(h), 'hex'))
        blockHashes++
      }
      meta = {
        version: LMDB_LAYOUT_VERSION,
        blockNumber: block.header.number.toString(),
        accounts,
        codes: codes.size,
        slots,
        blockHashes,
        importedAt: new Date().toISOString(),
      }
      db.putSync(META_KEY, Buffer.from(JSON.stringify(meta)))
    })
  } finally {
    await db.close()
  }
  return { ...meta!, dir, ms: performance.now() - t0 }
}

/** Loads a fixture file (mainnet or generated, `.json` or `.json.gz`) and imports its pre-state. */
export async function importFixtureFile(file: string, dir: string, opts: ImportOptions = {}): Promise<ImportStats> {
  return importBlockState(await loadBlockFile(file), dir, opts)
}
