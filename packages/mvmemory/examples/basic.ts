/**
 * A tiny block of 4 transactions on one balance, by hand:
 *   tx0 sets the balance to 100, tx1 and tx2 add deltas (+5, -3), tx3 reads it.
 * Then tx1 aborts and re-executes with another delta, and tx3's read is revalidated.
 *
 *   pnpm exec tsx --conditions=blockstm-src packages/mvmemory/examples/basic.ts
 */
import { KEY_WORDS, MVMemory, ReadSet, ReadStatus, VALUE_WORDS, WriteSet, u256FromBigInt, u256ToBigInt } from '@blockstm/mvmemory'

const mv = MVMemory.create({ txCount: 4, locationCapacity: 16 })

// A location key is 16 opaque words; the executor packs kind + address + slot into it.
const balanceKey = new Uint32Array(KEY_WORDS)
balanceKey[0] = 1 // e.g. "balance"
balanceKey[1] = 0xc0ffee // e.g. address words...
const balance = mv.locate(balanceKey)

const w = new WriteSet()
w.write(balance, u256FromBigInt(100n))
mv.record(0, 0, w)

w.clear()
w.addDelta(balance, u256FromBigInt(5n))
mv.record(1, 0, w)

w.clear()
w.addDelta(balance, u256FromBigInt(-3n)) // two's complement, added mod 2^256
mv.record(2, 0, w)

// tx3 reads: the absolute value of tx0 with both deltas folded on top.
const out = new Uint32Array(VALUE_WORDS)
const reads = new ReadSet()
const st = mv.read(balance, 3, out)
reads.recordRead(balance, st, out)
console.log('tx3 reads', u256ToBigInt(out), 'status VALUE:', st === ReadStatus.VALUE, 'nearest version: tx', mv.lastTxIdx)

// tx1 aborts: its delta becomes an ESTIMATE; readers above it must wait for it.
mv.convertWritesToEstimates(1)
console.log('after abort, tx3 sees ESTIMATE of tx', mv.read(balance, 3, out) === ReadStatus.ESTIMATE ? mv.lastTxIdx : '?')
console.log('tx3 still valid?', mv.validateReadSet(3, reads))

// tx1 re-executes (incarnation 1) with the same delta: value-based validation passes again.
w.clear()
w.addDelta(balance, u256FromBigInt(5n))
console.log('wrote a new location?', mv.record(1, 1, w))
console.log('tx3 valid after same re-execution?', mv.validateReadSet(3, reads))

// ...and with another delta: tx3 must re-execute.
w.clear()
w.addDelta(balance, u256FromBigInt(6n))
mv.record(1, 2, w)
console.log('tx3 valid after different re-execution?', mv.validateReadSet(3, reads))

mv.finalValue(balance, out)
console.log('final balance', u256ToBigInt(out))

// Contract code lives in the BlobArena, keyed by its 32-byte hash as 8 words.
const codeHash = new Uint32Array([1, 2, 3, 4, 5, 6, 7, 8])
mv.blobs.put(codeHash, new Uint8Array([0x60, 0x00, 0x60, 0x00, 0xf3]))
console.log('code', mv.blobs.get(codeHash))
