/** `pnpm bench [--workload W] [--engines E] [knobs] [--runs N] [--json FILE] [--quick]`: measure and print. */
import { readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { parseEngineList } from '../engines.js'
import { machineInfo } from '../harness/machine.js'
import { Progress } from '../harness/progress.js'
import type { BenchReport } from '../harness/record.js'
import { type BenchConfig, configProblem, progressSteps, runBench } from '../harness/run.js'
import { geomeanLines, markdownTable } from '../harness/table.js'
import { PLOT_AXES, variesAxis } from '../plot/series.js'
import { isWorkloadName, MAIN_WORKLOADS, WORKLOAD_NAMES, type WorkloadName } from '../workloads/index.js'
import { parseInteger, parseNumber, parseNumberList, UsageError } from './flags.js'
import { writeChart } from './plot.js'

/** `--quick`: big enough for stable Mgas/s, small enough that the reference engine keeps it well under 2 minutes on 2 cores. */
export const QUICK_SCALE = 0.01
export const DEFAULT_ENGINES = 'reference,sequential'
/**
 * `--quick`'s warm-up rounds: at scale 0.01 each of two workers JIT-warms on a few hundred
 * transactions per block, so a few rounds leave the parallel engine measured cold (raw: ~20
 * ms a block after 15 blocks, ~5 ms after 150; sequential ~7): each engine warms up on at
 * least QUICK_WARMUP_MGAS (30 blocks of 10 Mgas; the reference, fresh per run, on one).
 */
const QUICK_WARMUPS = 3
const QUICK_WARMUP_MGAS = 300

/** `--quick`'s engines: the oracle as the baseline (the README number), ours, and the parallel engine on 2 workers. */
export const QUICK_ENGINES = 'reference,sequential,parallel:workers=2'
export const DEFAULT_RUNS = 3

export function parseWorkloads(text: string): WorkloadName[] {
  if (text === 'all') return [...MAIN_WORKLOADS]
  return text.split(',').map((w) => {
    if (!isWorkloadName(w)) throw new UsageError(`unknown workload "${w}" (known: ${WORKLOAD_NAMES.join(', ')}, all)`)
    return w
  })
}

/** `--fixtures`: files as given; a directory stands for its block files (`*.json`, `*.json.gz`), by block number. */
export function expandFixtures(text: string): string[] {
  const out: string[] = []
  for (const p of text.split(',').filter((x) => x !== '')) {
    let st
    try {
      st = statSync(p)
    } catch {
      throw new UsageError(`--fixtures: no such file or directory: ${p}`)
    }
    if (!st.isDirectory()) {
      out.push(p)
      continue
    }
    const files = readdirSync(p).filter((f) => /\.json(\.gz)?$/.test(f))
    const num = (f: string): number => Number(f.replace(/\.json(\.gz)?$/, ''))
    files.sort((a, b) => num(a) - num(b) || a.localeCompare(b))
    if (files.length === 0) throw new UsageError(`--fixtures: no *.json or *.json.gz in ${p}`)
    out.push(...files.map((f) => join(p, f)))
  }
  if (out.length === 0) throw new UsageError('--fixtures: no files given')
  return out
}

export function parseBenchArgs(args: string[]): { cfg: BenchConfig; json?: string; progress: boolean } {
  const { values } = parseArgs({
    args,
    options: {
      workload: { type: 'string' },
      fixtures: { type: 'string' },
      engines: { type: 'string' },
      scale: { type: 'string' },
      'hot-ratio': { type: 'string' },
      'latency-us': { type: 'string' },
      'num-eoa': { type: 'string' },
      seed: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'warmup-mgas': { type: 'string' },
      json: { type: 'string' },
      quick: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
    strict: true,
  })
  const quick = values.quick === true
  const cfg: BenchConfig = {
    workloads: parseWorkloads(values.workload ?? 'all'),
    engines: parseEngineList(values.engines ?? (quick ? QUICK_ENGINES : DEFAULT_ENGINES)),
    scale: values.scale !== undefined ? parseNumber('scale', values.scale) : quick ? QUICK_SCALE : 1,
    hotRatios: parseNumberList('hot-ratio', values['hot-ratio'] ?? '0'),
    latenciesUs: parseNumberList('latency-us', values['latency-us'] ?? '0'),
    numEoa: parseInteger('num-eoa', values['num-eoa'] ?? '100000'),
    seed: parseInteger('seed', values.seed ?? '1'),
    runs: parseInteger('runs', values.runs ?? String(DEFAULT_RUNS)),
    warmups: parseInteger('warmup', values.warmup ?? (quick ? String(QUICK_WARMUPS) : '1')),
    warmupMgas: parseNumber('warmup-mgas', values['warmup-mgas'] ?? (quick ? String(QUICK_WARMUP_MGAS) : '0')),
  }
  if (quick && values.workload !== undefined) throw new UsageError('--quick runs the four main workloads; drop --workload')
  if (values.fixtures !== undefined) {
    if (values.workload !== undefined || quick) throw new UsageError('--fixtures measures block files instead of workloads: drop --workload / --quick')
    if (values['hot-ratio'] !== undefined) throw new UsageError('--hot-ratio shapes generated workloads; it does not apply to --fixtures')
    cfg.fixtures = expandFixtures(values.fixtures)
  }
  if (cfg.runs < 1) throw new UsageError('--runs must be ≥ 1')
  if ((cfg.warmups ?? 1) < 0) throw new UsageError('--warmup must be ≥ 0')
  if (!((cfg.warmupMgas ?? 0) >= 0)) throw new UsageError('--warmup-mgas must be ≥ 0')
  const problem = configProblem(cfg)
  if (problem !== undefined) throw new UsageError(problem)
  return { cfg, json: values.json, progress: values['no-progress'] !== true }
}

export async function benchCommand(args: string[]): Promise<number> {
  const { cfg, json, progress: showProgress } = parseBenchArgs(args)
  const machine = machineInfo()
  const progress = new Progress(progressSteps(cfg), showProgress)
  const records = await runBench(cfg, progress)
  progress.finish()
  console.log(markdownTable(records, machine))
  if (cfg.fixtures !== undefined) console.log(['', ...geomeanLines(records)].join('\n'))
  if (json !== undefined) {
    const report: BenchReport = { machine, date: new Date().toISOString(), records }
    writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`)
    console.error(`wrote ${json}`)
    for (const axis of PLOT_AXES) {
      if (!variesAxis(records, axis)) continue
      const svg = json.replace(/\.json$/, '') + `.${axis}.svg`
      writeChart(report, axis, svg)
      console.error(`wrote ${svg}`)
    }
  }
  const failed = records.filter((r) => !r.verified)
  if (failed.length > 0) {
    console.error(`FAILED: ${failed.map((r) => `${r.workload}/${r.engine}`).join(', ')}`)
    return 1
  }
  return 0
}
