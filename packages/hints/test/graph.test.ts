import test from 'ava'

import { buildGraph, predecessors } from '../src/index.js'
import type { TxAccess } from '../src/index.js'
import { preds } from './helpers.js'

const A = 'n' + 'a'.repeat(40)
const B = 'b' + 'b'.repeat(40)
const C = 'b' + 'c'.repeat(40) // the coinbase's balance: deltas only
const D = 's' + 'd'.repeat(40) + '0'.repeat(64)

function tx(reads: string[], writes: string[], deltas: string[] = []): TxAccess {
  return { reads: new Set(reads), writes: new Set(writes), deltas: new Set(deltas), source: 'simulated' }
}

test('each tx gets one edge, from the highest earlier writer of anything it reads', (t) => {
  const perTx = [tx([], [A]), tx([], [A]), tx([], [B]), tx([A, B], []), tx([A], [])]
  const g = buildGraph(perTx)
  t.deepEqual(preds(g, 3), [2]) // A by 0 and 1, B by 2: only 2
  t.deepEqual(preds(g, 4), [1]) // A's highest writer, not 0 as well
  t.is(g.edgeCount, 2)
})

test('per-location mode keeps the highest writer of each location read', (t) => {
  const perTx = [tx([], [A]), tx([], [A]), tx([], [B]), tx([A, B], [])]
  t.deepEqual(predecessors(perTx, { edges: 'per-location' })[3], [2, 1])
})

test('a chain stays a chain', (t) => {
  const perTx = Array.from({ length: 6 }, () => tx([D], [D]))
  const g = buildGraph(perTx)
  for (let j = 1; j < 6; j++) t.deepEqual(preds(g, j), [j - 1])
  t.deepEqual(preds(g, 0), [])
})

test('no self edges, no forward edges', (t) => {
  const perTx = [tx([A], [A]), tx([B], []), tx([], [B]), tx([A], [A])]
  const g = buildGraph(perTx)
  t.deepEqual(preds(g, 0), []) // reads its own write
  t.deepEqual(preds(g, 1), []) // B is written later only
  t.deepEqual(preds(g, 3), [0])
  for (const [i, j] of g.edges()) t.true(i < j)
})

test('lazy credits are no conflict; reading them depends on every one since the last absolute write', (t) => {
  const perTx = [tx([], [], [C]), tx([], [], [C]), tx([], [C]), tx([], [], [C]), tx([], [], [C]), tx([C], [])]
  const g = buildGraph(perTx)
  for (let j = 0; j < 5; j++) t.deepEqual(preds(g, j), [])
  t.deepEqual(preds(g, 5), [4, 3, 2])
})

test('a reader of a location with thousands of lazy credits depends on each once, nearest first (also reading it twice, and in per-location mode)', (t) => {
  const n = 3000
  // Every payer also writes A, so a reader of A and C meets tx n-1 twice (as A's writer and as a payer).
  const perTx = [...Array.from({ length: n }, () => tx([], [A], [C])), tx([C, A], []), tx([A, C], [])]
  const want = Array.from({ length: n }, (_, i) => n - 1 - i)
  for (const edges of ['highest', 'per-location'] as const) {
    const g = buildGraph(perTx, { edges })
    t.deepEqual(preds(g, n), want, edges)
    t.deepEqual(preds(g, n + 1), want, edges) // the first reader wrote nothing: same edges
    t.deepEqual(predecessors(perTx, { edges })[n], want, edges)
  }
})
