/**
 * The replacement handlers (block/word-opcodes.ts) against the stock ones of a fresh
 * @ethereumjs/evm, on edge and random operands: the same stack afterwards, the same
 * error (message included) - and that our EVMs really run them.
 */
import test from 'ava'
import { createEVM } from '@ethereumjs/evm'
import { Common, Mainnet, Hardfork } from '@ethereumjs/common'

import { makeBlockEnv } from '../src/block/env.js'
import { makeEvm } from '../src/block/evm.js'
import { InMemoryState } from '../src/state/base.js'
import { TxState } from '../src/state/tx-state.js'
import { BlockBuilder } from './helpers/builder.js'
import { Rng } from './helpers/parallel-random.js'

type Handler = (rs: unknown, common: unknown) => unknown
type Map_ = { opcodeInfo: { name: string }; opHandler: Handler & { name: string } }[]

/** The stock Stack's semantics (popN checks before popping; pop checks each). */
class Stack {
  constructor(public items: bigint[]) {}
  get length(): number {
    return this.items.length
  }
  pop(): bigint {
    if (this.items.length < 1) throw Object.assign(new Error('stack underflow'), { evm: true })
    return this.items.pop()!
  }
  popN(n: number): bigint[] {
    if (this.items.length < n) throw Object.assign(new Error('stack underflow'), { evm: true })
    const out: bigint[] = []
    for (let k = 0; k < n; k++) out.push(this.items.pop()!)
    return out
  }
  push(v: bigint): void {
    this.items.push(v)
  }
}

const CODE = Uint8Array.from([0x60, 0x00, 0x5b, 0x00, 0x5b]) // jump destinations at 2 and 4
const VALID = Uint8Array.from([0, 0, 1, 0, 1])
const STORE = new Map<string, Uint8Array>()
const TRANSIENT = new Map<string, Uint8Array>([
  ['00'.repeat(31) + '05', Uint8Array.from([0x12, 0x34])],
  ['00'.repeat(31) + '06', new Uint8Array(32).fill(0xfe)],
])

function runState(items: bigint[], callData: Uint8Array, common: unknown, opCode: number) {
  const logs: string[] = []
  return {
    stack: new Stack(items),
    opCode,
    logs,
    programCounter: 3,
    validJumps: VALID,
    memory: { read: (o: number, n: number) => Uint8Array.from({ length: n }, (_, i) => (o + i) * 7 % 256) },
    interpreter: {
      _evm: { common },
      getCallData: () => callData,
      getCallDataSize: () => BigInt(callData.length),
      getCodeSize: () => BigInt(CODE.length),
      getCode: () => CODE,
      getAddress: () => ({ toString: () => '0x00000000000000000000000000000000000000aa' }),
      storageLoad: async (key: Uint8Array) => STORE.get(Buffer.from(key).toString('hex')) ?? new Uint8Array(0),
      log: (data: Uint8Array, n: number, topics: Uint8Array[]) => void logs.push(`${n}:${topics.map((x) => Buffer.from(x).toString('hex')).join(',')}:${Buffer.from(data).toString('hex')}`),
      isStatic: () => opCode === 0x5d && items.length === 1,
      transientStorageLoad: (key: Uint8Array) => TRANSIENT.get(Buffer.from(key).toString('hex')) ?? new Uint8Array(0),
      transientStorageStore: (key: Uint8Array, value: Uint8Array) => void logs.push(`tstore ${Buffer.from(key).toString('hex')}=${Buffer.from(value).toString('hex')}`),
    },
  }
}

async function outcome(h: Handler, items: bigint[], callData: Uint8Array, common: unknown, opCode: number) {
  const rs = runState([...items], callData, common, opCode)
  try {
    await h(rs, common)
    return { stack: rs.stack.items, pc: rs.programCounter, logs: rs.logs }
  } catch (e) {
    const err = e as { error?: string; message?: string }
    return { error: err.error ?? err.message }
  }
}

function operands(rng: Rng): bigint[] {
  const edges = [0n, 1n, 2n, 4n, 31n, 32n, 33n, 255n, 256n, 257n, (1n << 64n) - 1n, 1n << 128n, (1n << 255n), (1n << 256n) - 1n, (1n << 256n) - 2n]
  const out = [...edges]
  for (let i = 0; i < 60; i++) {
    let v = 0n
    const bytes = 1 + rng.int(32)
    for (let k = 0; k < bytes; k++) v = (v << 8n) | BigInt(rng.int(256))
    out.push(v)
  }
  return out
}

test('word opcodes equal the stock handlers on edge and random operands, underflow and bad jumps included', async (t) => {
  const common = new Common({ chain: Mainnet, hardfork: Hardfork.Cancun })
  const stock = (await createEVM({ common })) as unknown as { _opcodeMap: Map_ }
  const block = new BlockBuilder('cancun').build()
  const base = InMemoryState.fromBlock(block)
  const ours = (await makeEvm(makeBlockEnv(block), new TxState(base), base)) as unknown as { _opcodeMap: Map_; common: unknown }
  const rng = new Rng(11)
  const vals = operands(rng)
  STORE.set('00'.repeat(31) + '05', Uint8Array.from([0x12, 0x34]))
  STORE.set('00'.repeat(31) + '06', new Uint8Array(32).fill(0xfe))
  const callData = Uint8Array.from({ length: 70 }, (_, i) => (i * 13 + 1) % 256)
  let compared = 0
  for (const op of [0x01, 0x02, 0x03, 0x10, 0x11, 0x14, 0x16, 0x17, 0x1b, 0x1c, 0x20, 0x35, 0x54, 0x57, 0x5c, 0x5d, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4]) {
    const s = stock._opcodeMap[op]!
    const o = ours._opcodeMap[op]!
    t.is(o.opcodeInfo.name, s.opcodeInfo.name)
    t.not(o.opHandler, s.opHandler, `${s.opcodeInfo.name} is replaced`)
    const cases: bigint[][] = [[], [vals[3]!]] // underflow: none, and one operand short for the binary ones
    for (let k = 0; k < 400; k++) cases.push([vals[rng.int(vals.length)]!, vals[rng.int(vals.length)]!, vals[rng.int(vals.length)]!])
    if (op === 0x57) for (const dest of [0n, 2n, 3n, 4n, 5n, 1000n, 1n << 200n]) for (const cond of [0n, 1n]) cases.push([7n, cond, dest])
    if (op === 0x20) for (const [off, len] of [[0n, 0n], [5n, 1n], [0n, 32n], [3n, 70n]]) cases.push([len!, off!])
    if (op === 0x35) for (let p = 0n; p <= 75n; p++) cases.push([9n, p])
    if (op === 0x54 || op === 0x5c) for (const k of [5n, 6n, 7n, (1n << 256n) - 1n]) cases.push([k])
    if (op === 0x5d) cases.push([7n], [0n, 5n], [1n << 255n, 6n]) // [7n]: a static call (see isStatic) with one operand: the static check comes first
    if (op >= 0xa0) {
      // LOGn: [topics..., length, offset] with small memory ranges, every topic width, short stacks.
      for (let k = 0; k < 200; k++) cases.push([...Array.from({ length: op - 0xa0 }, () => vals[rng.int(vals.length)]!), BigInt(rng.int(70)), BigInt(rng.int(40))])
      for (let short = 0; short < 2 + op - 0xa0; short++) cases.push(Array.from({ length: short }, (_, i) => BigInt(i)))
    }
    for (const items of cases) {
      if ((op === 0x20 || op >= 0xa0) && items.length >= 2 && (items.at(-2)! > 4096n || items.at(-1)! > 4096n)) continue // memory is bounded by gas before the handler
      t.deepEqual(await outcome(o.opHandler, items, callData, ours.common, op), await outcome(s.opHandler, items, callData, common, op), `${s.opcodeInfo.name} on ${items.join(', ')}`)
      compared++
    }
  }
  t.true(compared > 5000)
})
