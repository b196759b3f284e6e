/** The markdown table printed on stdout. */
import type { MachineInfo } from './machine.js'
import type { BenchRecord } from './record.js'

const fmt = (n: number | null, digits: number): string => (n === null ? '—' : n.toFixed(digits))

export function markdownTable(records: BenchRecord[], machine: MachineInfo): string {
  const varies = (k: 'hotRatio' | 'latencyUs'): boolean => new Set(records.map((r) => r[k])).size > 1
  const knobCols = [...(varies('hotRatio') ? (['hotRatio'] as const) : []), ...(varies('latencyUs') ? (['latencyUs'] as const) : [])]
  const r0 = records[0]
  const warm = warmupText(records)
  const reexec = records.some((r) => r.stats?.reExecutions !== undefined)
  const lines = [
    `### blockstm-ts bench — ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}`,
    '',
    r0 === undefined
      ? ''
      : r0.fixture !== undefined
        ? `${new Set(records.map((r) => r.fixture)).size} block files, DB_LATENCY_US ${[...new Set(records.map((r) => r.latencyUs))].join(',')}, ${r0.runs} runs after ${warm}`
        : `scale ${r0.scale} (${(r0.scale * 1000).toFixed(r0.scale < 0.01 ? 1 : 0)} Mgas target), NUM_EOA ${r0.numEoa}, seed ${r0.seed}` +
        (knobCols.length === 0 ? `, HOT_RATIO ${r0.hotRatio}, DB_LATENCY_US ${r0.latencyUs}` : '') +
        `, ${r0.runs} runs after ${warm}`,
    '',
    `| workload | ${knobCols.map((k) => `${k} | `).join('')}txs | Mgas | engine | median ms | min ms | max ms | Mgas/s | × first |${reexec ? ' re-exec |' : ''} verified |`,
    `|---|${knobCols.map(() => '---:|').join('')}---:|---:|---|---:|---:|---:|---:|---:|${reexec ? '---:|' : ''}---|`,
  ]
  for (const r of records) {
    const knobs = knobCols.map((k) => `${r[k]} | `).join('')
    const verified = r.verified ? 'yes' : `**FAILED**: ${r.error ?? 'no result'}`
    lines.push(
      `| ${r.workload} | ${knobs}${r.txCount} | ${(r.gas / 1e6).toFixed(1)} | ${r.engine} | ${fmt(r.medianMs, 1)} | ${fmt(r.minMs, 1)} | ${fmt(r.maxMs, 1)} | ${fmt(r.mgasPerSec, 2)} | ${fmt(r.ratioToFirst, 2)} |${reexec ? ` ${r.stats?.reExecutions ?? '—'} |` : ''} ${verified} |`,
    )
  }
  const notes: string[] = []
  const seen = new Set<string>()
  for (const r of records) {
    if (seen.has(r.engine)) continue
    seen.add(r.engine)
    if (r.gasMultiplier !== undefined) {
      notes.push(`${r.engine}: ${r.gasMultiplier} copies of the block run at once (sequential engine each); time = wall time until all finish, Mgas/s and × first count ${r.gasMultiplier} blocks`)
    }
    if (r.startupMs !== undefined) notes.push(`${r.engine}: start-up ${r.startupMs.toFixed(0)} ms once, excluded from the times`)
  }
  if (reexec) notes.push('re-exec: re-executions in the last run (scheduler counter; `stats` in --json has them all)')
  if (notes.length > 0) lines.push('', ...notes.map((n) => `- ${n}`))
  return lines.join('\n')
}

/**
 * Per engine, over the cases it ran (and verified): the geometric mean of its ratio to
 * the first engine, with the range - the average speedup of a set of blocks, where each
 * block counts once whatever its size.
 */
export function geomeanLines(records: BenchRecord[]): string[] {
  const by = new Map<string, number[]>()
  for (const r of records) if (r.ratioToFirst !== null && r.ratioToFirst > 0) (by.get(r.engine) ?? by.set(r.engine, []).get(r.engine)!).push(r.ratioToFirst)
  const cases = new Set(records.map((r) => `${r.workload}|${r.latencyUs}`)).size
  const lines = [`Geometric mean of × first over ${cases} cases:`, '']
  for (const [engine, xs] of by) {
    const g = Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length)
    lines.push(`- ${engine}: ${g.toFixed(2)}x (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}, ${xs.length} verified)`)
  }
  return lines
}

/** "3 warm-ups", or their range when engines or cases had different counts (--warmup-mgas, an engine whose runs start cold). */
function warmupText(records: readonly BenchRecord[]): string {
  const counts = records.map((r) => r.warmups ?? 1)
  const lo = Math.min(...counts)
  const hi = Math.max(...counts)
  if (lo === hi) return lo === 1 ? 'a warm-up' : `${lo} warm-ups`
  return `${lo}–${hi} warm-ups per engine`
}
