/**
 * ECMUL through FastBN254 (block/bn254.ts) against the stock NobleBN254: the same 64 bytes,
 * or a failure of the same kind, on multiples of the generator, the point at infinity, points
 * off the curve or outside the field, and scalars at the group order's edges.
 */
import test from 'ava'
import { EVMError, NobleBN254 } from '@ethereumjs/evm'
import { bn254 } from '@noble/curves/bn254.js'

import { FastBN254 } from '../src/block/bn254.js'
import { makeBlockEnv } from '../src/block/env.js'
import { makeEvm } from '../src/block/evm.js'
import { InMemoryState } from '../src/state/base.js'
import { TxState } from '../src/state/tx-state.js'
import { BlockBuilder } from './helpers/builder.js'
import { Rng } from './helpers/parallel-random.js'

const R = bn254.fields.Fr.ORDER
const P = bn254.fields.Fp.ORDER
const word = (v: bigint): number[] => Array.from({ length: 32 }, (_, i) => Number((v >> BigInt(8 * (31 - i))) & 0xffn))
const input = (x: bigint, y: bigint, k: bigint): Uint8Array => Uint8Array.from([...word(x), ...word(y), ...word(k)])

function outcome(f: () => Uint8Array): string {
  try {
    return Buffer.from(f()).toString('hex')
  } catch (e) {
    return e instanceof EVMError ? `EVMError ${e.error}` : 'non-EVM error'
  }
}

test('FastBN254.mul equals the stock ECMUL on valid, infinite and invalid points and edge scalars', (t) => {
  const stock = new NobleBN254()
  const fast = new FastBN254()
  const rng = new Rng(3)
  const rand = (): bigint => {
    let v = 0n
    for (let i = 0; i < 32; i++) v = (v << 8n) | BigInt(rng.int(256))
    return v
  }
  const points: [bigint, bigint][] = [[0n, 0n], [1n, 2n], [1n, 3n], [0n, 1n], [P, 2n], [1n, P + 2n]]
  for (let i = 0; i < 6; i++) {
    const a = bn254.G1.Point.BASE.multiply(1n + (rand() % (R - 1n))).toAffine()
    points.push([a.x, a.y])
  }
  const scalars = [0n, 1n, 2n, R - 1n, R, R + 1n, (1n << 256n) - 1n, rand(), rand()]
  let valid = 0
  for (const [x, y] of points) {
    for (const k of scalars) {
      const data = input(x, y, k)
      const want = outcome(() => stock.mul(data))
      t.is(outcome(() => fast.mul(data)), want, `(${x}, ${y}) × ${k}`)
      if (!want.includes('error') && want !== '0'.repeat(128)) valid++
    }
  }
  t.true(valid >= 40, `${valid} non-trivial products compared`)
  t.is(outcome(() => fast.mul(input(1n, 3n, 5n))), 'non-EVM error', 'a point off the curve fails')
})

test('our EVMs run ECMUL through FastBN254 (createEVM installs its own: replaced on the instance)', async (t) => {
  const block = new BlockBuilder('cancun').build()
  const base = InMemoryState.fromBlock(block)
  const evm = (await makeEvm(makeBlockEnv(block), new TxState(base), base)) as unknown as { _bn254: unknown }
  t.true(evm._bn254 instanceof FastBN254)
})
