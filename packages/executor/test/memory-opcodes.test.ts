/**
 * The MLOAD/MSTORE handlers installed on our EVMs (block/memory-opcodes.ts) convert words
 * exactly as @ethereumjs/util does; and they are really installed (the generated and mainnet
 * suites then check whole executions against @ethereumjs/vm, which keeps the stock ones).
 */
import test from 'ava'
import { bigIntToBytes, bytesToBigInt, setLengthLeft } from '@ethereumjs/util'

import { wordBytes, wordValue } from '../src/block/words.js'
import { makeBlockEnv } from '../src/block/env.js'
import { makeEvm } from '../src/block/evm.js'
import { InMemoryState } from '../src/state/base.js'
import { TxState } from '../src/state/tx-state.js'
import { BlockBuilder } from './helpers/builder.js'
import { Rng } from './helpers/parallel-random.js'

test('word conversions equal @ethereumjs/util on edge and random uint256 values', (t) => {
  const rng = new Rng(7)
  const values = [0n, 1n, 255n, (1n << 64n) - 1n, 1n << 64n, (1n << 192n) - 1n, 1n << 192n, (1n << 256n) - 1n]
  for (let i = 0; i < 2000; i++) {
    let v = 0n
    const bytes = 1 + rng.int(32)
    for (let k = 0; k < bytes; k++) v = (v << 8n) | BigInt(rng.int(256))
    values.push(v)
  }
  for (const v of values) {
    const stock = setLengthLeft(bigIntToBytes(v), 32)
    t.deepEqual(wordBytes(v).slice(), stock, `bytes of ${v}`)
    t.is(wordValue(stock), bytesToBigInt(stock), `value of ${v}`)
  }
})

test('our EVMs run the replacement handlers', async (t) => {
  const block = new BlockBuilder('cancun').build()
  const env = makeBlockEnv(block)
  const base = InMemoryState.fromBlock(block)
  const evm = await makeEvm(env, new TxState(base), base)
  const map = (evm as unknown as { _opcodeMap: { opcodeInfo: { name: string }; opHandler: { name: string } }[] })._opcodeMap
  t.is(map[0x51]!.opcodeInfo.name, 'MLOAD')
  t.is(map[0x51]!.opHandler.name, 'mload')
  t.is(map[0x52]!.opHandler.name, 'mstore')
})
