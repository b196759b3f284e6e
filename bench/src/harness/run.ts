/**
 * The measurement loop. Per workload × knob setting: generate the block in
 * process, warm every engine up once, then N rounds in which every engine runs
 * once (the order rotating each round), so drift (thermal, GC, other load)
 * hits all engines alike and the ratios compare like with like. Every run's
 * result is checked against the first engine's; an engine that ever disagrees
 * or throws is FAILED for that case and gets no speed.
 */
import { createEngine, type Engine, type EngineSpec, type EngineStats, NO_LATENCY_ENGINES } from '../engines.js'
import { generateWorkloadDetailed, type WorkloadName } from '../workloads/index.js'
import { loadBlockFile, parseBlockJson } from './executor.js'
import type { BlockInput } from './executor.js'
import type { Progress } from './progress.js'
import type { BenchRecord } from './record.js'
import { mgasPerSec, summarize } from './stats.js'
import { type Fingerprint, fingerprint, mismatch } from './verify.js'

export interface BenchConfig {
  workloads: WorkloadName[]
  /** Block files (mainnet fixture format) to measure instead of generated workloads; knobs but latency do not apply. */
  fixtures?: string[]
  engines: EngineSpec[]
  scale: number
  hotRatios: number[]
  latenciesUs: number[]
  numEoa: number
  seed: number
  runs: number
  /** Untimed rounds of every engine before the timed ones (default 1): workers JIT-warm on their share of the block only. */
  warmups?: number
  /**
   * More warm-up rounds for small blocks: until each engine has run at least this many
   * Mgas untimed (at most MAX_WARMUPS rounds; 0 = off). Two workers each see half of a
   * small block, so a few rounds leave their code cold: at scale 0.01 the parallel engine
   * took ~20 ms a raw block after 15 blocks and ~5 ms after 150 (sequential ~7).
   */
  warmupMgas?: number
}

/** The most warm-up rounds warmupMgas asks for. */
export const MAX_WARMUPS = 60

/**
 * Warm-up rounds for an engine on a block of `gas`: `warmups`, or enough to run
 * `warmupMgas` if more; one (a check that it runs) for an engine whose runs start cold
 * anyway (Engine.coldRuns).
 */
export function warmupRounds(cfg: BenchConfig, gas: number, coldRuns: boolean): number {
  const base = cfg.warmups ?? 1
  if (coldRuns) return Math.min(base, 1)
  const byGas = (cfg.warmupMgas ?? 0) > 0 && gas > 0 ? Math.ceil((cfg.warmupMgas! * 1e6) / gas) : 0
  return Math.max(base, Math.min(byGas, MAX_WARMUPS))
}

export interface BenchCase {
  /** A generated workload, or the fixture's name (its file name without extension). */
  workload: string
  hotRatio: number
  latencyUs: number
  /** The block file, for a fixture case. */
  fixture?: string
}

/** A fixture's name in records and tables: `12244000.json.gz` → `mainnet-12244000` when it is a block number. */
export function fixtureName(path: string): string {
  const base = path.split(/[\\/]/).pop()!.replace(/\.json(\.gz)?$/, '')
  return /^\d+$/.test(base) ? `mainnet-${base}` : base
}

export function benchCases(cfg: BenchConfig): BenchCase[] {
  const cases: BenchCase[] = []
  if (cfg.fixtures !== undefined) {
    for (const fixture of cfg.fixtures) for (const latencyUs of cfg.latenciesUs) cases.push({ workload: fixtureName(fixture), hotRatio: 0, latencyUs, fixture })
    return cases
  }
  for (const workload of cfg.workloads)
    for (const hotRatio of cfg.hotRatios)
      for (const latencyUs of cfg.latenciesUs) cases.push({ workload, hotRatio, latencyUs })
  return cases
}

/**
 * Steps the progress bar counts: per case one generation, then (warm-ups + runs) × engines,
 * the warm-ups estimated from the scale's gas target (a fixture's gas is known only once loaded).
 */
export function progressSteps(cfg: BenchConfig): number {
  const warmups = cfg.fixtures === undefined ? warmupRounds(cfg, cfg.scale * 1e9, false) : (cfg.warmups ?? 1)
  return benchCases(cfg).length * (1 + (warmups + cfg.runs) * cfg.engines.length)
}

interface EngineState {
  engine: Engine
  /** Its warm-up rounds on this case (warmupRounds). */
  warmups: number
  times: number[]
  error?: string
  stats?: EngineStats
}

/** Why `cfg` cannot run (an engine that cannot simulate a knob the run sweeps), or undefined. */
export function configProblem(cfg: Pick<BenchConfig, 'engines' | 'latenciesUs'>): string | undefined {
  const noLatency = cfg.engines.filter((e) => NO_LATENCY_ENGINES.includes(e.name))
  if (cfg.latenciesUs.some((l) => l > 0) && noLatency.length > 0) {
    return (
      `--latency-us > 0: the ${noLatency.map((e) => e.label).join(', ')} engine cannot simulate read latency ` +
      `(it reads @ethereumjs/vm's own state, not our BaseState); leave it out of --engines (e.g. --engines sequential,parallel:workers=2)`
    )
  }
  if (cfg.latenciesUs.some((l) => l < 0)) return '--latency-us must be ≥ 0'
  return undefined
}

export async function runBench(cfg: BenchConfig, progress: Progress): Promise<BenchRecord[]> {
  const problem = configProblem(cfg)
  if (problem !== undefined) throw new Error(problem)
  // Engines are created (worker pools started) before any timed run, and closed at the end.
  const engines: Engine[] = []
  try {
    for (const spec of cfg.engines) engines.push(await createEngine(spec))
    const records: BenchRecord[] = []
    for (const c of benchCases(cfg)) records.push(...(await runCase(cfg, c, engines, progress)))
    return records
  } finally {
    await Promise.all(engines.map((e) => e.close?.()))
  }
}

async function runCase(cfg: BenchConfig, c: BenchCase, engines: Engine[], progress: Progress): Promise<BenchRecord[]> {
  const opts = { numEoa: cfg.numEoa, hotRatio: c.hotRatio, scale: cfg.scale, latencyUs: c.latencyUs, seed: cfg.seed }
  const name = `${c.workload} hot=${c.hotRatio} lat=${c.latencyUs}µs`
  const generated = c.fixture === undefined ? generateWorkloadDetailed(c.workload as WorkloadName, opts) : undefined
  const block: BlockInput = generated !== undefined ? parseBlockJson(generated.fixture) : await loadBlockFile(c.fixture!)
  progress.step(`${name}: ${generated !== undefined ? 'generated' : 'loaded'} ${block.transactions.length} txs`)

  const states: EngineState[] = engines.map((engine) => ({ engine, warmups: 0, times: [] }))
  let want: Fingerprint | undefined

  const runOnce = async (s: EngineState, timed: boolean, label: string): Promise<void> => {
    progress.step(`${name}: ${s.engine.spec.label} ${label}`)
    if (s.error !== undefined) return
    try {
      const t0 = performance.now()
      const out = await s.engine.run(block, { latencyUs: c.latencyUs })
      const ms = out.timedMs ?? performance.now() - t0
      const got = out.fingerprint ?? (out.result !== undefined ? fingerprint(out.result) : undefined)
      if (got === undefined) throw new Error('the engine returned neither a result nor its fingerprint')
      if (want === undefined) {
        if (s !== states[0]) throw new Error(`no result from ${states[0].engine.spec.label} to check against`)
        want = got
      } else {
        const why = mismatch(want, got)
        if (why !== undefined) throw new Error(`result differs from ${states[0].engine.spec.label}: ${why}`)
      }
      if (timed) s.times.push(ms)
      if (out.stats !== undefined) s.stats = out.stats
    } catch (e) {
      s.error = e instanceof Error ? e.message : String(e)
      progress.note(`FAILED ${name}: ${s.engine.spec.label}: ${s.error}`)
    }
  }

  // The block's gas as the generator predicts it or the header states it (the runs check it after).
  const blockGas = Number(generated?.predictedGas ?? block.header.gasUsed ?? block.transactions.reduce((g, t) => g + t.gasLimit, 0n))
  for (const s of states) s.warmups = warmupRounds(cfg, blockGas, s.engine.coldRuns === true)
  for (let w = 0; w < Math.max(0, ...states.map((s) => s.warmups)); w++) for (const s of states) if (w < s.warmups) await runOnce(s, false, 'warm-up')
  for (let r = 0; r < cfg.runs; r++) {
    for (let k = 0; k < states.length; k++) {
      await runOnce(states[(k + r) % states.length], true, `run ${r + 1}/${cfg.runs}`)
    }
  }

  if (generated !== undefined && want !== undefined && want.failedTxs > 0) {
    progress.note(`warning: ${name}: ${want.failedTxs} transactions failed (status 0) in every engine: a generator problem`)
  }
  if (generated !== undefined && want !== undefined && want.gasUsed !== generated.predictedGas) {
    progress.note(`warning: ${name}: gas used ${want.gasUsed} ≠ predicted ${generated.predictedGas}: recalibrate workloads/gas.ts`)
  }

  const gas = want?.gasUsed ?? generated?.predictedGas ?? block.header.gasUsed ?? 0n
  const first = states[0]
  const mult = (s: EngineState): number => s.engine.gasMultiplier ?? 1
  // Throughput of the first engine: the ratio compares Mgas/s (= time when both run one block).
  const firstRate = first.error === undefined && first.times.length > 0 ? mult(first) / summarize(first.times).medianMs : undefined
  return states.map((s): BenchRecord => {
    const ok = s.error === undefined && s.times.length > 0
    const sum = ok ? summarize(s.times) : undefined
    return {
      workload: c.workload,
      ...(c.fixture !== undefined ? { fixture: c.fixture } : {}),
      engine: s.engine.spec.label,
      engineName: s.engine.spec.name,
      engineOptions: s.engine.spec.options,
      hotRatio: c.hotRatio,
      latencyUs: c.latencyUs,
      numEoa: cfg.numEoa,
      scale: cfg.scale,
      seed: cfg.seed,
      txCount: block.transactions.length,
      gas: Number(gas),
      runs: s.times.length,
      warmups: s.warmups,
      medianMs: sum?.medianMs ?? null,
      minMs: sum?.minMs ?? null,
      maxMs: sum?.maxMs ?? null,
      ...(ok ? { timesMs: [...s.times] } : {}),
      mgasPerSec: sum === undefined ? null : mgasPerSec(gas, sum.medianMs) * mult(s),
      ratioToFirst: sum === undefined || firstRate === undefined ? null : mult(s) / sum.medianMs / firstRate,
      verified: ok,
      ...(s.engine.startupMs !== undefined ? { startupMs: s.engine.startupMs } : {}),
      ...(mult(s) !== 1 ? { gasMultiplier: mult(s) } : {}),
      ...(s.error !== undefined ? { error: s.error } : {}),
      ...(s.stats !== undefined ? { stats: s.stats } : {}),
    }
  })
}
