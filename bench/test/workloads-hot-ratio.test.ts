import test from 'ava'

import { eoaAddress, HOT_FRACTION } from '../src/workloads/accounts.js'
import { generateWorkload, type FixtureJson, type WorkloadName } from '../src/workloads/index.js'

const NUM_EOA = 10_000

/** EOA addresses a tx touches: sender, and the recipient (plain `to`, or the first address argument of the call). */
function touched(tx: FixtureJson['block']['transactions'][number]): string[] {
  const out = [tx.from]
  if (tx.input === '0x') out.push(tx.to)
  else if (tx.input.startsWith('0xa9059cbb')) out.push(`0x${tx.input.slice(10 + 24, 10 + 64)}`)
  return out
}

function analyse(w: WorkloadName, hotRatio: number): { hotShare: number; dependentShare: number } {
  const fixture = generateWorkload(w, { numEoa: NUM_EOA, hotRatio, scale: 0.02, seed: 3 })
  const hot = new Set<string>(Array.from({ length: NUM_EOA * HOT_FRACTION }, (_, i) => eoaAddress(i)))
  const seen = new Set<string>()
  let hotTxs = 0
  let dependent = 0
  const txs = fixture.block.transactions
  for (const tx of txs) {
    const accounts = touched(tx)
    if (accounts.some((a) => hot.has(a))) hotTxs++
    // A tx touching an account an earlier tx touched conflicts with it (balance/nonce read after write).
    if (accounts.some((a) => seen.has(a))) dependent++
    for (const a of accounts) seen.add(a)
  }
  return { hotShare: hotTxs / txs.length, dependentShare: dependent / txs.length }
}

for (const w of ['raw', 'erc20', 'uniswap'] as const) {
  test(`${w}: hot ratio moves transactions onto the hot set and raises conflicts`, (t) => {
    const cold = analyse(w, 0)
    const warm = analyse(w, 0.3)
    const hot = analyse(w, 0.9)
    t.is(cold.hotShare, 0)
    t.true(warm.hotShare > 0.25 && warm.hotShare < 0.6, `hot share at 0.3: ${warm.hotShare}`)
    t.true(hot.hotShare > 0.85, `hot share at 0.9: ${hot.hotShare}`)
    t.true(cold.dependentShare < warm.dependentShare && warm.dependentShare < hot.dependentShare,
      `dependent shares ${cold.dependentShare} ${warm.dependentShare} ${hot.dependentShare}`)
  })
}
