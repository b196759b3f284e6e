/**
 * The parallel engine: Block-STM over worker threads sharing one multi-version
 * memory and one scheduler in SharedArrayBuffers. Results equal the sequential
 * engine's: same receipts, logs, gas and post-state.
 */
import { MVMemory } from '@blockstm/mvmemory'
import { DependencyGraph, Scheduler, parallelism } from '@blockstm/scheduler'
import type { CsrGraph, Parallelism, SchedulerCounters, StrategyName } from '@blockstm/scheduler'

import { decodeOutcomes } from '../codec/outcome.js'
import { decodeStateDiff } from '../codec/state-diff.js'
import { makeBlockEnv } from '../block/env.js'
import { receiptsRoot } from '../block/receipts.js'
import { indexTrieRootFromLeaves } from '../block/trie.js'
import { ReceiptLeaves } from './receipt-leaves.js'
import { executeSequential } from '../block/sequential.js'
import { composePreludeDiff, forgetPrelude, postBlockOnDiff, preludeBlock } from '../block/system-diff.js'
import { needsPreBlockCalls } from '../block/system-calls.js'
import { InvalidTransactionError } from '../errors.js'
import type { InvalidTxReason } from '../errors.js'
import { openBaseStateLayers } from '../state/open.js'
import type { BaseStateSpec } from '../state/open.js'
import { prepareTx } from '../tx/prepared.js'
import { checkStatic, receiptOf } from '../tx/process.js'
import type { BlockInput, BlockResult, StateDiff, TxResult } from '../types.js'
import type { BlockTask, OutcomeEntry } from './messages.js'
import { blockImage, dropBlockImage, isBlockImageCached } from './block-image.js'
import { directLocations } from './location-cache.js'
import { WorkerCrashError, WorkerPool } from './pool.js'
import { observedEdges } from './observed-edges.js'
import { senderEdges, withSenderEdges } from './sender-edges.js'
import { SharedReadSets } from './read-sets.js'

/** Base-state keys a worker reads ahead (ParallelOptions.prefetch). */
export type PrefetchList = NonNullable<BlockTask['prefetch']>

export interface ParallelOptions {
  /** Base state (default: the block's pre-state in memory); opened by every worker. */
  state?: BaseStateSpec
  /** Transactions in flight per worker (default 1, or 8 when base reads have latency). */
  inflight?: number
  /**
   * With several in flight: a worker starts with one slot taking tasks, adds slots as
   * executions wait on base-state reads, and halves them when transactions conflict
   * (an ESTIMATE met, a failed validation). So a prefetch that already put the block's
   * reads in flight keeps it near one slot (default true; false keeps all `inflight`
   * busy). `stats.inflightPeak` reports how far each worker went.
   */
  adaptInflight?: boolean
  /**
   * Stop an execution as soon as its reads are known stale (default true): once it has
   * made STALE_CHECK_READS reads, each read checks whether a lower transaction recorded
   * writes since the last check, and if one wrote a location this execution read, the
   * reads so far are validated; if they fail, the execution stops and runs again at once
   * (or waits for the writer, if that one is being re-executed), instead of running to
   * its end and failing validation then. `stats.staleAborts` counts them.
   */
  staleAborts?: boolean
  /** The scheduler's dispatch strategy (default DEFAULT_STRATEGY, `adaptive`); see @blockstm/scheduler. */
  strategy?: StrategyName
  /** Predicted dependencies (edges i → j, i < j) for the `dag` and `adaptive` strategies; only steers. */
  graph?: DependencyGraph | CsrGraph
  /**
   * Add the edges every block states itself - each transaction depends on the previous one
   * from the same sender (its nonce), and one sent by the beneficiary on every earlier one
   * (their fees are its balance) - to `graph`, or use them as the graph when there is none
   * (default true; sender-edges.ts), for the strategies a graph steers (`dag`, `adaptive`).
   * A block without such senders is unaffected.
   * Like any graph they also set `stats.predictedSpeedup` and so minPredictedSpeedup: a
   * block that is mostly one sender's batch runs on the sequential engine.
   */
  senderEdges?: boolean
  /** Blocks with fewer transactions run on the sequential engine (default 0: never). */
  minParallelTxs?: number
  /**
   * Blocks whose contract work - the gas limits of transactions with call data, creations
   * and EIP-7702 ones - is below this run on the sequential engine (default
   * DEFAULT_MIN_PARALLEL_GAS; 0 = never). Plain value transfers cost ~13 µs each
   * sequentially, less than coordinating them across workers; small blocks do not cover
   * the workers' fixed costs. Measured on 2 workers, see the package README.
   */
  minParallelGas?: number
  /**
   * With a `graph`: when the best speedup it allows this pool (gas-weighted critical
   * path, see `parallelism` in @blockstm/scheduler) is below this, the block runs on
   * the sequential engine instead, counted in stats (default 1.25; 0 = never). A chain
   * of dependent transactions gains nothing from workers and pays their overhead.
   */
  minPredictedSpeedup?: number
  /**
   * Pre-block state the block is expected to read (e.g. @blockstm/hints' `prefetch`):
   * where base reads have latency (so each worker caches them), every worker issues
   * these reads at once when the block starts, overlapping their waits with each
   * other and with execution. Only warms a cache: a wrong list costs reads, never results.
   * A function is called only when the list is used (a block that goes to the workers with
   * caching base reads): @blockstm/hints computes its list on first read, ~0.7 ms per 1k calls.
   */
  prefetch?: PrefetchList | (() => PrefetchList)
  /**
   * Make the system calls as a node does (default true; block/system-calls.ts). The
   * pre-block ones (EIP-4788 / EIP-2935) run here over the in-memory pre-state and are folded
   * into the pre-state the workers read (block/system-diff.ts); over an LMDB base state, a
   * block whose pre-state has code at those contracts runs on the sequential engine
   * (`fallbackReason`). From Prague the post-block calls (EIP-7002/7251) run here over the
   * workers' result, and the result carries the block's requests (`requests`, `requestsHash`).
   */
  systemCalls?: boolean
  /** Reject (and terminate the workers) if a block takes longer; default 10 min. */
  timeoutMs?: number
  /** Record the scheduler's event trace. */
  trace?: boolean
  /**
   * Report the dependencies the block really had (stats.observedEdges): for each
   * transaction, the highest lower one whose write its final execution read. For
   * comparing a predicted graph with the truth (e.g. @blockstm/hints' `edgeCoverage`)
   * without recording a sequential run. Costs one pass over the transactions.
   */
  observeEdges?: boolean
  /** Test hook: inject a failure into worker 0. */
  fault?: BlockTask['fault']
}

export interface ParallelStats extends SchedulerCounters {
  workers: number
  strategy: string
  sequentialFallback: boolean
  /** Why the block ran on the sequential engine, when it did. */
  fallbackReason?: string
  /** With a graph (sender edges included): the speedup bound it predicts for this pool (see ParallelOptions.minPredictedSpeedup). */
  predictedSpeedup?: number
  /** How many sender edges (ParallelOptions.senderEdges) steered the block, when there were any. */
  senderEdges?: number
  /** Times the block was re-run because a shared store was sized too small. */
  capacityRetries: number
  startupMs: number
  locations: number
  /** Whether this block reused the previous block's shared stores (cleared) rather than new ones (see ParallelExecutor). */
  storesReused?: boolean
  /**
   * Whether the receipts root was built from the leaves the workers hashed (true on every
   * block unless a leaf's cumulative gas disagreed with the main thread's, which would be
   * a bug; then the root is computed here from the receipts, so the result stays right).
   */
  receiptLeavesFromWorkers?: boolean
  /** Per worker, the most transactions it had in flight at once (see ParallelOptions.adaptInflight). */
  inflightPeak?: number[]
  /** Executions stopped early because their reads were stale (ParallelOptions.staleAborts), all workers. */
  staleAborts?: number
  /** Where the block's wall time went: shared-store set-up, the workers' run (dispatch included), gathering results. */
  phases?: {
    /** Shared-store set-up and the block image's header and pre-state, until the tasks are posted. */
    setupMs: number
    /**
     * The main thread's time building the block image (0 when this block object's image
     * was cached): the transactions, written after the tasks were posted while the workers
     * start (block-image.ts), are in runMs as well.
     */
    imageMs: number
    runMs: number
    /** Decoding the outcomes into receipts: on the main thread while the workers hash their receipts' leaves and compute their diff shares (part of runMs). */
    receiptsMs: number
    /** Decoding the workers' diff shares and leaves, each as its reply arrives (part of runMs). */
    decodeMs: number
    /** After the workers' last reply: the receipts root from the workers' leaves. */
    assembleMs: number
    workerMs: number[]
    workerStartMs: number[]
    workerLoopMs: number[]
    /** Each worker's share of the post-state diff. */
    workerDiffMs: number[]
    /** From the last worker finishing its diff share to the main thread holding all replies (encoding the reply, and its transfer). */
    replyMs: number
  }
  trace?: string[]
  /**
   * With ParallelOptions.observeEdges, on a block the workers ran: [from, to] for every
   * transaction `to` whose final execution read a write (or lazy credit) of a lower one,
   * `from` the highest such, ascending by `to` - the nearest edge of each transaction in
   * the block's true dependency graph, at the multi-version memory's granularity (an
   * account's nonce and flags, its balance, its code hash, each storage slot).
   */
  observedEdges?: Array<[from: number, to: number]>
  /**
   * With observedEdges: what those edges allow this pool at best - the gas-weighted
   * critical path along them against the block's gas (`parallelism` of @blockstm/scheduler,
   * each transaction weighted by its gas used). Only each transaction's nearest dependency
   * is observed, so this can overstate a block's parallelism a little (on the mainnet
   * fixtures 2.61x against 2.43x at 16 workers, packages/hints/scripts/parallelism.ts).
   */
  observedParallelism?: Parallelism
  /**
   * As observedParallelism, each transaction weighted by the wall time of its final
   * execution in this run (Scheduler.executionTimes) instead of its gas: gas prices
   * storage and computation unlike this engine's costs (the mainnet fixtures allow
   * 1.78x at 2 workers by sequential time, 1.68x by gas; packages/hints/scripts/parallelism.ts).
   * Times measured while two workers share the machine carry its noise.
   */
  observedParallelismByTime?: Parallelism
}

export interface ParallelResult extends BlockResult {
  stats: ParallelStats
}

/**
 * Drops what the parallel engine cached for this block object - its image, and the folded
 * block of its pre-block system calls with that block's image - so the next execution
 * builds them again (honest timing; or after changing the block object in place).
 */
export function forgetBlockImage(block: BlockInput): void {
  dropBlockImage(block)
  const folded = forgetPrelude(block)
  if (folded !== undefined) dropBlockImage(folded)
}

/** What ParallelExecutor.warmUp did. */
export interface WarmUpReport {
  ms: number
  runs: number
  /** Per worker, the executions it ran over the runs (0 everywhere when the block ran on the sequential engine, e.g. an empty one). */
  executions: number[]
}

/** ParallelExecutor.create's default young-generation limit per worker, in MB. */
export const DEFAULT_YOUNG_GENERATION_MB = 64

/** warmUp()'s runs: every worker executes, whatever the block (see ParallelExecutor.warmUp). */
const WARM_UP_OPTIONS: ParallelOptions = { strategy: 'blockstm', minParallelGas: 0, minParallelTxs: 0, senderEdges: false }

export class ParallelExecutor {
  /** The last block's shared stores, cleared and reused by the next block that fits them (see acquireStores). */
  private stores: SharedStores | undefined
  /** Blocks run one at a time on the pool: a call made while one runs waits its turn. */
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false

  private constructor(private readonly pool: WorkerPool) {}

  /**
   * Starts `workers` threads (start-up cost reported in stats.startupMs). `youngGenerationMb`
   * (default DEFAULT_YOUNG_GENERATION_MB, 64; 0: V8's default) bounds each worker's young
   * generation: an execution's garbage is short-lived (BigInt stack values, call frames'
   * memory, decoded transactions), and with room for more of it between scavenges the
   * workers spent less time collecting. Same process, two pools, 7 alternating passes over
   * 10 big mainnet blocks and 3 workloads (2 cores): 0.935 and 0.958 of the time at 64 MB,
   * 0.947 at 128, 0.978 at 32, 1.027 at 16. The sequential engine gained ~1% from the same
   * room (`--max-semi-space-size=32` for the whole process: sequential 1,824 against 1,811 ms,
   * the parallel engine 1,368 against 1,304, medians of three processes).
   */
  static async create(opts: { workers: number; workerScript?: string; youngGenerationMb?: number }): Promise<ParallelExecutor> {
    if (!(Number.isInteger(opts.workers) && opts.workers >= 1)) throw new RangeError(`workers must be a positive integer, got ${opts.workers}`)
    const young = opts.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB
    if (!(Number.isInteger(young) && young >= 0)) throw new RangeError(`youngGenerationMb must be a non-negative integer, got ${opts.youngGenerationMb}`)
    return new ParallelExecutor(await WorkerPool.start(opts.workers, opts.workerScript, young))
  }

  get workers(): number {
    return this.pool.size
  }

  /** Milliseconds spent in warmUp() so far (like startupMs, outside every block's time). */
  get warmupMs(): number {
    return this.warmedMs
  }
  private warmedMs = 0

  /**
   * Runs `block` `runs` times on the workers and discards the results, so that every
   * worker's JIT has compiled the EVM paths the block takes before a block is timed or
   * matters. V8's warmth is per thread: a worker that has only waited (chain mode keeps
   * all but one waiting on a chain of dependent transactions) is cold, and its first
   * real executions ran up to ~2x slower while V8 compiled (chain-erc20 on 2 cores: the
   * first blocks 200–600 ms against ~150 ms warm). The runs use `blockstm`, under which
   * every worker executes (speculatively) whatever the block's dependencies, and skip
   * the small-block fallback. Queued like execute(); the report says how long it took
   * (also added to `warmupMs`) and how many executions each worker ran.
   */
  async warmUp(block: BlockInput, runs = 2): Promise<WarmUpReport> {
    if (!(Number.isInteger(runs) && runs >= 0)) throw new RangeError(`warmUp runs must be a non-negative integer, got ${runs}`)
    const t0 = performance.now()
    const executions = new Array<number>(this.workers).fill(0)
    for (let i = 0; i < runs; i++) {
      const r = await this.execute(block, WARM_UP_OPTIONS)
      r.stats.perWorker?.forEach((w, k) => (executions[k]! += w.executions))
    }
    const ms = performance.now() - t0
    this.warmedMs += ms
    return { ms, runs, executions }
  }

  /**
   * Executes one block; calls made while a block runs are queued and run in order. After
   * close() (including calls still queued then) it rejects: the pool would otherwise start
   * workers again that nobody closes.
   */
  execute(block: BlockInput, opts: ParallelOptions = {}): Promise<ParallelResult> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error('ParallelExecutor is closed')
      return this.executeNow(block, opts).catch((e: unknown) => {
        // A worker may have died holding a lock in the stores: the next block gets new ones.
        this.stores = undefined
        throw e
      })
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private async executeNow(block: BlockInput, opts: ParallelOptions): Promise<ParallelResult> {
    if (opts.systemCalls === false) return this.executeTxs(block, opts)
    // The engine's own runs leave the system calls to this method (block/system-diff.ts).
    const txOpts = { ...opts, systemCalls: false }
    let r: ParallelResult
    // Decided from the block's pre-state, which must hold every account the block touches (the diff is taken against it).
    if (!needsPreBlockCalls(block)) r = await this.executeTxs(block, txOpts)
    else if ((opts.state?.kind ?? 'memory') !== 'memory') return this.executeOnSequential(block, opts, 'pre-block system calls over a base state the workers read directly')
    else {
      const prelude = await preludeBlock(block)
      r = await this.executeTxs(prelude?.block ?? block, txOpts)
      if (prelude !== undefined) r = { ...r, stateDiff: composePreludeDiff(block.preState, prelude, r.stateDiff) }
    }
    const post = await postBlockOnDiff(block, r)
    return post === undefined ? r : { ...r, ...post }
  }

  private async executeOnSequential(block: BlockInput, opts: ParallelOptions, reason: string, predicted?: number): Promise<ParallelResult> {
    const opened = openBaseStateLayers(opts.state ?? { kind: 'memory' }, block)
    const r = await executeSequential(block, { state: opened.state, systemCalls: opts.systemCalls }).finally(() => opened.close())
    const stats = { ...emptyStats(this.workers, opts.strategy ?? DEFAULT_STRATEGY), sequentialFallback: true, fallbackReason: reason, startupMs: this.pool.startupMs }
    return { ...r, stats: predicted === undefined ? stats : { ...stats, predictedSpeedup: predicted } }
  }

  private async executeTxs(block: BlockInput, given: ParallelOptions): Promise<ParallelResult> {
    const n = block.transactions.length
    const strategy = given.strategy ?? DEFAULT_STRATEGY
    const facts = blockFacts(block)
    const work = facts.callGas
    const minGas = given.minParallelGas ?? DEFAULT_MIN_PARALLEL_GAS
    const small =
      n === 0 ? 'empty block'
      : n < (given.minParallelTxs ?? 0) ? `${n} transactions < minParallelTxs ${given.minParallelTxs}`
      : work < minGas ? `contract gas ${work} < minParallelGas ${minGas}`
      : undefined
    // Only strategies that read a graph get them (`blockstm` and `sequential` stay as asked,
    // with no fallback on their account), and only blocks that may go to the workers: on
    // 10k transactions they cost the main thread ~2 ms.
    const sender = small !== undefined || given.senderEdges === false || !GRAPH_STRATEGIES.has(strategy) ? [] : senderEdges(block.transactions, block.header.coinbase)
    const opts = sender.length === 0 ? given : { ...given, graph: withSenderEdges(n, given.graph, sender) }
    const predicted = opts.graph === undefined ? undefined : parallelism(opts.graph, n, this.workers, (tx) => Number(block.transactions[tx]!.gasLimit)).bound
    const reason =
      small ??
      (predicted !== undefined && predicted < (opts.minPredictedSpeedup ?? 1.25)
        ? `${given.graph === undefined ? 'sender edges allow' : 'graph allows'} at most ${predicted.toFixed(2)}x on ${this.workers} workers`
        : undefined)
    const counted = (r: ParallelResult): ParallelResult => (sender.length === 0 ? r : { ...r, stats: { ...r.stats, senderEdges: sender.length } })
    if (reason !== undefined) return counted(await this.executeOnSequential(block, opts, reason, predicted))
    // Capacities are estimated from the block; a store that fills up fails loudly
    // (CapacityError in a worker) and the block is run again with 4x the room.
    for (let scale = 1, retries = 0; ; scale *= 4, retries++) {
      try {
        return counted(await this.executeSized(block, facts, opts, strategy, scale, retries, predicted))
      } catch (e) {
        if (!(e instanceof WorkerCrashError && /CapacityError|ReadSetCapacityError/.test(e.message)) || retries >= 3) throw e
      }
    }
  }

  private async executeSized(
    block: BlockInput,
    facts: BlockFacts,
    opts: ParallelOptions,
    strategy: string,
    scale: number,
    capacityRetries: number,
    predicted: number | undefined,
  ): Promise<ParallelResult> {
    const t0 = performance.now()
    const n = block.transactions.length
    const { mv, readSets, reused } = this.acquireStores(block, facts, scale)
    // The pre-state's accounts get direct locations (location-cache.ts): no shared-table insert for them.
    mv.reserveDirect(directLocations(block.preState.size))
    const sched = Scheduler.create({ txCount: n, workers: this.workers, strategy: strategy as StrategyName, graph: opts.graph, trace: opts.trace })
    const cached = isBlockImageCached(block)
    const tImage = performance.now()
    const image = blockImage(block)
    let imageMs = cached ? 0 : performance.now() - tImage
    const gasUsed = new SharedArrayBuffer(8 * n)
    const state = workerStateSpec(opts.state)
    // Only a caching worker state uses the list; sending it otherwise would only cost a copy.
    const prefetch = state.cache === true ? (typeof opts.prefetch === 'function' ? opts.prefetch() : opts.prefetch) : undefined
    const tasks: BlockTask[] = Array.from({ length: this.workers }, (_, i) => ({
      type: 'block',
      blockImage: image.sab,
      txImage: image.txs,
      mv: mv.shared,
      sched: sched.shared,
      readSets: readSets.shared,
      gasUsed,
      state,
      inflight: opts.inflight ?? ((opts.state?.latencyUs ?? 0) > 0 ? 8 : 1),
      adaptInflight: opts.adaptInflight ?? true,
      staleAborts: opts.staleAborts ?? true,
      fault: i === 0 ? opts.fault : undefined,
      prefetch,
      sentAt: Date.now(),
    }))
    const t1 = performance.now()
    // Receipts are built on this thread from the workers' first messages, while the workers
    // compute their diff shares (this thread is otherwise idle then); each diff share is
    // decoded as it arrives, while its worker hashes its receipts' leaves.
    const receipts = new ReceiptsAssembly(block, this.workers)
    const stateDiff: StateDiff = new Map()
    let decodeMs = 0
    const running = this.pool.run(
      tasks,
      opts.timeoutMs ?? 600_000,
      (m) => receipts.add(m.outcomes),
      (m) => {
        const t = performance.now()
        decodeStateDiff(m.diff, stateDiff, image.preKeys)
        decodeMs += performance.now() - t
      },
      (m) => {
        const t = performance.now()
        receipts.addLeaves(m.leaves)
        decodeMs += performance.now() - t
      },
    )
    // The tasks are posted: the transactions are written while the workers start and run
    // the first ones (block-image.ts), not before.
    if (!image.complete) {
      const tTxs = performance.now()
      try {
        image.fillTxs()
      } catch (e) {
        // The workers stop on the aborted image; the caller sees the input's error once they have.
        await running.catch(() => undefined)
        throw e
      }
      imageMs += performance.now() - tTxs
    }
    const replies = await running
    const t2 = performance.now()
    const result = { ...receipts.result(), stateDiff }
    const t3 = performance.now()
    const stats: ParallelStats = {
      ...sched.counters(),
      workers: this.workers,
      strategy,
      sequentialFallback: false,
      ...(predicted !== undefined ? { predictedSpeedup: predicted } : {}),
      capacityRetries,
      startupMs: this.pool.startupMs,
      locations: mv.locationCount(),
      storesReused: reused,
      receiptLeavesFromWorkers: receipts.leavesUsed,
      inflightPeak: replies.map((r) => r.inflightPeak),
      staleAborts: replies.reduce((n, r) => n + r.staleAborts, 0),
      phases: {
        setupMs: t1 - t0,
        imageMs,
        runMs: t2 - t1,
        receiptsMs: receipts.ms,
        decodeMs,
        assembleMs: t3 - t2,
        workerMs: replies.map((r) => r.busyMs),
        workerStartMs: replies.map((r) => r.startMs),
        workerLoopMs: replies.map((r) => r.loopMs),
        workerDiffMs: replies.map((r) => r.diffMs),
        replyMs: performance.timeOrigin + t2 - Math.max(...replies.map((r) => r.doneAt)),
      },
      ...(opts.trace ? { trace: sched.traceLines() } : {}),
      ...(opts.observeEdges ? observedStats(observedEdges(mv, readSets, n), result.txs, sched.executionTimes(), this.workers) : {}),
    }
    return { ...result, stats }
  }

  /**
   * The multi-version memory and the read-set arena for this block: the previous
   * block's, cleared, when they are large enough and not oversized, else new ones. A
   * fresh SharedArrayBuffer is zero pages that the kernel fills on first touch, and
   * the location table's buckets are touched at random: on a block of 10k transfers
   * the page faults cost each worker ~20 ms of its ~90 ms loop. Reuse keeps the
   * pages (clearing the bucket array is a memset).
   */
  private acquireStores(block: BlockInput, facts: BlockFacts, scale: number): SharedStores & { reused: boolean } {
    const need = storeSizes(block, facts, scale)
    const s = this.stores
    if (s !== undefined && fits(s.sizes, need)) {
      s.mv.clear(need.txCount)
      s.mv.blobs.clear()
      s.readSets.clear()
      return { ...s, reused: true }
    }
    const mv = MVMemory.create({
      txCount: need.txCount,
      locationCapacity: need.locations,
      versionCapacity: need.versions,
      blobCapacityBytes: need.blobBytes,
    })
    const readSets = SharedReadSets.create(need.txCount, need.readWords)
    this.stores = { mv, readSets, sizes: need }
    return { ...this.stores, reused: false }
  }

  async close(): Promise<void> {
    this.closed = true
    this.stores = undefined
    await this.pool.terminate()
  }
}

interface StoreSizes {
  txCount: number
  locations: number
  versions: number
  blobBytes: number
  readWords: number
}

interface SharedStores {
  mv: MVMemory
  readSets: SharedReadSets
  /** What they were created with (capacities; txCount is the most transactions). */
  sizes: StoreSizes
}

function storeSizes(block: BlockInput, facts: BlockFacts, scale: number): StoreSizes {
  const n = block.transactions.length
  const locations = Math.max(estimateLocations(block, facts), directLocations(block.preState.size) + 4096)
  return {
    txCount: n,
    locations: scale * locations,
    versions: scale * (16 * n + 8 * locations),
    blobBytes: scale * estimateBlobBytes(facts),
    readWords: scale * estimateReadWords(block, facts),
  }
}

/**
 * Large enough in every dimension, and the location table at most 8x what the block
 * needs: clearing it is a memset of its buckets, so a huge table would cost a small
 * block more than it saves.
 */
function fits(have: StoreSizes, need: StoreSizes): boolean {
  return (
    have.txCount >= need.txCount &&
    have.locations >= need.locations &&
    have.locations <= 8 * need.locations &&
    have.versions >= need.versions &&
    have.blobBytes >= need.blobBytes &&
    have.readWords >= need.readWords
  )
}

/**
 * Receipts in block order from each transaction's final outcome, built once every
 * worker's outcomes have arrived (while the workers hash their receipts' trie leaves and
 * compute the diff); the root is built at the end from those leaves. An invalid
 * transaction is kept as the error to throw after the workers have finished, so the
 * pool is idle again when the caller sees it.
 */
class ReceiptsAssembly {
  private readonly outcomes: (OutcomeEntry[1] | undefined)[]
  /** The block's logs bloom: the OR of the workers' shares (codec/outcome.ts). */
  private readonly bloom = new Uint8Array(256)
  private readonly leaves: ReceiptLeaves
  private pending: number
  private done: Omit<BlockResult, 'stateDiff' | 'receiptsRoot'> | undefined
  private error: unknown
  ms = 0
  leavesUsed = false

  constructor(
    private readonly block: BlockInput,
    workers: number,
  ) {
    this.outcomes = new Array<OutcomeEntry[1] | undefined>(block.transactions.length)
    this.leaves = new ReceiptLeaves(block.transactions.length)
    this.pending = workers
  }

  add(bytes: ArrayBuffer): void {
    const t = performance.now()
    decodeOutcomes(bytes, this.outcomes, this.bloom)
    if (--this.pending === 0) {
      try {
        this.done = assembleReceipts(this.block, this.outcomes, this.bloom)
      } catch (e) {
        this.error = e
      }
    }
    this.ms += performance.now() - t
  }

  addLeaves(bytes: ArrayBuffer): void {
    this.leaves.add(bytes)
  }

  result(): Omit<BlockResult, 'stateDiff'> {
    if (this.error !== undefined) throw this.error
    const done = this.done
    if (done === undefined) throw new Error('parallel engine: a worker finished without sending its outcomes (internal error)')
    const receipts = done.txs.map((t) => t.receipt)
    const refs = this.leaves.refsFor(receipts)
    this.leavesUsed = refs !== undefined
    return { ...done, receiptsRoot: refs !== undefined ? indexTrieRootFromLeaves(refs) : receiptsRoot(receipts) }
  }
}

/** Receipts in block order from each transaction's final outcome (judged in block order: the reported invalid transaction is the lowest one). */
function assembleReceipts(block: BlockInput, outcomes: (OutcomeEntry[1] | undefined)[], bloom: Uint8Array): Omit<BlockResult, 'stateDiff' | 'receiptsRoot'> {
  const env = makeBlockEnv(block)
  const txs: TxResult[] = []
  let gasUsed = 0n
  for (let i = 0; i < outcomes.length; i++) {
    const input = block.transactions[i]
    // The in-order check that depends on earlier transactions (cumulative block gas).
    // (Only then are the static checks redone, to report the same first reason as sequential.)
    if (gasUsed + input.gasLimit > env.gasLimit) checkStatic(prepareTx(input, env), env, gasUsed)
    const o = outcomes[i]
    if (o === undefined) throw new Error(`parallel engine: no final outcome for transaction ${i} (internal error)`)
    if ('reason' in o) throw new InvalidTransactionError(o.txIndex, o.reason as InvalidTxReason, o.message.replace(/^transaction \d+ is invalid \(\w+\): /, ''))
    const out = o
    gasUsed += out.gasUsed
    txs.push({
      index: i,
      receipt: receiptOf(input.type, out, gasUsed, env.eip.byzantium),
      gasUsed: out.gasUsed,
      beneficiaryFee: out.beneficiaryFee,
      contractAddress: out.contractAddress,
      error: out.error,
    })
  }
  return { txs, gasUsed, logsBloom: bloom }
}

/**
 * What each worker opens. The base state does not change during the block, so when
 * its reads have latency each worker remembers what it read (CachedState), as the
 * sequential engine's block state does; a caller's explicit `cache` wins.
 */
function workerStateSpec(spec: BaseStateSpec = { kind: 'memory' }): BaseStateSpec {
  return spec.cache === undefined && (spec.latencyUs ?? 0) > 0 ? { ...spec, cache: true } : spec
}

/**
 * The default of ParallelOptions.minParallelGas. On 2 workers (bench, 2-core machine)
 * the parallel engine lost below ~8M of contract gas on every generated workload
 * (hybrid 1.01x at 8.4M, erc20 0.79x at 12M, uniswap 1.13x at 12M), and on blocks of
 * plain transfers at every size (0.59x at 200 Mgas). On the 47 mainnet blocks
 * (`pnpm bench --fixtures`, bench/results/mainnet.json, after the synchronous step loop
 * made the EVM faster) sending blocks below T of contract gas to the sequential engine
 * gave, as a geometric mean over all blocks against sequential: T = 4M 0.99x, 8M 1.02x,
 * 12M 1.05x, 16M and 20M 1.05x, 30M 1.04x. So 12M. Re-measured after the workers' fixed
 * costs were cut (bench/results/mainnet-parallel.json): 4M 1.08x, 8M 1.09x, 12M 1.10x,
 * 16M 1.08x, 20M 1.06x: still 12M. And after the 12th session made the EVM faster
 * (bench/results/s12-mainnet-ref.json, 3 runs): 4M 1.02x, 8M 1.05x, 12M 1.06x, 16M 1.05x,
 * 20M 1.04x: still 12M.
 */
export const DEFAULT_MIN_PARALLEL_GAS = 12_000_000

/**
 * The strategy used when ParallelOptions.strategy is not given: `adaptive` (Block-STM that
 * learns chains of dependent transactions at run time, @blockstm/scheduler). Measured
 * against `blockstm` on this 2-core machine (root README, "Worst-case chains"): the
 * worst-case chains 0.85-1.01x / 1.02-1.09x of sequential instead of 0.67-0.83x; the mixes
 * and the mainnet blocks equal within noise, with ~57% fewer re-executions on mainnet.
 */
export const DEFAULT_STRATEGY: StrategyName = 'adaptive'

/** The strategies a dependency graph steers (and so the ones ParallelOptions.senderEdges applies to). */
const GRAPH_STRATEGIES: ReadonlySet<string> = new Set(['dag', 'adaptive'])

/**
 * What the engine sizes its decisions and stores by, in one pass over the transactions
 * (four passes, each run once per block and so never optimised, cost ~1.5 ms on 10k).
 * Numbers, not BigInt sums (an allocation per transaction): a block's gas is far below 2^53.
 */
interface BlockFacts {
  /** Gas limits of the transactions that run contract code (or may: creations, 7702 ones). */
  callGas: number
  /** Sum of all gas limits. */
  gas: number
  /** Sum of the gas limits capped at 3M each (read-set arena). */
  cappedGas: number
  /** Init-code bytes of creations. */
  createBytes: number
}

function blockFacts(block: BlockInput): BlockFacts {
  const txs = block.transactions
  let callGas = 0
  let gas = 0
  let cappedGas = 0
  let createBytes = 0
  for (let i = 0; i < txs.length; i++) {
    const t = txs[i]!
    const g = Number(t.gasLimit)
    gas += g
    cappedGas += Math.min(g, 3_000_000)
    if (t.to === null) createBytes += t.data.length
    if (t.data.length > 0 || t.to === null || t.type === 4) callGas += g
  }
  return { callGas, gas, cappedGas, createBytes }
}

function estimateLocations(block: BlockInput, facts: BlockFacts): number {
  let slots = 0
  block.preState.forEach((a) => (slots += a.storage.size))
  // Each account is up to 5 locations; slots never written before the block are not
  // in the pre-state, but each costs at least 200 gas (pre-Istanbul SLOAD) to touch.
  const byGas = Math.min(Math.floor(facts.gas / 1000), 4_000_000)
  return Math.max(4096, 2 * (5 * block.preState.size + slots) + 16 * block.transactions.length + byGas)
}

function estimateBlobBytes(facts: BlockFacts): number {
  return Math.max(1 << 16, 4 * facts.createBytes)
}

function estimateReadWords(block: BlockInput, facts: BlockFacts): number {
  // Reads per transaction grow with gas; the arena is lazily committed memory, so generous is cheap.
  return 10 * (64 * block.transactions.length + Math.floor(facts.cappedGas / 300))
}

function emptyStats(workers: number, strategy: string): ParallelStats {
  return { workers, strategy, sequentialFallback: false, startupMs: 0, locations: 0 } as ParallelStats
}

/** One-shot convenience: start a pool, execute, close. Prefer ParallelExecutor for many blocks. */
export async function executeParallel(block: BlockInput, opts: ParallelOptions & { workers?: number } = {}): Promise<ParallelResult> {
  const ex = await ParallelExecutor.create({ workers: opts.workers ?? 2 })
  try {
    return await ex.execute(block, opts)
  } finally {
    await ex.close()
  }
}

/** stats.observedEdges and the parallelism they allow this pool, weighted by each transaction's gas and by its measured execution time. */
function observedStats(edges: Array<[number, number]>, txs: readonly TxResult[], ms: Float64Array, workers: number): Pick<ParallelStats, 'observedEdges' | 'observedParallelism' | 'observedParallelismByTime'> {
  const graph = DependencyGraph.fromEdges(txs.length, edges)
  return {
    observedEdges: edges,
    observedParallelism: parallelism(graph, txs.length, workers, (tx) => Number(txs[tx]!.gasUsed)),
    observedParallelismByTime: parallelism(graph, txs.length, workers, (tx) => ms[tx]!),
  }
}
