/**
 * The jump-destination analysis (block/jumpdest-cache.ts `analyse`) against the stock
 * @ethereumjs/evm pass it replaces: the same valid jump destinations, the same opcode entry
 * at every position and the same PUSH values, on every contract in the vendored mainnet
 * fixtures and the generated workloads, and on edge cases (PUSHes cut off by the code's
 * end, each PUSH width, random bytes).
 */
import test from 'ava'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createEVM } from '@ethereumjs/evm'
import { Common, Hardfork, Mainnet } from '@ethereumjs/common'

import { loadBlockFile } from '../src/input/parse.js'
import { analyse, interpreterClass, stockJumpAnalysis } from '../src/block/jumpdest-cache.js'
import { push } from '../src/block/word-opcodes.js'
import type { InterpreterLike } from '../src/block/jumpdest-cache.js'
import { makeBlockEnv } from '../src/block/env.js'
import { makeEvm } from '../src/block/evm.js'
import { InMemoryState } from '../src/state/base.js'
import { TxState } from '../src/state/tx-state.js'
import { parseBlockJson } from '../src/input/parse.js'
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import { BlockBuilder } from './helpers/builder.js'
import { Rng } from './helpers/parallel-random.js'

const dir = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))

async function interpreter(): Promise<InterpreterLike> {
  // An EVM of ours first: its construction captures the Interpreter class (and the stock pass).
  const block = new BlockBuilder('cancun').build()
  const base = InMemoryState.fromBlock(block)
  const ours = await makeEvm(makeBlockEnv(block), new TxState(base), base)
  await ours.runCode({ code: Uint8Array.from([0x00]) }) // builds an Interpreter
  const evm = (await createEVM({ common: new Common({ chain: Mainnet, hardfork: Hardfork.Cancun }) })) as unknown as { _opcodeMap: unknown[] }
  return { _evm: evm, common: { isActivatedEIP: () => false }, lookupOpInfo: (op: number) => evm._opcodeMap[op], _getValidJumpDestinations: () => ({ jumps: new Uint8Array(0), pushes: {}, opcodesCached: [] }) }
}

function compare(it: InterpreterLike, code: Uint8Array): string | undefined {
  const a = analyse(it, code, false)
  const s = stockJumpAnalysis(it, code)
  if (Buffer.compare(Buffer.from(a.jumps), Buffer.from(s.jumps)) !== 0) return 'jumps differ'
  if (a.opcodesCached.length !== s.opcodesCached.length) return 'opcode table lengths differ'
  for (let i = 0; i < code.length; i++) {
    if (a.opcodesCached[i] !== s.opcodesCached[i]) return `opcode entry at ${i} differs`
    if (a.pushes[i] !== s.pushes[i]) return `push value at ${i}: ${a.pushes[i]} vs ${s.pushes[i]}`
  }
  const keys = Object.keys(s.pushes).length
  const ours = Object.keys(a.pushes).length // an array's holes are not keys
  return keys === ours ? undefined : `push counts ${ours} vs ${keys}`
}

test('the analysis equals the stock pass on every contract of the vendored fixtures and generated workloads', async (t) => {
  const it = await interpreter()
  const codes = new Map<string, Uint8Array>()
  const add = (code: Uint8Array | undefined) => {
    if (code !== undefined && code.length > 0) codes.set(Buffer.from(code).toString('hex'), code)
  }
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json.gz'))) {
    const block = await loadBlockFile(dir + f)
    for (const acc of block.preState.values()) add(acc.code)
  }
  for (const w of ['erc20', 'uniswap', 'hybrid'] as const) {
    for (const acc of parseBlockJson(generateWorkload(w, { scale: 0.002 })).preState.values()) add(acc.code)
  }
  t.log(`${codes.size} distinct contracts`)
  t.true(codes.size > 100)
  for (const code of codes.values()) t.is(compare(it, code), undefined)
  t.is(pushesAgree(it, [...codes.values()]), undefined)
})

/**
 * Our PUSH handler over our analysis (values left empty, filled on first execution) against
 * the stock handler over the stock analysis: at every PUSH of every code, before and after
 * the analysis, twice (the second read comes from the filled array) - the same value pushed,
 * the same program counter after.
 */
function pushesAgree(it: InterpreterLike, codes: Uint8Array[]): string | undefined {
  const stockPush = (it.lookupOpInfo(0x60) as { opHandler: (rs: unknown, c: unknown) => void }).opHandler
  const common = { isActivatedEIP: () => false }
  const run = (h: (rs: never, c: never) => void, code: Uint8Array, pc: number, analysed: boolean, pushes: unknown) => {
    const items: bigint[] = []
    const rs = { stack: { push: (v: bigint) => void items.push(v) }, opCode: code[pc]!, programCounter: pc + 1, code, shouldDoJumpAnalysis: !analysed, cachedPushes: pushes }
    h(rs as never, common as never)
    return `${items.join(',')}@${rs.programCounter}`
  }
  for (const code of codes) {
    const lazy = analyse(it, code, true)
    if (Object.keys(lazy.pushes).length !== 0) return 'lazy analysis computed push values'
    const stock = stockJumpAnalysis(it, code)
    for (let pc = 0; pc < code.length; pc++) {
      const op = code[pc]!
      if (op < 0x60 || op > 0x7f) continue
      for (const analysed of [false, true, true]) {
        const want = run(stockPush, code, pc, analysed, stock.pushes)
        const got = run(push, code, pc, analysed, lazy.pushes)
        if (got !== want) return `PUSH at ${pc} (analysed ${analysed}): ${got} vs ${want}`
      }
      pc += op - 0x5f
    }
  }
  return undefined
}

test('the analysis equals the stock pass on PUSHes cut off by the end, every width, and random bytes', async (t) => {
  const it = await interpreter()
  const rng = new Rng(5)
  let cases = 0
  for (let width = 1; width <= 32; width++) {
    const op = 0x5f + width
    for (let have = 0; have <= width; have++) {
      // A jump first (the stock loop analyses on one), then the PUSH with `have` of its bytes.
      const code = Uint8Array.from([0x5b, 0x56, op, ...Array.from({ length: have }, (_, k) => (k * 37 + width) % 256)])
      t.is(compare(it, code), undefined, `PUSH${width} with ${have} bytes`)
      cases++
    }
    const full = Uint8Array.from([op, ...new Array<number>(width).fill(0xff), 0x5b])
    t.is(compare(it, full), undefined, `PUSH${width} of 0xff…`)
  }
  const random: Uint8Array[] = []
  for (let k = 0; k < 300; k++) {
    const code = Uint8Array.from({ length: 1 + rng.int(400) }, () => (rng.int(4) === 0 ? 0x5b : rng.int(256)))
    random.push(code)
    t.is(compare(it, code), undefined, `random code ${k}`)
    cases++
  }
  t.is(pushesAgree(it, random), undefined, 'random codes')
  t.is(compare(it, new Uint8Array(0)), undefined)
  t.is(pushesAgree(it, [Uint8Array.from([0x60]), Uint8Array.from([0x7f, 1, 2]), Uint8Array.from([0x61, 0xff, 0xff, 0x62, 1, 2, 3, 0x67, 0x80, 0, 0, 0, 0, 0, 0, 1])]), undefined)
  t.true(cases > 800)
})

test('only our EVMs take our analysis: another EVM (the reference) keeps the stock pass, cached', async (t) => {
  const it = await interpreter()
  const block = new BlockBuilder('cancun').build()
  const base = InMemoryState.fromBlock(block)
  const ours = (await makeEvm(makeBlockEnv(block), new TxState(base), base)) as unknown as { _opcodeMap: unknown[] }
  const patched = interpreterClass<{ prototype: InterpreterLike }>()!.prototype._getValidJumpDestinations
  const code = Uint8Array.from([0x60, 0x05, 0x56, 0x5b, 0x61, 0x01, 0x02])
  const onStock = patched.call({ ...it }, code)
  t.false(Array.isArray(onStock.pushes), 'the stock pass (its pushes are an object)')
  t.is(onStock.pushes[1], 5n)
  const oursIt: InterpreterLike = { ...it, _evm: ours, lookupOpInfo: (op: number) => ours._opcodeMap[op] }
  const onOurs = patched.call(oursIt, code)
  t.true(Array.isArray(onOurs.pushes), 'our pass')
  t.is(Object.keys(onOurs.pushes).length, 0, 'PUSH values left to our PUSH handler')
  t.is(patched.call(oursIt, code), onOurs, 'cached per EVM and code')
  t.deepEqual([...onOurs.jumps], [...onStock.jumps])
})
