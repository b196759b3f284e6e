import test from 'ava'

import { InMemoryState } from './executor.js'
import type { AccountRecord } from './executor.js'
import { mappingSlot, simulateHints, slotIndex, warmCache } from '../src/index.js'
import { workload } from './helpers.js'

test('prefetch lists the pre-state accounts, slots and code the block will read', async (t) => {
  const block = workload('erc20', { seed: 2 })
  const h = await simulateHints(block)
  const accounts = new Set(h.prefetch.accounts)
  const slots = new Set(h.prefetch.slots.map(([a, s]) => a + s))
  for (const tx of block.transactions) {
    t.true(accounts.has(tx.from.slice(2)))
    t.true(accounts.has(tx.to!.slice(2))) // the token
    const to = '0x' + Buffer.from(tx.data.subarray(16, 36)).toString('hex')
    t.true(slots.has(tx.to!.slice(2) + mappingSlot(tx.from, slotIndex(0))))
    t.true(slots.has(tx.to!.slice(2) + mappingSlot(to, slotIndex(0))))
  }
  t.is(h.prefetch.codeHashes.length, 1) // every token has the same code
  t.true(h.prefetch.accounts.every((a) => /^[0-9a-f]{40}$/.test(a)))
  t.true(h.prefetch.slots.every(([a, s]) => /^[0-9a-f]{40}$/.test(a) && /^[0-9a-f]{64}$/.test(s)))
})

test('warmCache issues every prefetch read against a base state', async (t) => {
  const block = workload('hybrid', { seed: 2 })
  const h = await simulateHints(block, { mode: 'both' })
  const base = InMemoryState.fromBlock(block)
  const seen = { accounts: 0, slots: 0, codes: 0 }
  const counting = {
    account: async (a: string): Promise<AccountRecord | undefined> => (seen.accounts++, base.account(a)),
    storage: async (a: string, s: string) => (seen.slots++, base.storage(a, s)),
    code: async (c: string) => (seen.codes++, base.code(c)),
    blockHash: async (n: bigint) => base.blockHash(n),
  }
  const n = await warmCache(counting, h.prefetch, 8)
  t.deepEqual(seen, { accounts: h.prefetch.accounts.length, slots: h.prefetch.slots.length, codes: h.prefetch.codeHashes.length })
  t.is(n, seen.accounts + seen.slots + seen.codes)
  t.true(seen.slots > 0 && seen.codes > 0)
})
