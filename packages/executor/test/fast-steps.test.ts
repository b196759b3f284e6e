/**
 * The synchronous step loop (block/fast-steps.ts) against stock @ethereumjs/vm, on the ways
 * a frame ends inside static-gas opcodes: STOP, falling off the code, INVALID, a bad jump,
 * stack underflow, out of gas in a tight loop, GAS read mid-loop, and a reverting or failing
 * inner frame. Our EVMs must take the fast loop and the reference must not.
 */
import test from 'ava'

import { fastStepCounters } from '../src/block/fast-steps.js'
import { executeReference } from '../src/reference/index.js'
import { asm, call, jump, jumpi, label, push, raw, sstore } from './helpers/asm.js'
import { BlockBuilder } from './helpers/builder.js'
import { runBoth, sequentialEngine } from './helpers/engines.js'
import { ALICE, ETHER, addr } from './helpers/keys.js'

const CASES: [name: string, code: Uint8Array][] = [
  ['stop', asm(push(1), push(2), 'ADD', sstore(1, 7), 'STOP', push(3))],
  ['off the end', asm(push(5), push(6), 'MUL', 'POP')],
  ['invalid', asm(sstore(2, 1), 'INVALID')],
  ['bad jump', asm(push(3), 'JUMP', 'JUMPDEST')],
  ['underflow', asm('ADD')],
  ['out of gas in a loop', asm(label('l'), push(1), 'POP', jump('l'))],
  ['gas read in a loop', asm(push(40), label('l'), push(1), 'SWAP1', 'SUB', 'DUP1', 'GAS', 'SWAP1', 'SSTORE', 'DUP1', jumpi('l'), 'STOP')],
  ['unknown opcode', asm(push(1), raw('0c'))],
]

for (const hardfork of ['berlin', 'cancun', 'prague']) {
  test.serial(`frames ending in static-gas opcodes equal the reference (${hardfork})`, async (t) => {
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    CASES.forEach(([, code], i) => {
      const target = addr(0xe00 + i)
      const caller = addr(0xf00 + i)
      b.account(target, { nonce: 1n, code })
      // Called directly, and from a contract that records the inner call's success.
      b.account(caller, { nonce: 1n, code: asm(call(target), push(9), 'SSTORE', push(1), push(8), 'SSTORE') })
      b.tx({ from: ALICE, to: target, gasLimit: 60_000n })
      b.tx({ from: ALICE, to: caller, gasLimit: 200_000n })
    })
    // Ours first: the interpreter class is patched when our first EVM runs a frame.
    let before = { ...fastStepCounters }
    const r = await runBoth(t, b.build())
    t.true(fastStepCounters.fast > before.fast, 'our engine takes the fast loop')
    before = { ...fastStepCounters }
    const reference = await executeReference(b.build())
    t.is(fastStepCounters.fast, before.fast, 'the reference never takes the fast loop')
    t.true(fastStepCounters.stock > before.stock, 'the reference runs the stock loop')
    // The cases do end differently: some succeed, some fail.
    const statuses = new Set(reference.txs.map((x) => x.receipt.status))
    t.deepEqual([...statuses].sort(), [0, 1])
    t.is(r.gasUsed, reference.gasUsed)
  })
}

test.serial('with BLOCKSTM_STOCK_STEPS=1 our EVMs keep the stock loop, with the same result', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  b.account(addr(0xe00), { nonce: 1n, code: CASES[6]![1] })
  b.tx({ from: ALICE, to: addr(0xe00), gasLimit: 200_000n })
  const sequential = (await sequentialEngine())!
  const fast = await sequential(b.build())
  process.env.BLOCKSTM_STOCK_STEPS = '1'
  try {
    const before = fastStepCounters.fast
    const stock = await sequential(b.build())
    t.is(fastStepCounters.fast, before)
    t.deepEqual(stock.txs, fast.txs)
    t.deepEqual(stock.stateDiff, fast.stateDiff)
  } finally {
    delete process.env.BLOCKSTM_STOCK_STEPS
  }
})
