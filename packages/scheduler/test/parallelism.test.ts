import test from 'ava'

import { DependencyGraph, parallelism } from '../src/index.js'

test('a chain has no parallelism: bound 1 whatever the worker count', (t) => {
  const p = parallelism(DependencyGraph.chain(100), 100, 8)
  t.is(p.critical, 100)
  t.is(p.total, 100)
  t.is(p.bound, 1)
})

test('no edges: bound = workers (capped by the block)', (t) => {
  t.is(parallelism(DependencyGraph.empty(100), 100, 4).bound, 4)
  t.is(parallelism(DependencyGraph.empty(3), 3, 8).bound, 3)
  t.is(parallelism(DependencyGraph.empty(0), 0, 8).bound, 1)
})

test('weights: the heaviest path, not the longest, sets the bound', (t) => {
  // 0 → 1 → 2 (light) and 3 alone (heavy)
  const g = DependencyGraph.fromEdges(4, [[0, 1], [1, 2]])
  const w = [1, 1, 1, 10]
  const p = parallelism(g, 4, 4, (tx) => w[tx]!)
  t.is(p.critical, 10)
  t.is(p.total, 13)
  t.is(p.bound, 1.3)
})

test('two independent chains on 2 workers: bound 2; on 1 worker: 1', (t) => {
  const edges: [number, number][] = []
  for (let j = 2; j < 20; j++) edges.push([j - 2, j])
  const g = DependencyGraph.fromEdges(20, edges)
  t.is(parallelism(g, 20, 2).bound, 2)
  t.is(parallelism(g, 20, 1).bound, 1)
  t.is(parallelism(g, 20, 8).bound, 2)
})

test('out-of-range and backward edges are ignored (as the scheduler ignores them)', (t) => {
  const raw = { offsets: Int32Array.from([0, 0, 2, 3]), preds: Int32Array.from([5, -1, 2]) }
  t.is(parallelism(raw, 3, 3).critical, 1)
})

test('fromPredecessors equals fromEdges on the same edges: out-of-range, backward and duplicate entries dropped, descending', (t) => {
  const lists = [[0, -1], [0, 0, 5], [0, 1, 1.5], [2, 0, 1, 2], [], [3, 9, 4]]
  const edges: [number, number][] = []
  lists.forEach((l, j) => l.forEach((i) => edges.push([i, j])))
  const a = DependencyGraph.fromPredecessors(7, lists)
  const b = DependencyGraph.fromEdges(7, edges)
  t.deepEqual([...a.offsets], [...b.offsets])
  t.deepEqual([...a.preds], [...b.preds])
  t.deepEqual([...a.predecessors(3)], [2, 1, 0])
  t.deepEqual([...a.predecessors(5)], [4, 3]) // 9 is later than 5: dropped
  t.is(a.predecessors(6).length, 0) // no list given for tx 6
})

test('fromPredecessors normalizes each list on its own and never changes the caller\'s lists', (t) => {
  // Normalized (tx 1, 3), not (tx 2: ascending; tx 4: repeat; tx 5: 5 is not below 5).
  const lists = [[], [0], [0, 1], [2, 1, 0], [3, 3], [5, 4]]
  const before = JSON.stringify(lists)
  const g = DependencyGraph.fromPredecessors(6, lists)
  t.is(JSON.stringify(lists), before)
  t.deepEqual([0, 1, 2, 3, 4, 5].map((j) => [...g.predecessors(j)]), [[], [0], [1, 0], [2, 1, 0], [3], [4]])
})
