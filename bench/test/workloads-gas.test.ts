import test from 'ava'

import { GIGAGAS, generateWorkloadDetailed, WORKLOAD_NAMES } from '../src/workloads/index.js'

test('raw at scale 1 is 47,620 transfers: one gigagas', (t) => {
  const g = generateWorkloadDetailed('raw', { scale: 1 })
  t.is(g.fixture.block.transactions.length, 47_620)
  t.is(g.predictedGas, 47_620n * 21_000n)
})

for (const w of WORKLOAD_NAMES) {
  test(`${w}: gas total reaches the target, overshooting by less than one transaction`, (t) => {
    const scale = 0.01
    const target = BigInt(Math.ceil(scale * Number(GIGAGAS)))
    const g = generateWorkloadDetailed(w, { scale, numEoa: 2000 })
    const txs = g.fixture.block.transactions
    t.true(g.predictedGas >= target)
    // Every tx's gas limit is ≥ its gas used, so the largest limit bounds the overshoot.
    const maxTxGas = txs.reduce((m, tx) => (BigInt(tx.gas) > m ? BigInt(tx.gas) : m), 0n)
    t.true(g.predictedGas - target < maxTxGas, `${g.predictedGas} - ${target} ≥ ${maxTxGas}`)
    t.true(BigInt(g.fixture.block.gasLimit) > g.predictedGas)
  })
}
