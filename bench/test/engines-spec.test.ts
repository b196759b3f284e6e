import test from 'ava'

import { parseEngineList, parseEngineSpec } from '../src/engines.js'

test('a bare engine name', (t) => {
  t.deepEqual(parseEngineSpec('sequential'), { name: 'sequential', options: {}, label: 'sequential' })
})

test('options after a colon (names not checked when known = false)', (t) => {
  const s = parseEngineSpec('parallel:workers=2,strategy=dag', false)
  t.is(s.name, 'parallel')
  t.deepEqual(s.options, { workers: '2', strategy: 'dag' })
  t.is(s.label, 'parallel:workers=2,strategy=dag')
})

test('a list: key=value items belong to the engine before them', (t) => {
  const list = parseEngineList('reference,parallel:workers=2,strategy=dag,sequential,parallel:workers=1', false)
  t.deepEqual(
    list.map((s) => s.label),
    ['reference', 'parallel:workers=2,strategy=dag', 'sequential', 'parallel:workers=1'],
  )
})

test('errors', (t) => {
  t.throws(() => parseEngineList('workers=2,reference', false), { instanceOf: SyntaxError })
  t.throws(() => parseEngineSpec('parallel:workers', false), { instanceOf: SyntaxError })
  t.throws(() => parseEngineSpec('parallel:w=1,w=2', false), { instanceOf: SyntaxError })
  t.throws(() => parseEngineSpec(':w=1', false), { instanceOf: SyntaxError })
  t.throws(() => parseEngineSpec('nosuchengine'), { message: /unknown engine/ })
  t.throws(() => parseEngineSpec('sequential:workers=2'), { message: /no option "workers"/ })
  t.throws(() => parseEngineList(''), { instanceOf: SyntaxError })
})
