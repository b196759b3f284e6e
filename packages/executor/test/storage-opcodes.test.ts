/**
 * SLOAD's gas and SSTORE (block/storage-opcodes.ts) against the stock handlers of a fresh
 * @ethereumjs/evm: every combination of original, current and new value (zero, short,
 * 32 bytes, equal or not), cold and warm slots, the 2300-gas sentry's edge, static calls
 * and stack underflow, on each fork the replacement covers - the same gas or error, the
 * same refund, the same warm slots, the same stack, the same store. And that our EVMs run
 * them exactly on the forks covered.
 */
import test from 'ava'
import { createEVM } from '@ethereumjs/evm'
import { Common, Mainnet, Hardfork } from '@ethereumjs/common'

import { makeBlockEnv } from '../src/block/env.js'
import { makeEvm } from '../src/block/evm.js'
import { storageOpcodesApply } from '../src/block/storage-opcodes.js'
import { InMemoryState } from '../src/state/base.js'
import { TxState } from '../src/state/tx-state.js'
import { BlockBuilder } from './helpers/builder.js'

type Fn = (rs: unknown, a: unknown, b?: unknown) => unknown
type Entry = { opcodeInfo: { name: string }; opHandler: Fn; gasHandler: Fn }

const underflow = () => Object.assign(new Error('stack underflow'), { error: 'stack underflow' })

/** The stock Stack's semantics: pop, popN and peek check before touching anything. */
class Stack {
  constructor(public items: bigint[]) {}
  get length(): number {
    return this.items.length
  }
  pop(): bigint {
    if (this.items.length < 1) throw underflow()
    return this.items.pop()!
  }
  popN(n: number): bigint[] {
    if (this.items.length < n) throw underflow()
    return Array.from({ length: n }, () => this.items.pop()!)
  }
  peek(n = 1): bigint[] {
    if (this.items.length < n) throw underflow()
    return Array.from({ length: n }, (_, k) => this.items[this.items.length - 1 - k]!)
  }
  push(v: bigint): void {
    this.items.push(v)
  }
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex')
const ADDRESS = new Uint8Array(20).fill(0xaa)

interface Slot {
  original: Uint8Array
  current: Uint8Array
}

/** A run state over one slot (any key reads it), a warm set, gas left and a refund counter. */
function runState(items: bigint[], slot: Slot, warm: boolean, gasLeft: bigint, isStatic: boolean, common: Common) {
  const warmed = new Set<string>(warm ? ['*'] : [])
  const stored: string[] = []
  const rs = {
    stack: new Stack(items),
    refund: 100_000n,
    warmed,
    stored,
    interpreter: {
      _evm: { common },
      isStatic: () => isStatic,
      getAddress: () => ({ bytes: ADDRESS, toString: () => '0x' + hex(ADDRESS) }),
      getGasLeft: () => gasLeft,
      refundGas: (n: bigint) => void (rs.refund += n),
      subRefund: (n: bigint) => void (rs.refund = rs.refund - n < 0n ? 0n : rs.refund - n),
      storageLoad: async (_key: Uint8Array, original = false) => (original ? slot.original : slot.current).slice(),
      storageStore: async (key: Uint8Array, value: Uint8Array) => void stored.push(`${hex(key)}=${hex(value)}`),
      journal: {
        isWarmedStorage: (a: Uint8Array, k: Uint8Array) => warmed.has('*') || warmed.has(hex(a) + hex(k)),
        addWarmedStorage: (a: Uint8Array, k: Uint8Array) => void warmed.add(hex(a) + hex(k)),
      },
    },
  }
  return rs
}

async function outcome(run: (rs: ReturnType<typeof runState>) => unknown, rs: ReturnType<typeof runState>) {
  let result: unknown
  try {
    const r = await run(rs)
    result = typeof r === 'bigint' ? r : 'void'
  } catch (e) {
    const err = e as { error?: string; message?: string }
    result = `error: ${err.error ?? err.message}`
  }
  return { result, stack: rs.stack.items, refund: rs.refund, warmed: [...rs.warmed].sort(), stored: rs.stored }
}

const b = (...x: number[]) => Uint8Array.from(x)
// Stored forms as a state returns them: empty, short, zero-padded, 32 bytes; pairs differ and match.
const VALUES: Uint8Array[] = [b(), b(1), b(2), b(0, 1), new Uint8Array(32).fill(0xfe), b(0x12, 0x34)]
const NEW: bigint[] = [0n, 1n, 2n, 0x1234n, (1n << 256n) - 2n, 1n << 255n]
const KEYS: bigint[] = [0n, 5n, 1n << 200n, (1n << 256n) - 1n]

async function evms(fork: string, hf: Hardfork) {
  const common = new Common({ chain: Mainnet, hardfork: hf })
  const stock = (await createEVM({ common })) as unknown as { _opcodeMap: Entry[] }
  const block = new BlockBuilder(fork).build()
  const base = InMemoryState.fromBlock(block)
  const ours = (await makeEvm(makeBlockEnv(block), new TxState(base), base)) as unknown as { _opcodeMap: Entry[]; common: Common }
  return { common, ours: ours._opcodeMap, oursCommon: ours.common, stock: stock._opcodeMap }
}

for (const [fork, hf] of [
  ['istanbul', Hardfork.Istanbul],
  ['berlin', Hardfork.Berlin],
  ['london', Hardfork.London],
  ['cancun', Hardfork.Cancun],
  ['prague', Hardfork.Prague],
] as const) {
  test(`${fork}: SLOAD gas and SSTORE equal the stock handlers on every value triple, warm and cold, sentry, static and underflow`, async (t) => {
    const { common, ours, oursCommon, stock } = await evms(fork, hf)
    t.true(storageOpcodesApply(oursCommon))
    t.not(ours[0x54]!.gasHandler, stock[0x54]!.gasHandler, 'SLOAD gas is replaced')
    t.not(ours[0x55]!.gasHandler, stock[0x55]!.gasHandler, 'SSTORE gas is replaced')
    t.not(ours[0x55]!.opHandler, stock[0x55]!.opHandler, 'SSTORE is replaced')
    let compared = 0
    const same = async (what: string, items: bigint[], slot: Slot, warm: boolean, gasLeft: bigint, isStatic: boolean, run: (e: Entry, rs: ReturnType<typeof runState>, c: Common) => unknown, op: number) => {
      const got = await outcome((rs) => run(ours[op]!, rs, oursCommon), runState([...items], slot, warm, gasLeft, isStatic, oursCommon))
      const want = await outcome((rs) => run(stock[op]!, rs, common), runState([...items], slot, warm, gasLeft, isStatic, common))
      t.deepEqual(got, want, what)
      compared++
    }
    const gas = (e: Entry, rs: unknown, c: Common) => e.gasHandler(rs, 7n, c)
    const handler = (e: Entry, rs: unknown, c: Common) => e.opHandler(rs, c)
    const anySlot = { original: VALUES[1]!, current: VALUES[2]! }
    for (const key of KEYS) {
      for (const warm of [false, true]) await same(`SLOAD gas key ${key} warm ${warm}`, [3n, key], anySlot, warm, 10_000n, false, gas, 0x54)
    }
    await same('SLOAD gas, empty stack', [], anySlot, false, 10_000n, false, gas, 0x54)
    for (const original of VALUES) {
      for (const current of VALUES) {
        for (const value of NEW) {
          for (const warm of [false, true]) {
            for (const gasLeft of [2300n, 2301n, 1_000_000n]) {
              const slot = { original, current }
              const what = `SSTORE gas original ${hex(original)} current ${hex(current)} new ${value} warm ${warm} gas ${gasLeft}`
              await same(what, [value, KEYS[compared % KEYS.length]!], slot, warm, gasLeft, false, gas, 0x55)
            }
          }
        }
      }
    }
    for (const items of [[], [1n], [1n, 2n]]) {
      await same(`SSTORE gas in a static call, stack ${items.length}`, items, anySlot, false, 1_000_000n, true, gas, 0x55)
      await same(`SSTORE gas, stack ${items.length}`, items, anySlot, false, 1_000_000n, false, gas, 0x55)
    }
    for (const key of KEYS) for (const value of [...NEW, 0n]) await same(`SSTORE key ${key} new ${value}`, [9n, value, key], anySlot, false, 1_000_000n, false, handler, 0x55)
    await same('SSTORE, one operand', [1n], anySlot, false, 1_000_000n, false, handler, 0x55)
    t.true(compared > 1000, `${compared} cases`)
  })
}

test('forks the replacement does not cover keep the stock SLOAD gas and SSTORE', async (t) => {
  for (const [fork, hf] of [
    ['petersburg', Hardfork.Petersburg],
    ['byzantium', Hardfork.Byzantium],
  ] as const) {
    const { ours, oursCommon, stock } = await evms(fork, hf)
    t.false(storageOpcodesApply(oursCommon), fork)
    t.is(ours[0x55]!.gasHandler, stock[0x55]!.gasHandler, `${fork}: stock SSTORE gas`)
    t.is(ours[0x55]!.opHandler.name, stock[0x55]!.opHandler.name, `${fork}: stock SSTORE`)
  }
  t.false(storageOpcodesApply(new Common({ chain: Mainnet, hardfork: Hardfork.Constantinople })), "Constantinople's EIP-1283")
  t.false(storageOpcodesApply(new Common({ chain: Mainnet, hardfork: Hardfork.Prague, eips: [7928] })), 'block-level access lists')
})
