/**
 * The static sender rule: every transaction reads its sender's account and, when
 * valid in the block, bumps its nonce and pays for gas. So a transaction depends on
 * the previous transaction of the same sender even when neither could be simulated
 * properly (invalid alone, or an unknown call in static mode).
 */
import type { TxAccess } from './access.js'
import type { TxInput } from './deps.js'
import { accountLoc, balanceLoc, codeLoc } from './location.js'

export function addSenderAccess(a: TxAccess, tx: TxInput): void {
  const s = tx.from.slice(2)
  a.reads.add(accountLoc(s))
  a.reads.add(balanceLoc(s))
  a.reads.add(codeLoc(s))
  a.writes.add(accountLoc(s))
  a.writes.add(balanceLoc(s))
}
