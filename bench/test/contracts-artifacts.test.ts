import test from 'ava'

import { diffArtifacts } from '../scripts/build-contracts.js'
import { loadArtifact, slotOf } from '../src/contracts/artifacts.js'
import { SELECTORS } from '../src/workloads/abi.js'

test('committed artifacts match a fresh solc compile (build-contracts --check)', (t) => {
  t.deepEqual(diffArtifacts(), [])
})

test('artifacts carry the storage slots and functions the generators rely on', (t) => {
  t.is(slotOf('Token', 'balanceOf'), 0)
  t.is(slotOf('Token', 'allowance'), 1)
  t.is(slotOf('Pair', 'reserve0'), 2)
  t.is(slotOf('Pair', 'reserve1'), 2)
  t.is(slotOf('Router', 'getPair'), 0)
  // Selectors computed from signatures equal the well-known ERC20 / UniswapV2Router02 ones.
  t.is(SELECTORS.transfer, 'a9059cbb')
  t.is(SELECTORS.swapExactTokensForTokens, '38ed1739')
  for (const [name, sel] of [['Token', SELECTORS.transfer], ['Router', SELECTORS.swapExactTokensForTokens]] as const) {
    t.true(loadArtifact(name).runtimeBytecode.includes(sel), `${name} dispatches ${sel}`)
  }
})

test('pair reserves are packed as the prestate writes them (reserve1 at byte 14)', (t) => {
  const layout = loadArtifact('Pair').storageLayout
  t.like(layout.find((s) => s.label === 'reserve0'), { slot: 2, offset: 0, type: 'uint112' })
  t.like(layout.find((s) => s.label === 'reserve1'), { slot: 2, offset: 14, type: 'uint112' })
})
