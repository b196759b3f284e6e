/**
 * Turns bench records into the lines of a speedup chart: x is a knob (a
 * workload option, or an engine option such as `workers`), y the speedup over
 * the first engine, one line per workload × engine.
 */
import type { BenchRecord } from '../harness/record.js'

export const PLOT_AXES = ['latencyUs', 'hotRatio', 'workers'] as const
export type PlotAxis = (typeof PLOT_AXES)[number]

export interface Series {
  label: string
  points: [number, number][]
}

export const AXIS_LABELS: Record<PlotAxis, string> = {
  latencyUs: 'DB_LATENCY_US (µs per state read)',
  hotRatio: 'HOT_RATIO (share of txs on the hot 10%)',
  workers: 'workers',
}

function xOf(r: BenchRecord, axis: PlotAxis): number | undefined {
  if (axis === 'workers') {
    const w = r.engineOptions.workers
    return w === undefined ? undefined : Number(w)
  }
  return r[axis]
}

/** The engine as a series names it: for the workers axis, without its `workers` option. */
function engineKey(r: BenchRecord, axis: PlotAxis): string {
  if (axis !== 'workers') return r.engine
  const rest = Object.entries(r.engineOptions).filter(([k]) => k !== 'workers')
  return rest.length === 0 ? r.engineName : `${r.engineName}:${rest.map(([k, v]) => `${k}=${v}`).join(',')}`
}

/** Does the run vary this knob (so a chart of it says something)? */
export function variesAxis(records: BenchRecord[], axis: PlotAxis): boolean {
  return new Set(records.map((r) => xOf(r, axis)).filter((x) => x !== undefined)).size > 1
}

/**
 * One series per workload × engine with a verified speed; the first engine
 * (the baseline, always 1) is left out and drawn as the y = 1 line instead.
 */
export function speedupSeries(records: BenchRecord[], axis: PlotAxis): { series: Series[]; baseline?: string } {
  const baseline = records[0]?.engine
  const byKey = new Map<string, Series>()
  for (const r of records) {
    const x = xOf(r, axis)
    if (x === undefined || r.ratioToFirst === null || !Number.isFinite(x)) continue
    if (axis !== 'workers' && r.engine === baseline) continue
    const label = `${r.workload} · ${engineKey(r, axis)}`
    let s = byKey.get(label)
    if (s === undefined) {
      s = { label, points: [] }
      byKey.set(label, s)
    }
    s.points.push([x, r.ratioToFirst])
  }
  for (const s of byKey.values()) s.points.sort((a, b) => a[0] - b[0])
  return { series: [...byKey.values()], baseline }
}
