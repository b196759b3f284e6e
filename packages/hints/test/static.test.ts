import test from 'ava'

import { InMemoryState, makeBlockEnv } from './executor.js'
import { Simulator, TemplateCache, accuracy, applyTemplate, learnTemplate, mappingSlot, orderingKeys, recordSequential, simulateHints, slotIndex } from '../src/index.js'
import type { TxAccess } from '../src/index.js'
import { OWNERS, RECIPIENTS, SPENDER, TOKEN, allowanceBlock, preds, workload } from './helpers.js'

const plain = (a: TxAccess) => ({ reads: [...a.reads].sort(), writes: [...a.writes].sort(), deltas: [...a.deltas].sort() })

test('mappingSlot is Solidity\'s keccak256(pad32(key) ++ pad32(k))', (t) => {
  // balanceOf[0x…01] at slot 0, a well-known value.
  t.is(mappingSlot('0000000000000000000000000000000000000001', slotIndex(0)), 'ada5013122d395ba3c54772283fb069b10426056ef8ca54750cb9bb552a59e7d')
  // The same word however it is spelled (0x, odd length, upper case), with bases alternating
  // (the base word is kept between calls) and after a refused one.
  const base1 = slotIndex(1)
  const want1 = mappingSlot('00000000000000000000000000000000000000ab', base1)
  t.is(mappingSlot('0xAB', base1), want1)
  t.is(mappingSlot('0x0ab', `0x${base1}`), want1)
  t.throws(() => mappingSlot('0x1', 'zz'), { instanceOf: TypeError })
  t.throws(() => mappingSlot('1'.repeat(65), base1), { instanceOf: RangeError })
  t.is(mappingSlot('0x1', slotIndex(0)), 'ada5013122d395ba3c54772283fb069b10426056ef8ca54750cb9bb552a59e7d')
  t.is(mappingSlot('ab', base1), want1)
})

test('ERC20 transfer: the balance mapping index is learned from one simulation and predicts the others', async (t) => {
  const block = workload('erc20', { seed: 3 })
  const sim = await Simulator.create(block)
  const env = makeBlockEnv(block)
  const first = await sim.simulate(0)
  const tx0 = block.transactions[0]
  const key = 'token:a9059cbb'
  const tpl = learnTemplate(key, 0, tx0, env.coinbaseKey, first.access)!
  t.truthy(tpl)
  t.is(tpl.constantSlots, 0)
  const slotWrites = tpl.writes.filter((l) => l.kind === 'storage').map((l) => l.slot)
  t.deepEqual(
    slotWrites.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    [{ map: 'arg0', k: 0 }, { map: 'sender', k: 0 }],
  )
  // The template reproduces what every other transfer of a token with that code does.
  for (let i = 1; i < block.transactions.length; i++) {
    const tx = block.transactions[i]
    if (tx.to !== tx0.to) continue
    t.deepEqual(plain(applyTemplate(tpl, tx, env.coinbaseKey)!), plain((await sim.simulate(i)).access), `tx ${i}`)
  }
})

test('static mode on erc20: one learning run per token code, the rest exact', async (t) => {
  const block = workload('erc20', { seed: 3 })
  const templates = new TemplateCache()
  const h = await simulateHints(block, { mode: 'static', templates })
  t.is(h.timings.simulated, 1) // all tokens share the Token code
  t.is(templates.size, 1)
  const acc = accuracy(h.perTx, await recordSequential(block))
  t.is(acc.exactTxs, block.transactions.length)
  // A second block with the same cache learns nothing new: no simulation at all.
  const again = await simulateHints(workload('erc20', { seed: 4 }), { mode: 'static', templates })
  t.is(again.timings.simulated, 0)
})

test('static mode: a token call alone in its block is not learned from (the unknown-call rules apply) unless its template is known', async (t) => {
  const full = workload('erc20', { seed: 3 })
  const one = { ...full, transactions: full.transactions.slice(0, 1) }
  const h = await simulateHints(one, { mode: 'static', unknownCalls: 'arguments' })
  t.is(h.timings.simulated, 0)
  t.is(h.perTx[0]!.source, 'sender-only')
  t.true((h.perTx[0]!.orderedOn ?? []).length > 0) // ordered as 'arguments' says
  // 'both' simulates it, as before.
  t.is((await simulateHints(one, { mode: 'both' })).perTx[0]!.source, 'simulated')
  // A template learned from another block applies to it.
  const templates = new TemplateCache()
  await simulateHints(full, { mode: 'static', templates })
  const known = await simulateHints(one, { mode: 'static', templates })
  t.is(known.timings.simulated, 0)
  t.is(known.perTx[0]!.source, 'static')
  t.deepEqual(plain(known.perTx[0]!), plain((await simulateHints(one, { mode: 'simulate' })).perTx[0]!))
})

test('approve / transferFrom: allowance slots learned as nested mappings', async (t) => {
  const block = allowanceBlock()
  const templates = new TemplateCache()
  const h = await simulateHints(block, { mode: 'static', templates })
  t.is(h.timings.simulated, 2) // one approve, one transferFrom
  t.is(h.timings.staticTxs, 2)
  const codeHash = InMemoryState.fromBlock(block).account(TOKEN.slice(2))!.codeHash
  const approve = templates.get(`${codeHash}:095ea7b3`)!
  t.deepEqual(approve.writes.filter((l) => l.kind === 'storage').map((l) => l.slot), [{ nested: ['sender', 'arg0'], k: 1 }])
  const tf = templates.get(`${codeHash}:23b872dd`)!
  const tfSlots = tf.writes.filter((l) => l.kind === 'storage').map((l) => JSON.stringify(l.slot)).sort()
  t.deepEqual(tfSlots, [JSON.stringify({ map: 'arg0', k: 0 }), JSON.stringify({ map: 'arg1', k: 0 }), JSON.stringify({ nested: ['arg0', 'sender'], k: 1 })].sort())
  // Predicted = actual. tx 2 (transferFrom of owner 1) waits for tx 1 (its approve), the highest of tx 1 and
  // tx 0 (same sender).
  const acc = accuracy(h.perTx, await recordSequential(block))
  t.is(acc.exactTxs, 4)
  t.deepEqual(preds(h.graph, 2), [1])
  t.deepEqual(preds(h.graph, 1), [])
  t.deepEqual(preds(h.graph, 3), [0]) // SSTORE reads the slot it overwrites (gas): tx 0 wrote it
  const allowance1 = 's' + TOKEN.slice(2) + mappingSlot(SPENDER, mappingSlot(OWNERS[1], slotIndex(1)))
  t.true(h.perTx[2].reads.has(allowance1) && h.perTx[2].writes.has(allowance1))
  t.true(h.perTx[2].writes.has('s' + TOKEN.slice(2) + mappingSlot(RECIPIENTS[1], slotIndex(0))))
})

test('static mode: unknown calls get the sender rule only, mode both simulates them', async (t) => {
  const block = workload('uniswap', { hotRatio: 0.5, numEoa: 20 })
  const s = await simulateHints(block, { mode: 'static' })
  t.is(s.timings.senderOnly, block.transactions.length)
  t.true(s.perTx.every((a) => a.source === 'sender-only'))
  const b = await simulateHints(block, { mode: 'both' })
  t.is(b.timings.simulated, block.transactions.length)
  t.true(b.graph.edgeCount > s.graph.edgeCount)
})

test("static mode, unknownCalls 'callee': unknown calls to one contract are ordered; other txs keep their own edges", async (t) => {
  const block = workload('hybrid', { hotRatio: 0.3, numEoa: 50 })
  const s = await simulateHints(block, { mode: 'static', unknownCalls: 'callee' })
  const lastCall = new Map<string, number>()
  let ordered = 0
  for (let j = 0; j < block.transactions.length; j++) {
    const a = s.perTx[j]
    if (a.source !== 'sender-only') {
      t.is(a.orderedOn, undefined, `tx ${j} is covered by a template or is a transfer`)
      continue
    }
    const to = block.transactions[j].to!.slice(2)
    t.deepEqual(a.orderedOn, [to])
    const prev = lastCall.get(to)
    // 'highest' edges: the nearest earlier call to the callee, or a later writer of something j reads.
    if (prev !== undefined) t.true(preds(s.graph, j)[0] >= prev, `tx ${j} waits for ${prev} or later`)
    lastCall.set(to, j)
    ordered++
  }
  t.true(ordered > 2, 'the hybrid block has unknown (swap) calls')
  const plainSender = await simulateHints(block, { mode: 'static' })
  t.true(plainSender.perTx.every((a) => a.orderedOn === undefined))
  t.true(s.graph.edgeCount > plainSender.graph.edgeCount)
})

test("unknownCalls 'arguments': keys are the callee with each address argument; swaps on other pairs need not wait", async (t) => {
  const tx = (to: string, words: string[], from = `0x${'a1'.repeat(20)}`) =>
    ({ to, from, data: Buffer.from('12345678' + words.join(''), 'hex') }) as unknown as Parameters<typeof orderingKeys>[0]
  const router = `0x${'cc'.repeat(20)}`
  const tokenA = 'c0'.padEnd(40, '0') + ''
  const w = (hex: string) => hex.padStart(64, '0')
  const tokenB = 'c1'.padEnd(40, '0')
  const tokenC = 'c2'.padEnd(40, '0')
  // amount (small), token address, the sender itself (skipped), a number ≥ 2^160 (not an address)
  const keys = orderingKeys(tx(router, [w('03e8'), w(tokenA), w('a1'.repeat(20)), 'ff'.repeat(32)]), 'arguments')
  t.deepEqual(keys, ['cc'.repeat(20) + tokenA])
  // Several addresses: every pair (sorted), so calls meet only when they share two.
  t.deepEqual(orderingKeys(tx(router, [w(tokenB), w(tokenA), w(tokenA)]), 'arguments'), ['cc'.repeat(20) + tokenA + tokenB])
  t.deepEqual(orderingKeys(tx(router, [w(tokenA), w(tokenB), w(tokenC)]), 'arguments'), [
    'cc'.repeat(20) + tokenA + tokenB,
    'cc'.repeat(20) + tokenA + tokenC,
    'cc'.repeat(20) + tokenB + tokenC,
  ])
  t.deepEqual(orderingKeys(tx(router, [w('03e8')]), 'arguments'), ['cc'.repeat(20)], 'no address argument: the callee alone')
  t.deepEqual(orderingKeys(tx(router, [w(tokenA)]), 'callee'), ['cc'.repeat(20)])
  t.is(orderingKeys(tx(router, [w(tokenA)]), 'sender'), undefined)
  // On the uniswap workload (10 pairs), 'arguments' keeps more parallelism than 'callee'.
  const block = workload('uniswap', { numEoa: 50, scale: 0.004 })
  const callee = await simulateHints(block, { mode: 'static', unknownCalls: 'callee' })
  const args = await simulateHints(block, { mode: 'static', unknownCalls: 'arguments' })
  const depth = (g: typeof callee.graph) => {
    const d: number[] = []
    for (let j = 0; j < block.transactions.length; j++) d.push(1 + Math.max(0, ...preds(g, j).map((i) => d[i])))
    return Math.max(...d)
  }
  const routed = callee.perTx.filter((a) => a.orderedOn !== undefined).length
  t.true(routed > 10)
  t.true(depth(callee.graph) >= routed, `callee: every swap through the router in one chain (${depth(callee.graph)} ≥ ${routed})`)
  t.true(depth(args.graph) < block.transactions.length / 2, `arguments: critical path ${depth(args.graph)} of ${block.transactions.length}`)
})

test("unknownCalls 'learn': recurring router swaps get a template per pair of tokens, predicting what simulation finds", async (t) => {
  const block = workload('uniswap', { numEoa: 50, scale: 0.004 })
  const learned = await simulateHints(block, { mode: 'static', unknownCalls: 'learn' })
  const simulated = await simulateHints(block, { mode: 'simulate' })
  const n = block.transactions.length
  const fromTemplate = learned.perTx.filter((a) => a.source === 'static').length
  t.true(learned.timings.simulated < n / 3, `${learned.timings.simulated} of ${n} simulated to learn`)
  t.true(fromTemplate > n / 2, `${fromTemplate} of ${n} predicted by a template`)
  // Where a template predicted a swap, its writes are the simulation's.
  let same = 0
  let covered = 0
  for (let j = 0; j < n; j++) {
    if (learned.perTx[j].source !== 'static' || block.transactions[j].data.length === 0) continue
    covered++
    const want = [...simulated.perTx[j].writes].sort()
    if (JSON.stringify([...learned.perTx[j].writes].sort()) === JSON.stringify(want)) same++
  }
  t.true(covered > 0)
  t.true(same >= 0.9 * covered, `${same} of ${covered} template predictions equal the simulation's writes`)
  // And reads: the prefetch list now holds the swaps' storage reads, unlike 'arguments'.
  const args = await simulateHints(block, { mode: 'static', unknownCalls: 'arguments' })
  t.true(learned.prefetch.slots.length > args.prefetch.slots.length, `prefetch ${learned.prefetch.slots.length} slots vs ${args.prefetch.slots.length}`)
})

test("unknownCalls 'learn' on a chain of swaps back and forth: every swap still waits for the one before", async (t) => {
  // chain-uniswap: swap i's output funds swap i+1, which sells it back the other way. One
  // direction's template is learned, the other's is not (its calls stay unknown); both must
  // be ordered on their shared pair of tokens, or the graph shows parallelism that is not there.
  const block = workload('chain-uniswap', { scale: 0.01 })
  const n = block.transactions.length
  for (const unknownCalls of ['arguments', 'learn'] as const) {
    const h = await simulateHints(block, { mode: 'static', unknownCalls })
    let unordered = 0
    for (let j = 1; j < n; j++) if (preds(h.graph, j).length === 0) unordered++
    t.is(unordered, 0, `${unknownCalls}: ${unordered} of ${n - 1} swaps with no predecessor`)
    if (unknownCalls === 'learn') t.true(h.perTx.some((a) => a.source === 'static'), 'some swaps predicted by a template')
  }
})

test("unknownCalls 'learn' with a kept TemplateCache: the next block learns nothing again", async (t) => {
  const block = workload('uniswap', { numEoa: 50, scale: 0.004 })
  const templates = new TemplateCache()
  const first = await simulateHints(block, { mode: 'static', unknownCalls: 'learn', templates })
  t.true(first.timings.simulated > 0)
  const again = await simulateHints(block, { mode: 'static', unknownCalls: 'learn', templates })
  t.is(again.timings.simulated, 0, 'every group is predicted from the kept templates')
  t.true(again.perTx.filter((a) => a.source === 'static').length >= first.perTx.filter((a) => a.source === 'static').length)
})
