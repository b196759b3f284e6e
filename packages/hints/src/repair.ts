/**
 * Repairing simulations that failed alone. A transaction that reverts (or is still
 * invalid) against the pre-block state usually succeeds in the block because of an
 * earlier transaction in it (chain-erc20: tx i spends what tx i-1 just paid it), so
 * its isolated run stops early and under-reports: no writes, and no reads past the
 * failed check. Exactly the transactions whose dependencies matter most.
 *
 *  1. If a template for its call (same code, same selector) is known, or can be
 *     learned from another call of the block that did succeed alone, add the
 *     template's prediction (what a successful call touches).
 *  2. Otherwise assume it would have written the storage it read (read-modify-write:
 *     balances, reserves, counters). A guess that can only add edges: it makes the
 *     next reader wait, rather than abort.
 */
import type { TxAccess } from './access.js'
import type { AccountRecord, TxInput } from './deps.js'
import { decodeLocation } from './location.js'
import { classify } from './static.js'
import { TemplateCache, applyTemplate, learnTemplate } from './template.js'

export interface RepairContext {
  txs: readonly TxInput[]
  coinbase: string
  account: (addr: string) => AccountRecord | undefined
  selectors: ReadonlySet<string>
  templates: TemplateCache
}

export function failedAlone(a: TxAccess): boolean {
  return a.source === 'simulated' && (a.status === 0 || a.invalid !== undefined)
}

/** Repairs `perTx` in place; returns how many transactions were repaired. */
export function repairFailed(perTx: TxAccess[], ctx: RepairContext): number {
  const failed: number[] = []
  for (let i = 0; i < perTx.length; i++) if (failedAlone(perTx[i])) failed.push(i)
  if (failed.length === 0) return 0
  const keyOf = (i: number): string | undefined => {
    const c = classify(ctx.txs[i], ctx.account, ctx.selectors)
    return c.kind === 'call' ? c.key : undefined
  }
  // Learn missing templates from calls that succeeded alone, first ones first.
  const wanted = new Set<string>()
  for (const i of failed) {
    const k = keyOf(i)
    if (k !== undefined && ctx.templates.get(k) === undefined) wanted.add(k)
  }
  for (let i = 0; i < perTx.length && wanted.size > 0; i++) {
    if (failedAlone(perTx[i]) || perTx[i].source !== 'simulated') continue
    const k = keyOf(i)
    if (k === undefined || !wanted.has(k)) continue
    const t = learnTemplate(k, i, ctx.txs[i], ctx.coinbase, perTx[i])
    if (t !== undefined) {
      ctx.templates.set(t)
      wanted.delete(k)
    }
  }
  for (const i of failed) {
    const a = perTx[i]
    const k = keyOf(i)
    const t = k === undefined ? undefined : ctx.templates.get(k)
    const predicted = t === undefined ? undefined : applyTemplate(t, ctx.txs[i], ctx.coinbase)
    if (predicted !== undefined) {
      for (const l of predicted.reads) a.reads.add(l)
      for (const l of predicted.writes) a.writes.add(l)
      for (const l of predicted.deltas) a.deltas.add(l)
    } else {
      for (const l of a.reads) if (decodeLocation(l).kind === 'storage') a.writes.add(l)
    }
    a.repaired = predicted !== undefined ? 'template' : 'read-write'
  }
  return failed.length
}
