import test from 'ava'
import { fileURLToPath } from 'node:url'

import { applyBlockRewards, blockReward, executeSequential, loadBlockFile } from '@blockstm/executor'

const fixture = (n: number) => fileURLToPath(new URL(`../../../fixtures/mainnet/${n}.json.gz`, import.meta.url))

test('block reward by hardfork', (t) => {
  t.is(blockReward('homestead'), 5n * 10n ** 18n)
  t.is(blockReward('byzantium'), 3n * 10n ** 18n)
  t.is(blockReward('petersburg'), 2n * 10n ** 18n)
  t.is(blockReward('paris'), 0n)
})

test('pre-merge: the miner gets the block reward plus 1/32 per uncle on top of the fees', async (t) => {
  const block = await loadBlockFile(fixture(1796867)) // homestead, 1 uncle (hash only)
  const r = await executeSequential(block)
  const miner = block.header.coinbase
  const before = r.stateDiff.get(miner)?.balance ?? block.preState.get(miner)?.balance ?? 0n
  const after = applyBlockRewards(block, r.stateDiff, 1).get(miner)!.balance!
  t.is(after - before, 5n * 10n ** 18n + (5n * 10n ** 18n) / 32n)
  t.is(r.stateDiff.get(miner)?.balance, before === (block.preState.get(miner)?.balance ?? 0n) ? undefined : before, 'the execution diff itself is untouched')
})

test('shanghai: withdrawals credit gwei amounts; no block reward after the Merge', async (t) => {
  const block = await loadBlockFile(fixture(18426253))
  t.true(block.withdrawals.length > 0)
  const r = await executeSequential(block)
  const applied = applyBlockRewards(block, r.stateDiff)
  const byAddr = new Map<string, bigint>()
  for (const w of block.withdrawals) byAddr.set(w.address, (byAddr.get(w.address) ?? 0n) + w.amount * 10n ** 9n)
  for (const [addr, credit] of byAddr) {
    const base = r.stateDiff.get(addr as `0x${string}`)?.balance ?? block.preState.get(addr as `0x${string}`)?.balance ?? 0n
    t.is(applied.get(addr as `0x${string}`)?.balance, base + credit, addr)
  }
  const miner = block.header.coinbase
  t.deepEqual(applied.get(miner)?.balance, r.stateDiff.get(miner)?.balance)
})
