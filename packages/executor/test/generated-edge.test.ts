/**
 * Generated blocks: smaller edge cases around the ones above — self-destruct to itself, clearing
 * an EIP-7702 delegation, the coinbase as a sender, logs of a reverted inner call.
 */
import test from 'ava'

import { asm, call, push, sstore } from './helpers/asm.js'
import { authorize } from './helpers/authorize.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, BOB, CAROL, CAROL_KEY, COINBASE, ETHER, addr } from './helpers/keys.js'

for (const hardfork of ['shanghai', 'cancun']) {
  test(`a pre-existing contract self-destructs to itself (${hardfork})`, async (t) => {
    const self = addr(0xd0)
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(self, { nonce: 1n, balance: 1234n, code: asm('ADDRESS', 'SELFDESTRUCT'), storage: { 1: 1n } })
    b.tx({ from: ALICE, to: self, gasLimit: 100_000n, value: 6n })
    const r = await runBoth(t, b.build())
    // Before EIP-6780 the account and its balance are gone; after, nothing changes but the value.
    if (hardfork === 'shanghai') t.deepEqual(r.stateDiff.get(self), { deleted: true, storage: new Map() })
    else t.deepEqual(r.stateDiff.get(self), { balance: 1240n, storage: new Map() })
  })
}

test('EIP-7702: delegate, then clear the delegation with the zero address', async (t) => {
  const impl = addr(0x900)
  const zero = addr(0)
  const b = new BlockBuilder('prague')
  b.account(ALICE, { balance: ETHER })
  b.account(CAROL, { balance: 1n })
  b.account(impl, { nonce: 1n, code: asm(sstore(1, 1)) })
  b.tx({ from: ALICE, to: CAROL, type: 4, gasLimit: 200_000n, authorizationList: [authorize(CAROL_KEY, 1n, impl, 0n)] })
  b.tx({ from: ALICE, to: CAROL, type: 4, gasLimit: 200_000n, authorizationList: [authorize(CAROL_KEY, 1n, zero, 1n)] })
  const r = await runBoth(t, b.build())
  // tx0 ran impl in CAROL's context; tx1 cleared the code first, so CAROL is a plain account again.
  t.deepEqual(r.stateDiff.get(CAROL), { nonce: 2n, storage: new Map([[slot(1), 1n]]) })
})

test('the coinbase sends transactions and receives fees in the same block', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(COINBASE, { balance: ETHER })
  b.account(ALICE, { balance: ETHER })
  b.tx({ from: ALICE, to: BOB, value: 5n, gasLimit: 21_000n })
  b.tx({ from: COINBASE, to: BOB, value: 7n, gasLimit: 21_000n })
  b.tx({ from: COINBASE, to: BOB, value: 9n, gasLimit: 21_000n })
  const r = await runBoth(t, b.build())
  t.is(r.stateDiff.get(BOB)?.balance, 21n)
  t.is(r.stateDiff.get(COINBASE)?.nonce, 2n)
})

test('logs of a reverted inner call are dropped, the outer ones kept', async (t) => {
  const inner = addr(0xd1)
  const outer = addr(0xd2)
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  b.account(inner, { nonce: 1n, code: asm(push(1), push(0), push(0), 'LOG1', push(0), push(0), 'REVERT') })
  b.account(outer, { nonce: 1n, code: asm(push(2), push(0), push(0), 'LOG1', call(inner), 'POP', push(3), push(0), push(0), 'LOG1') })
  b.tx({ from: ALICE, to: outer, gasLimit: 200_000n })
  const r = await runBoth(t, b.build())
  t.deepEqual(r.txs[0].receipt.logs.map((l) => l.topics[0]), [slot(2), slot(3)])
})
