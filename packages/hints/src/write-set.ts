/**
 * A transaction's write buffer as locations, by the rules of the parallel engine's
 * MvWriter (packages/executor/src/parallel/mv-writes.ts): only account fields that
 * changed are writes, a deletion writes ACCOUNT, BALANCE and CODEHASH, a storage wipe
 * writes WIPE, lazy credits are deltas. Kept in step with that file by hand; the
 * accuracy test against the sequential recording would show a drift.
 */
import { EMPTY_CODE_HASH } from './deps.js'
import type { WriteBuffer } from './deps.js'
import { accountLoc, balanceLoc, codeLoc, storageLoc, wipeLoc } from './location.js'
import type { Location } from './location.js'
import type { RecordingReader } from './recording-reader.js'

export interface WriteLocations {
  writes: Set<Location>
  deltas: Set<Location>
}

/**
 * `reader` gives each account as the transaction first saw it; like MvWriter, asking
 * it counts as a read (the engine validates that read too).
 */
export async function writeSetOf(buf: WriteBuffer, reader: RecordingReader): Promise<WriteLocations> {
  const writes = new Set<Location>()
  const deltas = new Set<Location>()
  for (const [addr, rec] of buf.accounts) {
    const before = await reader.account(addr)
    if (rec === null) {
      if (before === undefined) continue // never existed, still does not
      writes.add(accountLoc(addr))
      writes.add(balanceLoc(addr))
      writes.add(codeLoc(addr))
      continue
    }
    if (before === undefined || rec.nonce !== before.nonce || rec.hasStorage !== before.hasStorage) writes.add(accountLoc(addr))
    if (before === undefined ? rec.balance !== 0n : rec.balance !== before.balance) writes.add(balanceLoc(addr))
    if (rec.codeHash !== (before?.codeHash ?? EMPTY_CODE_HASH)) writes.add(codeLoc(addr))
  }
  for (const [addr, st] of buf.storage) {
    if (st.cleared) writes.add(wipeLoc(addr))
    for (const slot of st.slots.keys()) writes.add(storageLoc(addr, slot))
  }
  for (const addr of buf.balanceDeltas.keys()) deltas.add(balanceLoc(addr))
  return { writes, deltas }
}
