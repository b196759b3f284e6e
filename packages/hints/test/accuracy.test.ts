import test from 'ava'

import { accuracy } from '../src/index.js'
import type { TxAccess } from '../src/index.js'

const L = (c: string) => 's' + c.repeat(40) + '0'.repeat(64)
function tx(reads: string[], writes: string[], deltas: string[] = []): TxAccess {
  return { reads: new Set(reads.map(L)), writes: new Set(writes.map(L)), deltas: new Set(deltas.map(L)), source: 'simulated' }
}

test('counts and rates of false positives and negatives, per set and per edge', (t) => {
  const predicted = [tx(['a'], ['a']), tx(['a', 'b'], ['b']), tx(['c'], [])]
  const actual = [tx(['a'], ['a']), tx(['a'], ['b', 'c']), tx(['c', 'b'], [])]
  const acc = accuracy(predicted, actual)
  t.is(acc.txs, 3)
  t.is(acc.exactTxs, 1)
  t.like(acc.reads, { predicted: 4, actual: 4, truePositives: 3, falsePositives: 1, falseNegatives: 1, falsePositiveRate: 0.25, falseNegativeRate: 0.25 })
  t.like(acc.writes, { predicted: 2, actual: 3, truePositives: 2, falsePositives: 0, falseNegatives: 1, falsePositiveRate: 0 })
  t.is(acc.writes.falseNegativeRate, 1 / 3)
  // Predicted edges: 0→1 (a). Actual: 0→1 (a), 1→2 (c, and b highest).
  t.like(acc.edges, { predicted: 1, actual: 2, truePositives: 1, falsePositives: 0, falseNegatives: 1, falseNegativeRate: 0.5 })
  t.deepEqual(acc.dependentTxs, { predicted: 1, actual: 2 })
})

test('a delta predicted as an absolute write is a miss both ways', (t) => {
  const acc = accuracy([tx([], ['a'])], [tx([], [], ['a'])])
  t.like(acc.writes, { predicted: 1, actual: 1, truePositives: 0, falsePositives: 1, falseNegatives: 1 })
})

test('perfect predictions and empty sets give zero rates', (t) => {
  const acc = accuracy([tx([], [])], [tx([], [])])
  t.like(acc.reads, { falsePositiveRate: 0, falseNegativeRate: 0 })
  t.is(acc.exactTxs, 1)
  t.throws(() => accuracy([], [tx([], [])]), { instanceOf: RangeError })
})
