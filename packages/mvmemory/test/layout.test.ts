import test from 'ava'
import { ENTRY_WORDS, INITIAL_BLOCK, L_BLOCK, L_CAP, L_COUNT, L_SEQ, LOC_STRIDE, VERSION_TOP } from '../src/layout.js'
import { ReadStatus, WriteSet } from '../src/index.js'
import { big, buf, key, store, val } from './helpers.js'

function write(mv: ReturnType<typeof store>, tx: number, loc: number, v: bigint): void {
  const w = new WriteSet()
  w.write(loc, val(v))
  mv.record(tx, 0, w)
}

test('I5: every mutation of a location bumps its SEQ by 2 and leaves it even (unlocked)', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  const meta = new Int32Array(mv.shared.locMeta)
  const seq = () => meta[loc * LOC_STRIDE + L_SEQ]
  t.is(seq(), 0)
  write(mv, 3, loc, 1n)
  t.is(seq(), 2)
  mv.convertWritesToEstimates(3)
  t.is(seq(), 4)
  mv.record(3, 1, new WriteSet()) // removal
  t.is(seq(), 6)
  const out = buf()
  mv.read(loc, 9, out)
  t.is(seq(), 6, 'readers never write the lock word')
})

test('I6: a full block moves to a twice larger one; the abandoned block stays intact until clear()', (t) => {
  const mv = store()
  const loc = mv.locate(key(1))
  const ctrl = new Int32Array(mv.shared.ctrl)
  const meta = new Int32Array(mv.shared.locMeta)
  const ver = new Uint32Array(mv.shared.versions)
  const m = loc * LOC_STRIDE
  for (let tx = 0; tx < INITIAL_BLOCK; tx++) write(mv, tx, loc, BigInt(tx))
  t.is(meta[m + L_CAP], INITIAL_BLOCK)
  const oldBlock = meta[m + L_BLOCK]
  const before = ver.slice(oldBlock * ENTRY_WORDS, (oldBlock + INITIAL_BLOCK) * ENTRY_WORDS)
  write(mv, INITIAL_BLOCK, loc, 99n)
  t.is(meta[m + L_CAP], INITIAL_BLOCK * 2)
  t.is(meta[m + L_COUNT], INITIAL_BLOCK + 1)
  t.not(meta[m + L_BLOCK], oldBlock)
  t.is(ctrl[VERSION_TOP], INITIAL_BLOCK * 3, 'append-only: the old block is not reused')
  t.deepEqual(ver.slice(oldBlock * ENTRY_WORDS, (oldBlock + INITIAL_BLOCK) * ENTRY_WORDS), before, 'stale readers see the old, in-bounds data')
  const out = buf()
  t.is(mv.read(loc, INITIAL_BLOCK + 1, out), ReadStatus.VALUE)
  t.is(big(out), 99n)
  mv.clear()
  t.is(ctrl[VERSION_TOP], 0)
})
