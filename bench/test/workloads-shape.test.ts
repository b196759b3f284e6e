import test from 'ava'

import { parseBlockJson } from '@blockstm/executor'

import { slotOf } from '../src/contracts/artifacts.js'
import { COINBASE, eoaAddress, tokenAddress } from '../src/workloads/accounts.js'
import { balanceSlot } from '../src/workloads/market.js'
import { generateWorkload, WORKLOAD_NAMES } from '../src/workloads/index.js'

const HEX = /^0x[0-9a-f]*$/
const QUANTITY = /^0x(0|[1-9a-f][0-9a-f]*)$/

for (const w of WORKLOAD_NAMES) {
  test(`${w}: fixture has the mainnet fixture shape and parses`, (t) => {
    const f = generateWorkload(w, { numEoa: 300, scale: 0.001 })
    t.deepEqual(Object.keys(f).sort(), ['block', 'blockHashes', 'prestate'])
    const b = f.block
    for (const k of ['number', 'timestamp', 'gasLimit', 'baseFeePerGas', 'difficulty', 'excessBlobGas', 'chainId'] as const) {
      t.regex(b[k], QUANTITY, k)
    }
    t.is(b.hardfork, 'prague')
    t.is(b.miner, COINBASE)
    t.false(Object.hasOwn(f.prestate, COINBASE), 'coinbase is not a workload account')
    for (const tx of b.transactions) {
      t.is(tx.type, '0x2')
      t.regex(tx.input, HEX)
      t.true(BigInt(tx.maxFeePerGas) > BigInt(b.baseFeePerGas))
      t.false('v' in tx || 'r' in tx || 'hash' in tx)
    }
    for (const [addr, a] of Object.entries(f.prestate)) {
      t.regex(addr, /^0x[0-9a-f]{40}$/)
      t.is(typeof a.nonce, 'number')
      if (a.storage !== undefined) {
        t.true(Object.keys(a.storage).length > 0)
        for (const [k, v] of Object.entries(a.storage)) {
          t.regex(k, /^0x[0-9a-f]{64}$/)
          t.regex(v, /^0x[0-9a-f]{64}$/)
        }
      }
      if (a.code !== undefined) t.true(a.code.length > 2)
    }
    const block = parseBlockJson(f)
    t.is(block.transactions.length, b.transactions.length)
    t.is(block.hardfork, 'prague')
  })
}

test('only touched accounts are in the prestate', (t) => {
  const f = generateWorkload('raw', { numEoa: 100_000, scale: 0.001 })
  const eoas = Object.keys(f.prestate)
  t.true(eoas.length <= 2 * f.block.transactions.length)
  const touched = new Set(f.block.transactions.flatMap((tx) => [tx.from, tx.to]))
  for (const a of eoas) t.true(touched.has(a as `0x${string}`))
})

test('token balances sit at keccak256(pad32(holder) ++ pad32(0))', (t) => {
  t.is(slotOf('Token', 'balanceOf'), 0)
  t.is(slotOf('Token', 'allowance'), 1)
  const f = generateWorkload('chain-erc20', { numEoa: 10, scale: 0.0005 })
  const storage = f.prestate[tokenAddress(0)].storage!
  // Only the first link of the chain holds tokens before the block.
  t.truthy(storage[balanceSlot(eoaAddress(0))])
  t.false(Object.hasOwn(storage, balanceSlot(eoaAddress(1))))
})
