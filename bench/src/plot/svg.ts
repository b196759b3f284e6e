/**
 * A small hand-written SVG line chart (no dependency): linear axes with
 * rounded ticks, labelled, a legend, one coloured line with markers per series
 * and an optional dashed y = 1 baseline.
 */
import type { Series } from './series.js'

export interface ChartSpec {
  title: string
  xLabel: string
  yLabel: string
  series: Series[]
  /** Label of the dashed y = 1 line (the engine the speedups are relative to). */
  baseline?: string
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22']
/** Width of the plot area plus the left margin, and the least room for the legend (it widens for long labels). */
const PLOT_W = 570
const MIN_LEGEND_W = 230
const H = 480
const M = { left: 70, top: 50, bottom: 60 }
/** Rough advance of a 12 px sans-serif character, px (generous, so labels are not clipped). */
const CHAR_W = 7

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Ticks at 1, 2 or 5 × 10^k covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (hi <= lo) hi = lo + 1
  const raw = (hi - lo) / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag
  const ticks: number[] = []
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)))
  if (ticks[ticks.length - 1] < hi) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)))
  return ticks
}

const num = (n: number): string => Number(n.toFixed(2)).toString()

export function lineChart(spec: ChartSpec): string {
  const pts = spec.series.flatMap((s) => s.points)
  const xs = pts.map((p) => p[0])
  const ys = [...pts.map((p) => p[1]), ...(spec.baseline !== undefined ? [1] : [])]
  const xTicks = niceTicks(Math.min(...xs, 0), Math.max(...xs, 0) || 1)
  const yTicks = niceTicks(0, Math.max(...ys, 1) * 1.05)
  const [x0, x1] = [xTicks[0], xTicks[xTicks.length - 1]]
  const [y0, y1] = [yTicks[0], yTicks[yTicks.length - 1]]
  const labels = [...spec.series.map((s) => s.label), ...(spec.baseline !== undefined ? [`${spec.baseline} (= 1)`] : [])]
  const legendW = Math.max(MIN_LEGEND_W, 20 + 30 + 10 + Math.max(0, ...labels.map((l) => l.length)) * CHAR_W)
  const W = PLOT_W + legendW
  const pw = PLOT_W - M.left
  const ph = H - M.top - M.bottom
  const px = (x: number): number => M.left + ((x - x0) / (x1 - x0)) * pw
  const py = (y: number): number => M.top + ph - ((y - y0) / (y1 - y0)) * ph

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left + pw / 2}" y="28" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(spec.title)}</text>`,
  ]
  for (const t of yTicks) {
    out.push(`<line x1="${M.left}" y1="${num(py(t))}" x2="${M.left + pw}" y2="${num(py(t))}" stroke="#e5e5e5"/>`)
    out.push(`<text x="${M.left - 8}" y="${num(py(t) + 4)}" text-anchor="end">${num(t)}</text>`)
  }
  for (const t of xTicks) {
    out.push(`<line x1="${num(px(t))}" y1="${M.top}" x2="${num(px(t))}" y2="${M.top + ph}" stroke="#f0f0f0"/>`)
    out.push(`<text x="${num(px(t))}" y="${M.top + ph + 18}" text-anchor="middle">${num(t)}</text>`)
  }
  out.push(`<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="none" stroke="#333"/>`)
  out.push(`<text x="${M.left + pw / 2}" y="${H - 15}" text-anchor="middle" font-size="13">${escapeXml(spec.xLabel)}</text>`)
  out.push(
    `<text transform="translate(20 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle" font-size="13">${escapeXml(spec.yLabel)}</text>`,
  )

  let ly = M.top + 10
  const legendX = M.left + pw + 20
  if (spec.baseline !== undefined) {
    out.push(`<line x1="${M.left}" y1="${num(py(1))}" x2="${M.left + pw}" y2="${num(py(1))}" stroke="#555" stroke-dasharray="6 4"/>`)
    out.push(`<line x1="${legendX}" y1="${ly}" x2="${legendX + 24}" y2="${ly}" stroke="#555" stroke-dasharray="6 4"/>`)
    out.push(`<text x="${legendX + 30}" y="${ly + 4}">${escapeXml(spec.baseline)} (= 1)</text>`)
    ly += 20
  }
  spec.series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length]
    const path = s.points.map(([x, y], j) => `${j === 0 ? 'M' : 'L'}${num(px(x))} ${num(py(y))}`).join(' ')
    out.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`)
    for (const [x, y] of s.points) out.push(`<circle cx="${num(px(x))}" cy="${num(py(y))}" r="3.5" fill="${color}"/>`)
    out.push(`<line x1="${legendX}" y1="${ly}" x2="${legendX + 24}" y2="${ly}" stroke="${color}" stroke-width="2"/>`)
    out.push(`<circle cx="${legendX + 12}" cy="${ly}" r="3.5" fill="${color}"/>`)
    out.push(`<text x="${legendX + 30}" y="${ly + 4}">${escapeXml(s.label)}</text>`)
    ly += 20
  })
  if (spec.series.length === 0) {
    out.push(`<text x="${M.left + pw / 2}" y="${M.top + ph / 2}" text-anchor="middle" fill="#888">no verified data</text>`)
  }
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
