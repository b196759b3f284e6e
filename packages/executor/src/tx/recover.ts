/**
 * Optional sender recovery (off by default: `from` is trusted). Each signed transaction's
 * sender is recovered by ecrecover (@ethereumjs/tx, ≈1.2 ms each) and must equal its
 * `from`; a missing signature or a different signer is SENDER_MISMATCH. `recoverSenders`
 * spreads the work over worker threads (all cores by default) — ecrecover parallelises well.
 */
import { Common, Mainnet } from '@ethereumjs/common'
import type { KZG } from '@ethereumjs/util'
import { createTx } from '@ethereumjs/tx'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { InvalidTransactionError } from '../errors.js'
import type { BlockInput, TxInput } from '../types.js'
import { ethjsTxData } from './ethjs-data.js'
import { listenOnce } from '../parallel/pool.js'

/** Blob transactions need a KZG backend to be built, not to be recovered: a stand-in. */
const unavailable = (): never => {
  throw new Error('KZG is not needed for sender recovery')
}
const NO_KZG = new Proxy({}, { get: () => unavailable }) as KZG

function commonFor(block: BlockInput): Common {
  const chain = block.chainId === 1n ? Mainnet : { ...Mainnet, chainId: Number(block.chainId) }
  return new Common({ chain, hardfork: block.hardfork, customCrypto: { kzg: NO_KZG } })
}

/** The recovered sender (lower-case 0x hex), or a reason it cannot be recovered. */
export function recoverOne(tx: TxInput, common: Common, chainId: bigint): string {
  if (tx.r === undefined || tx.s === undefined || tx.v === undefined) throw new Error('no signature')
  const ethTx = createTx(ethjsTxData(tx, chainId, true), { common })
  return ethTx.getSenderAddress().toString()
}

/** Checks `indices` of the block in this thread; returns [txIndex, problem] for each failure. */
export function checkSenders(block: BlockInput, indices: Iterable<number>): [number, string][] {
  const common = commonFor(block)
  const bad: [number, string][] = []
  for (const i of indices) {
    const tx = block.transactions[i]
    try {
      const sender = recoverOne(tx, common, block.chainId)
      if (sender !== tx.from) bad.push([i, `signature recovers ${sender}, not from ${tx.from}`])
    } catch (e) {
      bad.push([i, `cannot recover the sender: ${(e as Error).message}`])
    }
  }
  return bad
}

function recoverWorkerPath(): string {
  const p = fileURLToPath(new URL('../../dist/workers/recover.js', import.meta.url))
  if (!existsSync(p)) throw new Error(`sender-recovery worker bundle missing at ${p}: run \`node scripts/bundle-workers.mjs\``)
  return p
}

/**
 * Verifies every transaction's sender, on `workers` threads (default: all cores; 1 = this
 * thread). Throws InvalidTransactionError(SENDER_MISMATCH) for the lowest failing index.
 */
export async function recoverSenders(block: BlockInput, opts: { workers?: number } = {}): Promise<void> {
  const n = block.transactions.length
  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), Math.ceil(n / 16)))
  let bad: [number, string][]
  if (workers === 1) bad = checkSenders(block, block.transactions.keys())
  else {
    const path = recoverWorkerPath()
    const ws = Array.from({ length: workers }, () => new Worker(path))
    try {
      const replies = ws.map((w, k) => {
        const reply = listenOnce<{ bad: [number, string][] } | { error: string }>(w, k, (m) => ('error' in m ? new Error(m.error) : undefined), 'during sender recovery')
        const indices: number[] = []
        for (let i = k; i < n; i += workers) indices.push(i)
        w.postMessage({ block, indices })
        return reply
      })
      bad = (await Promise.all(replies)).flatMap((r) => ('bad' in r ? r.bad : []))
    } finally {
      await Promise.all(ws.map((w) => w.terminate()))
    }
  }
  if (bad.length > 0) {
    bad.sort((a, b) => a[0] - b[0])
    throw new InvalidTransactionError(bad[0][0], 'SENDER_MISMATCH', bad[0][1])
  }
}
