/**
 * Generated blocks: CREATE and CREATE2 (top level and from contracts), address collisions, and
 * self-destruct with re-creation in one block, under EIP-6780 (cancun, prague) and before it
 * (shanghai, london).
 */
import test from 'ava'
import { bigIntToBytes, bytesToHex, createAddressFromString, generateAddress, generateAddress2, setLengthLeft } from '@ethereumjs/util'

import type { Hex } from '../src/types.js'
import { asm, create, deployer, push, sstore } from './helpers/asm.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, ETHER, addr } from './helpers/keys.js'

const FACTORY = addr(0x300)
const BENEFICIARY = addr(0xbe)

const hex = (b: Uint8Array): Hex => bytesToHex(b).toLowerCase() as Hex
const bytes = (a: Hex): Uint8Array => createAddressFromString(a).bytes
const createAddr = (from: Hex, nonce: bigint): Hex => hex(generateAddress(bytes(from), bigIntToBytes(nonce)))
const create2Addr = (from: Hex, salt: bigint, init: Uint8Array): Hex =>
  hex(generateAddress2(bytes(from), setLengthLeft(bigIntToBytes(salt), 32), init))

const counterRuntime = asm(push(0), 'SLOAD', push(1), 'ADD', push(0), 'SSTORE')
const counterInit = deployer(counterRuntime, asm(sstore(5, 55)))
/** Sends everything to BENEFICIARY and self-destructs. */
const destructRuntime = asm(push(BENEFICIARY), 'SELFDESTRUCT')

test('CREATE and CREATE2 from a contract, and top-level creates', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER, nonce: 4n })
  // Stores the CREATE address at slot 0 and the CREATE2 address at slot 1.
  b.account(FACTORY, {
    nonce: 1n,
    code: asm(create(counterInit), push(0), 'SSTORE', create(counterInit, 0, 7), push(1), 'SSTORE'),
  })
  b.tx({ from: ALICE, to: FACTORY, gasLimit: 500_000n })
  b.tx({ from: ALICE, to: null, data: counterInit, gasLimit: 200_000n })
  // Initcode that reverts: the create fails and names no contract.
  b.tx({ from: ALICE, to: null, data: asm(push(0), push(0), 'REVERT'), gasLimit: 100_000n })
  const r = await runBoth(t, b.build())
  const viaCreate = createAddr(FACTORY, 1n)
  const viaCreate2 = create2Addr(FACTORY, 7n, counterInit)
  const topLevel = createAddr(ALICE, 5n)
  t.deepEqual(r.stateDiff.get(FACTORY), {
    nonce: 3n,
    storage: new Map([[slot(0), BigInt(viaCreate)], [slot(1), BigInt(viaCreate2)]]),
  })
  for (const child of [viaCreate, viaCreate2, topLevel]) {
    t.deepEqual(r.stateDiff.get(child), { nonce: 1n, code: counterRuntime, storage: new Map([[slot(5), 55n]]) }, child)
  }
  t.is(r.txs[0].contractAddress, null)
  t.is(r.txs[1].contractAddress, topLevel)
  t.is(r.txs[2].receipt.status, 0)
  t.is(r.txs[2].contractAddress, null)
  t.false(r.stateDiff.has(createAddr(ALICE, 6n)))
})

for (const [what, occupant] of [
  ['a nonce', { nonce: 1n }],
  ['code', { code: Uint8Array.of(0x00) }],
  ['storage only (EIP-7610)', { storage: { 1: 1n } }],
] as const) {
  test(`CREATE2 collides with an address that has ${what}`, async (t) => {
    const b = new BlockBuilder('prague')
    const target = create2Addr(FACTORY, 9n, counterInit)
    b.account(ALICE, { balance: ETHER })
    b.account(target, { balance: 3n, ...occupant })
    // Stores CREATE2's result (0 on collision) at slot 0, and 1 at slot 1 to show the frame went on.
    b.account(FACTORY, { nonce: 1n, code: asm(create(counterInit, 0, 9), push(0), 'SSTORE', sstore(1, 1)) })
    // A collision burns all the gas CREATE2 passed on (all but 1/64): give the tx enough that
    // the 1/64 left covers the SSTOREs after it.
    b.tx({ from: ALICE, to: FACTORY, gasLimit: 2_000_000n })
    const r = await runBoth(t, b.build())
    t.is(r.txs[0].receipt.status, 1)
    t.deepEqual(r.stateDiff.get(FACTORY)?.storage, new Map([[slot(1), 1n]]), 'slot 0 stays zero')
    t.is(r.stateDiff.get(FACTORY)?.nonce, 2n, 'the nonce is spent even on collision')
    t.false(r.stateDiff.has(target))
  })
}

/**
 * Self-destruct and re-creation in one block.
 *  tx0: FACTORY CREATE2s a child (with 1,000 wei) and calls it; it self-destructs in the tx that
 *       created it (deleted under every fork).
 *  tx1: the same again: the address is free again, so it is re-created and destroyed again.
 *  tx2: a pre-state contract OLD (balance 777, storage) self-destructs. Under EIP-6780 only its
 *       balance moves; before, it is deleted.
 *  tx3: pre-state contract PHOENIX (created by FACTORY2 with CREATE2, storage slot 1 = 5)
 *       self-destructs; tx4: FACTORY2 re-creates it with the same initcode. Before EIP-6780 the
 *       re-creation succeeds on a wiped account (slot 1 → 0, slot 2 = 9 from the constructor);
 *       under EIP-6780 the account survives tx3 and tx4's CREATE2 collides.
 */
for (const hardfork of ['london', 'shanghai', 'cancun', 'prague']) {
  test(`self-destruct and re-creation in one block (${hardfork})`, async (t) => {
    const eip6780 = hardfork === 'cancun' || hardfork === 'prague'
    const OLD = addr(0x401)
    const FACTORY2 = addr(0x402)
    const destructInit = deployer(destructRuntime)
    const phoenixInit = deployer(destructRuntime, asm(sstore(2, 9)))
    const PHOENIX = create2Addr(FACTORY2, 1n, phoenixInit)
    const child = create2Addr(FACTORY, 1n, destructInit)

    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(FACTORY, {
      nonce: 1n,
      balance: 10_000n,
      // CREATE2 the child with 1,000 wei, then CALL it (it self-destructs).
      code: asm(create(destructInit, 1000, 1), push(0), push(0), push(0), push(0), push(0), 'DUP6', 'GAS', 'CALL', 'POP', 'POP'),
    })
    b.account(OLD, { nonce: 1n, balance: 777n, code: destructRuntime, storage: { 1: 1n } })
    b.account(FACTORY2, { nonce: 1n, code: asm(create(phoenixInit, 0, 1), push(0), 'SSTORE') })
    b.account(PHOENIX, { nonce: 1n, balance: 50n, code: destructRuntime, storage: { 1: 5n } })
    b.tx({ from: ALICE, to: FACTORY, gasLimit: 300_000n })
    b.tx({ from: ALICE, to: FACTORY, gasLimit: 300_000n })
    b.tx({ from: ALICE, to: OLD, gasLimit: 100_000n })
    b.tx({ from: ALICE, to: PHOENIX, gasLimit: 100_000n })
    b.tx({ from: ALICE, to: FACTORY2, gasLimit: 300_000n })
    const r = await runBoth(t, b.build())
    t.true(r.txs.every((x) => x.receipt.status === 1))
    t.false(r.stateDiff.has(child), 'created and destroyed within one tx, twice')
    t.is(r.stateDiff.get(BENEFICIARY)?.balance, 2000n + 777n + 50n)
    t.is(r.stateDiff.get(FACTORY)?.balance, 8000n)
    if (eip6780) {
      t.deepEqual(r.stateDiff.get(OLD), { balance: 0n, storage: new Map() })
      t.deepEqual(r.stateDiff.get(PHOENIX), { balance: 0n, storage: new Map() })
      t.deepEqual(r.stateDiff.get(FACTORY2)?.storage ?? new Map(), new Map(), 'CREATE2 collided: 0 stored')
    } else {
      t.deepEqual(r.stateDiff.get(OLD), { deleted: true, storage: new Map() })
      t.deepEqual(r.stateDiff.get(PHOENIX), {
        balance: 0n,
        storage: new Map([[slot(1), 0n], [slot(2), 9n]]),
      })
      t.deepEqual(r.stateDiff.get(FACTORY2)?.storage, new Map([[slot(0), BigInt(PHOENIX)]]))
    }
  })
}
