import test from 'ava'

import type { BenchRecord } from '../src/harness/record.js'
import { speedupSeries, variesAxis } from '../src/plot/series.js'
import { escapeXml, lineChart, niceTicks } from '../src/plot/svg.js'

/** Well-formedness without an XML library: tags nest and close, attributes are quoted, text has no raw `<` or `&`. */
function assertWellFormed(svg: string): void {
  const stack: string[] = []
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*")*)\s*(\/?)>/g
  let last = 0
  for (let m = tag.exec(svg); m !== null; m = tag.exec(svg)) {
    const text = svg.slice(last, m.index)
    if (/[<]|&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bad text before offset ${m.index}: ${text}`)
    last = tag.lastIndex
    const [, close, name, , selfClose] = m
    if (close === '/') {
      if (stack.pop() !== name) throw new Error(`</${name}> does not match`)
    } else if (selfClose !== '/') stack.push(name)
  }
  if (svg.slice(last).trim() !== '') throw new Error('trailing garbage')
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(',')}`)
}

function rec(workload: string, engine: string, hotRatio: number, ratio: number): BenchRecord {
  const [name, opts] = engine.split(':')
  const engineOptions = Object.fromEntries((opts ?? '').split(',').filter(Boolean).map((kv) => kv.split('=') as [string, string]))
  return {
    workload, engine, engineName: name, engineOptions, hotRatio, latencyUs: 0, numEoa: 100, scale: 0.01, seed: 1,
    txCount: 10, gas: 1e7, runs: 3, medianMs: 10, minMs: 9, maxMs: 11, mgasPerSec: 1, ratioToFirst: ratio, verified: true,
  }
}

test('nice ticks cover the range with round steps', (t) => {
  t.deepEqual(niceTicks(0, 1), [0, 0.2, 0.4, 0.6, 0.8, 1])
  t.deepEqual(niceTicks(0, 7.3), [0, 2, 4, 6, 8])
  t.deepEqual(niceTicks(0, 0), [0, 0.2, 0.4, 0.6, 0.8, 1])
})

test('speedup series: one line per workload × engine, baseline left out', (t) => {
  const records = [0, 0.5, 1].flatMap((h) => [rec('raw', 'reference', h, 1), rec('raw', 'sequential', h, 8 - h)])
  t.true(variesAxis(records, 'hotRatio'))
  t.false(variesAxis(records, 'latencyUs'))
  const { series, baseline } = speedupSeries(records, 'hotRatio')
  t.is(baseline, 'reference')
  t.deepEqual(series, [{ label: 'raw · sequential', points: [[0, 8], [0.5, 7.5], [1, 7]] }])
})

test('workers axis: the x value comes from the engine option', (t) => {
  const records = [rec('erc20', 'sequential', 0, 1), rec('erc20', 'parallel:workers=1', 0, 0.9), rec('erc20', 'parallel:workers=2', 0, 1.7)]
  const { series } = speedupSeries(records, 'workers')
  t.deepEqual(series, [{ label: 'erc20 · parallel', points: [[1, 0.9], [2, 1.7]] }])
})

test('the chart is well-formed SVG with labelled axes and escaped text', (t) => {
  const svg = lineChart({
    title: 'Speedup <vs> "reference" & co',
    xLabel: 'HOT_RATIO',
    yLabel: 'speedup',
    series: [{ label: 'raw · a<b', points: [[0, 1], [0.5, 2]] }, { label: 'erc20', points: [[0, 3]] }],
    baseline: 'reference',
  })
  t.notThrows(() => assertWellFormed(svg))
  t.true(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'))
  t.true(svg.includes('>HOT_RATIO</text>'))
  t.true(svg.includes(escapeXml('raw · a<b')))
  t.is((svg.match(/<path /g) ?? []).length, 2)
  t.notThrows(() => assertWellFormed(lineChart({ title: 'empty', xLabel: 'x', yLabel: 'y', series: [] })))
})
