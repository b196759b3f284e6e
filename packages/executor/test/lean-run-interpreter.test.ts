/**
 * block/lean-run-interpreter.ts: installed on our EVMs (and recognised in the worker
 * bundle, whose source esbuild re-prints), and its frame results equal the stock
 * method's - the same keys in the same order, the same values, and a `runState` built on
 * access with the same contents. Serial: each test sets BLOCKSTM_STOCK_CALLS around makeEvm's awaits.
 */
import test from 'ava'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { EVM } from '@ethereumjs/evm'
import { createAddressFromString } from '@ethereumjs/util'

import { SHAPE } from '../src/block/lean-run-interpreter.js'
import { makeBlockEnv } from '../src/block/env.js'
import { makeEvm } from '../src/block/evm.js'
import { InMemoryState } from '../src/state/base.js'
import { TxState } from '../src/state/tx-state.js'
import { asm, push } from './helpers/asm.js'
import { BlockBuilder } from './helpers/builder.js'
import { ALICE, ETHER, addr } from './helpers/keys.js'

async function evmFor(stock: boolean) {
  const callee = addr(0x0e1)
  const caller = addr(0x0e2)
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  // The caller CALLs the callee, which logs, stores and returns a word; then the caller reverts or not.
  b.account(callee, { nonce: 1n, code: asm(push(0x2a), push(0), 'MSTORE', push(32), push(0), 'LOG0', push(7), push(1), 'SSTORE', push(32), push(0), 'RETURN') })
  b.account(caller, { nonce: 1n, code: asm(push(32), push(0), push(0), push(0), push(0), push(callee), 'GAS', 'CALL', push(32), push(0), 'RETURN') })
  const block = b.build()
  const base = InMemoryState.fromBlock(block)
  const before = process.env.BLOCKSTM_STOCK_CALLS
  process.env.BLOCKSTM_STOCK_CALLS = stock ? '1' : '0'
  try {
    const evm = await makeEvm(makeBlockEnv(block), new TxState(base), base)
    return { evm, caller }
  } finally {
    if (before === undefined) delete process.env.BLOCKSTM_STOCK_CALLS
    else process.env.BLOCKSTM_STOCK_CALLS = before
  }
}

test.serial('our EVMs get the lean runInterpreter; BLOCKSTM_STOCK_CALLS=1 keeps the stock one', async (t) => {
  const lean = (await evmFor(false)).evm
  const stock = (await evmFor(true)).evm
  t.true(Object.hasOwn(lean, 'runInterpreter'))
  t.false(Object.hasOwn(stock, 'runInterpreter'))
  const own = (x: object) => (x as { runInterpreter: unknown }).runInterpreter
  t.is(own(stock), own(EVM.prototype))
})

test.serial('the worker bundle\'s runInterpreter has the shape the replacement requires', (t) => {
  const bundle = readFileSync(fileURLToPath(new URL('../dist/workers/parallel.js', import.meta.url)), 'utf8')
  const at = bundle.indexOf('async runInterpreter(')
  t.true(at > 0, 'runInterpreter is in the bundle')
  const end = bundle.indexOf('\n  }\n', at)
  const body = bundle.slice(at, end)
  for (const step of SHAPE) t.true(body.includes(step), `the bundle's runInterpreter has ${step}`)
})

function summary(x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(x)) {
    if (k === 'runState') continue
    out[k] = v instanceof Map || v instanceof Set ? [...v] : v
  }
  return out
}

test.serial('frame results equal the stock method\'s, runState included', async (t) => {
  const results = []
  for (const stock of [true, false]) {
    const { evm, caller } = await evmFor(stock)
    // Two calls each, so the lean one runs after the Interpreter class was captured.
    await evm.runCall({ to: createAddressFromString(caller), caller: createAddressFromString(ALICE), gasLimit: 200_000n, block: { header: {} } as never })
    const r = await evm.runCall({ to: createAddressFromString(caller), caller: createAddressFromString(ALICE), gasLimit: 200_000n, block: { header: {} } as never })
    results.push(r.execResult as unknown as Record<string, unknown>)
  }
  const [stock, lean] = results as [Record<string, unknown>, Record<string, unknown>]
  t.deepEqual(Object.keys(lean), Object.keys(stock))
  t.deepEqual(summary(lean), summary(stock))
  const [rs, rl] = [stock.runState as Record<string, unknown>, lean.runState as Record<string, unknown>]
  t.deepEqual(Object.keys(rl), Object.keys(rs))
  for (const k of ['gasLeft', 'programCounter', 'depth', 'isStatic', 'callValue', 'returnValue', 'logs'] as const) t.deepEqual(rl[k], rs[k], k)
  t.is(lean.exceptionError, undefined)
  t.deepEqual(lean.returnValue, Uint8Array.from(Buffer.from('00'.repeat(31) + '2a', 'hex')))
})
