/**
 * The block-level state changes that are not transactions, applied as a separate
 * step on a block's post-state diff (execution results never include them):
 * - proof-of-work block rewards: the miner gets the block reward (5 ETH Frontier,
 *   3 ETH Byzantium, 2 ETH Constantinople on) plus 1/32 of it per uncle; each uncle's
 *   miner gets (uncle.number + 8 - number) / 8 of it. None after the Merge.
 * - withdrawals (Shanghai on): each credits `amount` gwei to its address.
 *
 * Uncle rewards need the uncles' headers (`block.uncleHeaders` in the input); when
 * only uncle hashes are known, pass `uncleCount` to pay the nephew reward alone.
 * EIP-161: a reward of 0 wei does not touch the account (a withdrawal of 0 is skipped).
 */
import { atLeast } from '../input/hardfork.js'
import type { AccountDiff, BlockInput, Hex, StateDiff } from '../types.js'

const ETHER = 10n ** 18n

export function blockReward(hardfork: string): bigint {
  if (atLeast(hardfork, 'paris')) return 0n
  if (atLeast(hardfork, 'constantinople')) return 2n * ETHER
  if (atLeast(hardfork, 'byzantium')) return 3n * ETHER
  return 5n * ETHER
}

/** Credits per address (wei) that the rewards and withdrawals of `block` add. */
export function rewardCredits(block: BlockInput, uncleCount = block.uncles.length): Map<Hex, bigint> {
  const credits = new Map<Hex, bigint>()
  const add = (a: Hex, v: bigint) => {
    if (v > 0n) credits.set(a, (credits.get(a) ?? 0n) + v)
  }
  const reward = blockReward(block.hardfork)
  if (reward > 0n) {
    add(block.header.coinbase, reward + (reward / 32n) * BigInt(uncleCount))
    for (const u of block.uncles) add(u.coinbase, ((u.number + 8n - block.header.number) * reward) / 8n)
  }
  for (const w of block.withdrawals) add(w.address, w.amount * 10n ** 9n)
  return credits
}

/**
 * A new diff: `diff` (the execution's) with rewards and withdrawals applied. Balances
 * start from the diff's post value, else the pre-state's (an account deleted by the
 * block starts again from zero, as a fresh account).
 */
export function applyBlockRewards(block: BlockInput, diff: StateDiff, uncleCount?: number): StateDiff {
  const out: StateDiff = new Map(diff)
  for (const [addr, credit] of rewardCredits(block, uncleCount)) {
    const d = out.get(addr)
    const pre = block.preState.get(addr)
    const balance = d?.deleted ? 0n : (d?.balance ?? pre?.balance ?? 0n)
    const next: AccountDiff = d?.deleted ? { storage: new Map() } : { ...(d ?? { storage: new Map() }) }
    next.balance = balance + credit
    if (next.balance === (pre?.balance ?? 0n) && !d?.deleted && pre !== undefined) delete next.balance
    const changed = next.balance !== undefined || next.nonce !== undefined || next.code !== undefined || next.storage.size > 0 || pre === undefined
    if (changed) out.set(addr, next)
    else out.delete(addr)
  }
  return out
}
