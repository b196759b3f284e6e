import test from 'ava'
import { fileURLToPath } from 'node:url'

import { InvalidTransactionError, loadBlockFile, recoverSenders } from '@blockstm/executor'
import type { Hex } from '@blockstm/executor'

const fixture = (n: number) => fileURLToPath(new URL(`../../../fixtures/mainnet/${n}.json.gz`, import.meta.url))

for (const n of [46147, 4370000, 19934116]) {
  test(`mainnet ${n}: every signature recovers its from (2 workers and in-thread)`, async (t) => {
    const block = await loadBlockFile(fixture(n))
    await t.notThrowsAsync(recoverSenders(block, { workers: 2 }))
    await t.notThrowsAsync(recoverSenders(block, { workers: 1 }))
  })
}

test('a wrong from is SENDER_MISMATCH at the lowest bad index, on workers too', async (t) => {
  const block = await loadBlockFile(fixture(19934116))
  const other = '0x000000000000000000000000000000000000dead' as Hex
  block.transactions[40].from = other
  block.transactions[7].from = other
  for (const workers of [1, 3]) {
    const e = await t.throwsAsync(recoverSenders(block, { workers }), { instanceOf: InvalidTransactionError })
    t.is(e!.txIndex, 7)
    t.is(e!.reason, 'SENDER_MISMATCH')
  }
})

test('a missing signature cannot be recovered', async (t) => {
  const block = await loadBlockFile(fixture(46147))
  block.transactions[0].r = undefined
  const e = await t.throwsAsync(recoverSenders(block, { workers: 1 }), { instanceOf: InvalidTransactionError })
  t.is(e!.txIndex, 0)
  t.regex(e!.message, /no signature/)
})
