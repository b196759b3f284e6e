/**
 * Engine registry. An engine is named on the command line as
 * `name` or `name:key=value,key=value` (e.g. `parallel:workers=2,strategy=dag`);
 * a list of them is comma-separated, a `key=value` item without a colon
 * belonging to the engine before it. New engines register a factory here.
 */
import {
  type BaseStateSpec,
  type BlockInput,
  type BlockResult,
  executeSequential,
  forgetBlockImage,
  openBaseStateLayers,
  ParallelExecutor,
  DEFAULT_STRATEGY,
  type ParallelOptions,
  type ParallelStats,
} from './harness/executor.js'
import { HintsEngine, TemplateCache, type BlockHints, type HintMode } from '@blockstm/hints'

import { ReferenceThread } from './harness/reference.js'
import { IndependentPool } from './harness/independent.js'
import type { Fingerprint } from './harness/verify.js'

export interface EngineSpec {
  name: string
  options: Record<string, string>
  /** As written back: `name` or `name:k=v,k=v` (options in the order given). */
  label: string
}

/** Counters an engine may report about a run (re-executions, aborts, ...), recorded as `stats`. */
export type EngineStats = Record<string, number>

export interface EngineRun {
  /** The block's result, where it was computed in this thread. */
  result?: BlockResult
  /**
   * Its fingerprint alone, from an engine that runs in threads of its own (reference,
   * independent): a whole result cloned into this thread, ~20k objects, was garbage for
   * this thread's collector to mark during the next engine's timed run (the parallel
   * engine's raw block measured 145 ms after the reference's result against ~70 without).
   */
  fingerprint?: Fingerprint
  stats?: EngineStats
  /**
   * The run's time as the engine measured it, when run() also does untimed work (loading a
   * block into workers, verifying copies); the harness times run() as a whole otherwise.
   */
  timedMs?: number
}

/** What a run is asked to simulate besides the block (the knobs that are not part of the block). */
export interface RunContext {
  /** DB_LATENCY_US: every base-state read costs this many µs (LatencyState); 0 = none. */
  latencyUs?: number
}

/** Engines that read through their own state and so cannot simulate read latency. */
export const NO_LATENCY_ENGINES: readonly string[] = ['reference']

/** The base state an engine of ours opens for a run: the block's pre-state in memory, with the run's latency. */
export function baseStateSpec(ctx: RunContext = {}): BaseStateSpec {
  const latencyUs = ctx.latencyUs ?? 0
  if (!Number.isFinite(latencyUs) || latencyUs < 0) throw new RangeError(`latencyUs must be a number ≥ 0, got ${latencyUs}`)
  return latencyUs > 0 ? { kind: 'memory', latencyUs } : { kind: 'memory' }
}

export interface Engine {
  spec: EngineSpec
  run(block: BlockInput, ctx?: RunContext): Promise<EngineRun>
  /** Set-up paid once in create() (worker start-up), excluded from every run; recorded. */
  startupMs?: number
  /**
   * How many blocks' worth of gas one run executes (the `independent` engine runs N copies):
   * Mgas/s and the ratio to the first engine count them all. Default 1.
   */
  gasMultiplier?: number
  /** Releases what create() acquired (worker threads); the harness calls it once at the end. */
  close?(): Promise<void>
  /**
   * Every run starts from a fresh thread (the reference): warm-ups carry nothing over,
   * so the harness runs one (a check that it works), whatever `--warmup` asks.
   */
  coldRuns?: boolean
}

export interface EngineFactory {
  description: string
  /** Option keys the engine accepts; others are rejected when parsing. */
  options: readonly string[]
  create(spec: EngineSpec): Promise<Engine>
}

const registry = new Map<string, EngineFactory>()

export function registerEngine(name: string, factory: EngineFactory): void {
  if (registry.has(name)) throw new Error(`engine ${name} is already registered`)
  registry.set(name, factory)
}

export function engineNames(): string[] {
  return [...registry.keys()]
}

registerEngine('reference', {
  description: '@ethereumjs/vm runTx on a Merkle state manager (the oracle), in a worker thread of its own so that its heap and JIT state leave our engines alone',
  options: [],
  async create(spec) {
    const thread = await ReferenceThread.start()
    return {
      spec,
      startupMs: thread.startupMs,
      coldRuns: true,
      async run(block, ctx) {
        if ((ctx?.latencyUs ?? 0) > 0) {
          throw new Error('the reference engine cannot simulate read latency (it reads @ethereumjs/vm\'s own state); use --latency-us 0')
        }
        const { ms, fingerprint } = await thread.run(block)
        return { fingerprint, timedMs: ms }
      },
    }
  },
})

registerEngine('sequential', {
  description: 'our engine, transactions in order (its base state, with the run\'s read latency, opened inside the timed run, as the parallel engine builds its image inside it)',
  options: [],
  async create(spec) {
    return {
      spec,
      async run(block, ctx) {
        // Timed from opening the state: turning the parsed pre-state into the engine's state
        // (code hashes, slot maps) is part of executing a block, as the parallel engine's image is.
        const t0 = performance.now()
        const opened = openBaseStateLayers(baseStateSpec(ctx), block)
        try {
          const result = await executeSequential(block, { state: opened.state })
          const timedMs = performance.now() - t0
          const reads = opened.latency?.reads
          // Base-state reads (counted by LatencyState, so only when latency > 0).
          const stats: EngineStats | undefined =
            reads === undefined ? undefined : { baseReads: reads, baseReadsPerTx: block.transactions.length > 0 ? reads / block.transactions.length : 0 }
          return { result, timedMs, ...(stats !== undefined ? { stats } : {}) }
        } finally {
          await opened.close()
        }
      },
    }
  },
})

function floatOption(spec: EngineSpec, key: string): number | undefined {
  const text = spec.options[key]
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isFinite(n) || n < 0) throw new SyntaxError(`engine ${spec.label}: ${key} must be a number ≥ 0, got "${text}"`)
  return n
}

function intOption(spec: EngineSpec, key: string, dflt: number, min?: number): number
function intOption(spec: EngineSpec, key: string, dflt: undefined, min?: number): number | undefined
function intOption(spec: EngineSpec, key: string, dflt: number | undefined, min = 1): number | undefined {
  const text = spec.options[key]
  if (text === undefined) return dflt
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) throw new SyntaxError(`engine ${spec.label}: ${key} must be an integer ≥ ${min}, got "${text}"`)
  return n
}

export const PARALLEL_STRATEGIES = ['blockstm', 'dag', 'sequential', 'adaptive'] as const

/** The scheduler counters as flat numbers: top-level counts and times (executionMs, wastedExecutionMs), totals and per-worker busy/idle/execution and in-flight peak. */
export function flattenParallelStats(s: ParallelStats): EngineStats {
  const out: EngineStats = {}
  for (const [k, v] of Object.entries(s)) if (typeof v === 'number') out[k] = v
  out.sequentialFallback = s.sequentialFallback ? 1 : 0
  const per = s.perWorker ?? []
  out.busyMs = per.reduce((a, w) => a + w.busyMs, 0)
  out.idleMs = per.reduce((a, w) => a + w.idleMs, 0)
  per.forEach((w, i) => {
    out[`w${i}.executions`] = w.executions
    out[`w${i}.validations`] = w.validations
    out[`w${i}.busyMs`] = w.busyMs
    out[`w${i}.idleMs`] = w.idleMs
    out[`w${i}.executionMs`] = w.executionMs
  })
  s.inflightPeak?.forEach((peak, i) => (out[`w${i}.inflightPeak`] = peak))
  return out
}

/** A CSR chain graph (tx i depends on tx i-1): the true graph of the chain-* workloads. */
export function chainGraph(txCount: number): NonNullable<ParallelOptions['graph']> {
  const offsets = new Int32Array(txCount + 1)
  for (let j = 1; j <= txCount; j++) offsets[j] = j - 1
  return { offsets, preds: Int32Array.from({ length: Math.max(0, txCount - 1) }, (_, k) => k) }
}

registerEngine('parallel', {
  description:
    'Block-STM over worker threads (ParallelExecutor); options workers (2), strategy (adaptive|blockstm|dag|sequential, adaptive: the executor\'s DEFAULT_STRATEGY), ' +
    'graph (none|chain|hints, none: the dag strategy\'s predicted dependencies; hints = computed by @blockstm/hints on this thread, ' +
    'inside the timed run; their prefetch list goes to the workers too), hints (static|simulate|both, both), unknownCalls (sender|callee|arguments|learn, sender: static hints for calls no template covers; learn: templates learned for recurring calls), templates (block|keep, block: learned templates are forgotten after each run, as for blocks that share no contracts; keep: one TemplateCache for the engine, as a node keeps across blocks), minParallelTxs (0), minParallelGas (0 here, so the parallel engine is what is measured; the executor\'s default is DEFAULT_MIN_PARALLEL_GAS), minPredictedSpeedup (the executor\'s default), ' +
    'inflight (transactions in flight per worker; the executor\'s default: 1, or 8 with read latency), adaptInflight (on|off, on: fewer in flight while transactions conflict), ' +
    'senderEdges (on|off, on: dag and adaptive also follow each repeated sender\'s nonce and the beneficiary\'s balance, and a block they chain runs sequentially), ' +
    'staleAborts (on|off, on: an execution stops once a lower transaction\'s new writes made its reads stale), ' +
    'youngGenerationMb (the executor\'s DEFAULT_YOUNG_GENERATION_MB, 64: each worker\'s young-generation limit; 0: V8\'s default), ' +
    'warmUp (2: before a block\'s first run, ParallelExecutor.warmUp runs it that many times with blockstm, untimed, so that every worker is JIT-warm as in a node that has run many blocks; 0: off)',
  options: ['workers', 'strategy', 'graph', 'hints', 'unknownCalls', 'templates', 'minParallelTxs', 'minParallelGas', 'minPredictedSpeedup', 'inflight', 'adaptInflight', 'senderEdges', 'staleAborts', 'youngGenerationMb', 'warmUp'],
  async create(spec) {
    const workers = intOption(spec, 'workers', 2)
    const strategy = spec.options.strategy ?? DEFAULT_STRATEGY
    if (!(PARALLEL_STRATEGIES as readonly string[]).includes(strategy)) {
      throw new SyntaxError(`engine ${spec.label}: strategy must be one of ${PARALLEL_STRATEGIES.join(', ')}, got "${strategy}"`)
    }
    const graphKind = spec.options.graph ?? 'none'
    if (graphKind !== 'none' && graphKind !== 'chain' && graphKind !== 'hints') {
      throw new SyntaxError(`engine ${spec.label}: graph must be none, chain or hints, got "${graphKind}"`)
    }
    const hintMode = spec.options.hints ?? 'both'
    if (!['static', 'simulate', 'both'].includes(hintMode)) throw new SyntaxError(`engine ${spec.label}: hints must be static, simulate or both, got "${hintMode}"`)
    const unknownCalls = spec.options.unknownCalls ?? 'sender'
    if (unknownCalls !== 'sender' && unknownCalls !== 'callee' && unknownCalls !== 'arguments' && unknownCalls !== 'learn') {
      throw new SyntaxError(`engine ${spec.label}: unknownCalls must be sender, callee, arguments or learn, got "${unknownCalls}"`)
    }
    const templatesMode = spec.options.templates ?? 'block'
    if (templatesMode !== 'block' && templatesMode !== 'keep') throw new SyntaxError(`engine ${spec.label}: templates must be block or keep, got "${templatesMode}"`)
    const kept = templatesMode === 'keep' ? new TemplateCache() : undefined
    const minPredictedSpeedup = floatOption(spec, 'minPredictedSpeedup')
    const hints = graphKind === 'hints' ? await HintsEngine.create() : undefined
    const minParallelTxs = intOption(spec, 'minParallelTxs', 0, 0)
    const minParallelGas = intOption(spec, 'minParallelGas', 0, 0)
    const inflight = intOption(spec, 'inflight', undefined)
    const adaptInflight = spec.options.adaptInflight ?? 'on'
    if (adaptInflight !== 'on' && adaptInflight !== 'off') throw new SyntaxError(`engine ${spec.label}: adaptInflight must be on or off, got "${adaptInflight}"`)
    const senderEdges = spec.options.senderEdges ?? 'on'
    if (senderEdges !== 'on' && senderEdges !== 'off') throw new SyntaxError(`engine ${spec.label}: senderEdges must be on or off, got "${senderEdges}"`)
    const staleAborts = spec.options.staleAborts ?? 'on'
    if (staleAborts !== 'on' && staleAborts !== 'off') throw new SyntaxError(`engine ${spec.label}: staleAborts must be on or off, got "${staleAborts}"`)
    const warmUpRuns = intOption(spec, 'warmUp', 2, 0)
    const warmed = new WeakSet<BlockInput>()
    const t0 = performance.now()
    const youngGenerationMb = intOption(spec, 'youngGenerationMb', undefined, 0)
    const ex = await ParallelExecutor.create({ workers, ...(youngGenerationMb !== undefined ? { youngGenerationMb } : {}) })
    const startupMs = performance.now() - t0
    const graphs = new WeakMap<BlockInput, NonNullable<ParallelOptions['graph']>>()
    const graphFor = (block: BlockInput): ParallelOptions['graph'] => {
      if (graphKind !== 'chain') return undefined
      let g = graphs.get(block)
      if (g === undefined) graphs.set(block, (g = chainGraph(block.transactions.length)))
      return g
    }
    return {
      spec,
      startupMs,
      async run(block, ctx) {
        // Every worker opens the spec'd base state itself (inside the timed run, as in production),
        // and the block image is built again each run, as for a block that arrives once.
        if (!warmed.has(block)) {
          warmed.add(block)
          await ex.warmUp(block, warmUpRuns)
        }
        forgetBlockImage(block)
        const t0 = performance.now()
        let h = hints === undefined ? undefined : await hints.hints(block, { mode: hintMode as HintMode, unknownCalls, ...(kept !== undefined ? { templates: kept } : {}) })
        const hintMs = performance.now() - t0
        const graph = h?.graph ?? graphFor(block)
        // The prefetch list only where reads have latency (the workers cache them then); otherwise
        // the hints are let go before the block runs: their per-transaction access sets, kept alive
        // through execution, cost every young-generation collection in it a copy.
        const prefetch = h !== undefined && (ctx?.latencyUs ?? 0) > 0 ? hintsPrefetch(h) : undefined
        h = undefined
        const r = await ex.execute(block, {
          strategy: strategy as ParallelOptions['strategy'],
          graph,
          ...(prefetch !== undefined ? { prefetch } : {}),
          minParallelTxs,
          minParallelGas,
          ...(minPredictedSpeedup !== undefined ? { minPredictedSpeedup } : {}),
          state: baseStateSpec(ctx),
          ...(inflight !== undefined ? { inflight } : {}),
          adaptInflight: adaptInflight === 'on',
          senderEdges: senderEdges === 'on',
          staleAborts: staleAborts === 'on',
        })
        const timedMs = performance.now() - t0
        const { stats, ...result } = r
        const flat = flattenParallelStats(stats)
        if (hints !== undefined) flat.hintMs = hintMs
        return { result, stats: flat, timedMs }
      },
      close: async () => {
        await ex.close()
        await hints?.close()
      },
    }
  },
})

registerEngine('independent', {
  description:
    'the 2-core ceiling: N workers each run the sequential engine on their own copy of the block at once; ' +
    'time = wall time until all finish, throughput counts N blocks; each copy reads its own base state, ' +
    'with the run\'s read latency (opened untimed); option workers (2)',
  options: ['workers'],
  async create(spec) {
    const n = intOption(spec, 'workers', 2)
    const pool = await IndependentPool.start(n)
    return {
      spec,
      startupMs: pool.startupMs,
      gasMultiplier: n,
      async run(block, ctx) {
        const r = await pool.run(block, ctx?.latencyUs ?? 0)
        const stats: EngineStats = { copies: n }
        r.copyMs.forEach((ms, i) => (stats[`copy${i}.ms`] = ms))
        return { fingerprint: r.fingerprint, timedMs: r.wallMs, stats }
      },
      close: () => pool.close(),
    }
  },
})

function labelOf(name: string, options: Record<string, string>): string {
  const kv = Object.entries(options).map(([k, v]) => `${k}=${v}`)
  return kv.length === 0 ? name : `${name}:${kv.join(',')}`
}

/** Parses one engine spec (`name` or `name:k=v,k=v`); with `known`, checks the name and option keys. */
export function parseEngineSpec(text: string, known = true): EngineSpec {
  const colon = text.indexOf(':')
  const name = (colon < 0 ? text : text.slice(0, colon)).trim()
  if (name === '') throw new SyntaxError(`empty engine name in "${text}"`)
  const options: Record<string, string> = {}
  if (colon >= 0) {
    for (const item of text.slice(colon + 1).split(',')) {
      const eq = item.indexOf('=')
      if (eq <= 0) throw new SyntaxError(`engine option "${item}" in "${text}" is not key=value`)
      const key = item.slice(0, eq).trim()
      if (Object.hasOwn(options, key)) throw new SyntaxError(`engine option ${key} given twice in "${text}"`)
      options[key] = item.slice(eq + 1).trim()
    }
  }
  if (known) {
    const factory = registry.get(name)
    if (factory === undefined) throw new SyntaxError(`unknown engine "${name}" (known: ${engineNames().join(', ')})`)
    for (const key of Object.keys(options)) {
      if (!factory.options.includes(key)) {
        throw new SyntaxError(`engine ${name} has no option "${key}" (options: ${factory.options.join(', ') || 'none'})`)
      }
    }
  }
  return { name, options, label: labelOf(name, options) }
}

/** Parses `--engines`: `reference,parallel:workers=2,strategy=dag,sequential` is three engines. */
export function parseEngineList(text: string, known = true): EngineSpec[] {
  const groups: string[] = []
  for (const item of text.split(',')) {
    const t = item.trim()
    if (t === '') continue
    if (t.includes('=') && !t.includes(':')) {
      if (groups.length === 0) throw new SyntaxError(`engine option "${t}" comes before any engine`)
      groups[groups.length - 1] += `,${t}`
    } else groups.push(t)
  }
  if (groups.length === 0) throw new SyntaxError('no engines given')
  return groups.map((g) => parseEngineSpec(g, known))
}

export async function createEngine(spec: EngineSpec): Promise<Engine> {
  const factory = registry.get(spec.name)
  if (factory === undefined) throw new Error(`unknown engine ${spec.name}`)
  return factory.create(spec)
}

/** A lazy prefetch list for the executor (it holds the hints, where the caller has let them go). */
function hintsPrefetch(h: BlockHints): () => BlockHints['prefetch'] {
  return () => h.prefetch
}
