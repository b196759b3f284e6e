/** `pnpm bench plot --json FILE --x latencyUs|hotRatio|workers --out FILE.svg`: speedup chart from a bench JSON. */
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import type { BenchReport } from '../harness/record.js'
import { AXIS_LABELS, PLOT_AXES, type PlotAxis, speedupSeries } from '../plot/series.js'
import { lineChart } from '../plot/svg.js'
import { UsageError } from './flags.js'

export function chartSvg(report: BenchReport, axis: PlotAxis): string {
  const { series, baseline } = speedupSeries(report.records, axis)
  const m = report.machine
  return lineChart({
    title: `Speedup vs ${baseline ?? 'first engine'} — ${m.cores} cores, Node ${m.node}`,
    xLabel: AXIS_LABELS[axis],
    yLabel: `speedup (× ${baseline ?? 'first engine'})`,
    series,
    baseline: axis === 'workers' ? undefined : baseline,
  })
}

export function writeChart(report: BenchReport, axis: PlotAxis, out: string): void {
  writeFileSync(out, chartSvg(report, axis))
}

export function plotCommand(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'string' }, x: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  })
  if (values.json === undefined) throw new UsageError('plot needs --json FILE')
  const axis = (values.x ?? 'hotRatio') as PlotAxis
  if (!PLOT_AXES.includes(axis)) throw new UsageError(`--x must be one of ${PLOT_AXES.join(', ')}`)
  const out = values.out ?? values.json.replace(/\.json$/, '') + `.${axis}.svg`
  const report = JSON.parse(readFileSync(values.json, 'utf8')) as BenchReport
  writeChart(report, axis, out)
  console.error(`wrote ${out}`)
  return 0
}
