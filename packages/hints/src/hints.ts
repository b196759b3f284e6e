/**
 * The entry point: a block in, hints out — per-transaction access sets, the
 * dependency graph for the scheduler's `dag` strategy, prefetch lists, timings.
 *
 * Modes:
 *  - 'simulate': every transaction executed alone against the pre-block state
 *    (on the worker pool when there is one, else on this thread);
 *  - 'static': nothing executed but a few learning runs: plain transfers and learned
 *    templates (ERC20 by default); other calls get the sender rule only;
 *  - 'both': static where static is complete, simulation for the rest.
 */
import { fromWire } from './access.js'
import type { TxAccess } from './access.js'
import { EMPTY_CODE_HASH, InMemoryState, makeBlockEnv, prepareTx } from './deps.js'
import type { BlockEnv, BlockInput, DependencyGraph } from './deps.js'
import { buildGraph } from './graph.js'
import type { EdgeMode } from './graph.js'
import { SimulationPool } from './pool.js'
import { prefetchOf } from './prefetch.js'
import { repairFailed } from './repair.js'
import type { Prefetch } from './prefetch.js'
import { Simulator } from './simulator.js'
import { ERC20_SELECTORS, addressWords, classify, orderingKeys, plainTransferAccess, senderOnlyAccess } from './static.js'
import { selectorOf } from './roles.js'
import { TemplateCache, applyTemplate, learnTemplate } from './template.js'

export type HintMode = 'simulate' | 'static' | 'both'

export type UnknownCalls = 'sender' | 'callee' | 'arguments' | 'learn'

export interface HintOptions {
  /** Default 'simulate'. */
  mode?: HintMode
  /** Graph construction, see graph.ts. Default 'highest'. */
  edges?: EdgeMode
  /** Learned templates to use and extend; pass one cache for many blocks. */
  templates?: TemplateCache
  /** Selectors (8 hex chars) that templates are learned for; default ERC20 transfer/transferFrom/approve. */
  selectors?: readonly string[]
  /** Learning runs per template key and block before giving up on it (default 3). */
  learnTries?: number
  /**
   * Static mode, calls no template covers: 'sender' (default) knows only the sender
   * rule; 'callee' also orders all unknown calls to one contract one after another;
   * 'arguments' orders those to one contract that share an address argument (two
   * swaps through a router on the same pair share its tokens; on different pairs they
   * need not wait). See TxAccess.orderedOn: fewer re-executions for less parallelism.
   * 'learn': unknown calls that recur in the block - same callee code, selector and
   * contract arguments (a router swap on one pair of tokens) - get a template learned from
   * simulating the first of them (template.ts, `pinned`), so their reads and writes are
   * predicted (prefetch, real dependency edges); the rest are ordered as 'arguments'.
   */
  unknownCalls?: UnknownCalls
  /** Complete the sets of transactions that failed alone (repair.ts); default true. */
  repair?: boolean
}

export interface HintTimings {
  /** Everything below, i.e. the hint time to add to the block's execution time. */
  totalMs: number
  /** Classification, template application, plain transfers. */
  staticMs: number
  /** Simulations run to learn templates (on this thread). */
  learnMs: number
  /** Simulating the rest (pool or this thread). */
  simulateMs: number
  /** Repairing failed simulations and building the graph (the prefetch list is computed on first read). */
  graphMs: number
  /** Worker start-up: paid once per pool, not per block; not in totalMs. */
  startupMs: number
  /** Worker threads used (0: this thread). */
  workers: number
  simulated: number
  staticTxs: number
  senderOnly: number
  /** Transactions that failed alone and were repaired. */
  repaired: number
}

export interface BlockHints {
  mode: HintMode
  perTx: TxAccess[]
  /** Pass to ParallelExecutor.execute(block, { strategy: 'dag', graph }). */
  graph: DependencyGraph
  /**
   * Computed on first read (not part of timings; ~0.7 ms per 1k calls): a block run
   * without latency, or on one thread, never needs it. Pass `() => hints.prefetch` as
   * ParallelOptions.prefetch to keep it that way.
   */
  readonly prefetch: Prefetch
  timings: HintTimings
}

export class HintsEngine {
  private constructor(private readonly pool: SimulationPool | undefined) {}

  /** `workers: 0` (default) simulates on the calling thread. */
  static async create(opts: { workers?: number } = {}): Promise<HintsEngine> {
    const w = opts.workers ?? 0
    return new HintsEngine(w > 0 ? await SimulationPool.start(w) : undefined)
  }

  get workers(): number {
    return this.pool?.size ?? 0
  }

  async hints(block: BlockInput, opts: HintOptions = {}): Promise<BlockHints> {
    const mode = opts.mode ?? 'simulate'
    const t0 = performance.now()
    const n = block.transactions.length
    const perTx = new Array<TxAccess | undefined>(n)
    const codeHashes = new Set<string>()
    const timings: HintTimings = {
      totalMs: 0,
      staticMs: 0,
      learnMs: 0,
      simulateMs: 0,
      graphMs: 0,
      startupMs: this.pool?.startupMs ?? 0,
      workers: this.workers,
      simulated: 0,
      staticTxs: 0,
      senderOnly: 0,
      repaired: 0,
    }
    let local: Simulator | undefined
    const simulateHere = async (i: number): Promise<TxAccess> => {
      // Over the static pass's state when there is one: building it again cost ~1 ms a block.
      local ??= await Simulator.create(block, staticBase)
      const r = await local.simulate(i)
      for (const h of r.codeHashes) codeHashes.add(h)
      timings.simulated++
      return r.access
    }

    const templates = opts.templates ?? new TemplateCache()
    let staticBase: InMemoryState | undefined
    let rest: number[]
    if (mode === 'simulate') rest = Array.from({ length: n }, (_, i) => i)
    else {
      staticBase = InMemoryState.fromBlock(block)
      rest = await this.staticPass(block, makeBlockEnv(block), staticBase, templates, mode, opts, perTx, simulateHere, timings)
    }

    const ts = performance.now()
    if (rest.length > 0) {
      if (this.pool !== undefined && rest.length > 1) {
        for (const w of await this.pool.simulate(block, rest)) {
          perTx[w.index] = fromWire(w)
          for (const h of w.codeHashes) codeHashes.add(h)
        }
        timings.simulated += rest.length
      } else {
        for (const i of rest) perTx[i] = await simulateHere(i)
      }
    }
    timings.simulateMs = performance.now() - ts

    const tg = performance.now()
    const all = perTx as TxAccess[]
    if (opts.repair !== false) {
      const base = (staticBase ??= InMemoryState.fromBlock(block))
      timings.repaired = repairFailed(all, {
        txs: block.transactions,
        coinbase: block.header.coinbase.slice(2),
        account: (a) => base.account(a),
        selectors: new Set(opts.selectors ?? ERC20_SELECTORS),
        templates,
      })
    }
    const graph = buildGraph(all, { edges: opts.edges })
    timings.graphMs = performance.now() - tg
    timings.totalMs = performance.now() - t0
    let prefetch: Prefetch | undefined
    return {
      mode,
      perTx: all,
      graph,
      get prefetch(): Prefetch {
        return (prefetch ??= prefetchOf(all, codeHashes))
      },
      timings,
    }
  }

  /** Fills what static analysis can; returns the transactions left to simulate. */
  private async staticPass(
    block: BlockInput,
    env: BlockEnv,
    base: InMemoryState,
    cache: TemplateCache,
    mode: HintMode,
    opts: HintOptions,
    perTx: (TxAccess | undefined)[],
    simulateHere: (i: number) => Promise<TxAccess>,
    timings: HintTimings,
  ): Promise<number[]> {
    const t0 = performance.now()
    const coinbase = env.coinbaseKey
    const selectors = new Set(opts.selectors ?? ERC20_SELECTORS)
    const tries = opts.learnTries ?? 3
    const txs = block.transactions
    const calls = new Map<string, number[]>()
    let unknown: number[] = []
    for (let i = 0; i < txs.length; i++) {
      const c = classify(txs[i], (a) => base.account(a), selectors)
      if (c.kind === 'plain') {
        perTx[i] = plainTransferAccess(prepareTx(txs[i], env), coinbase)
        timings.staticTxs++
      } else if (c.kind === 'call') {
        const list = calls.get(c.key)
        if (list === undefined) calls.set(c.key, [i])
        else list.push(i)
      } else unknown.push(i)
    }

    const tl = performance.now()
    const group: GroupContext = { txs, coinbase, cache, tries, perTx, simulateHere, timings }
    for (const [key, list] of calls) {
      // A call alone in its group, with no template yet: learning from it costs what
      // simulating it does (~1 ms with a new contract's code) and predicts nothing else.
      // In 'static' mode it is left to the rules for unknown calls; 'both' simulates it anyway.
      // On mainnet blocks, most tokens appear once: their learning runs were most of the hint time.
      if (mode === 'static' && list.length < 2 && cache.get(key) === undefined) unknown.push(...list)
      else unknown.push(...(await learnGroup(key, list, undefined, group)))
    }
    timings.learnMs = performance.now() - tl

    if (mode === 'static' && opts.unknownCalls === 'learn') {
      const tp = performance.now()
      unknown = await learnPinned(base, unknown, group)
      timings.learnMs += performance.now() - tp
    }

    let rest: number[] = []
    if (mode === 'both') rest = unknown.sort((x, y) => x - y)
    else {
      for (const i of unknown) {
        const a = (perTx[i] = senderOnlyAccess(prepareTx(txs[i], env), coinbase))
        const keys = orderingKeys(txs[i], opts.unknownCalls ?? 'sender')
        if (keys !== undefined) a.orderedOn = keys
      }
      timings.senderOnly = unknown.length
    }
    timings.staticMs = performance.now() - t0 - timings.learnMs
    return rest
  }

  async close(): Promise<void> {
    await this.pool?.close()
  }
}

interface GroupContext {
  txs: BlockInput['transactions']
  coinbase: string
  cache: TemplateCache
  tries: number
  perTx: (TxAccess | undefined)[]
  simulateHere: (i: number) => Promise<TxAccess>
  timings: HintTimings
}

/**
 * Calls that one template may describe (same template key): learns it, if the cache
 * lacks it, from the first of them (simulated here: they are few, and their own hints
 * are the simulation's; at most `tries` per block), then predicts the rest from it.
 * Returns the calls it could not predict.
 */
async function learnGroup(key: string, list: number[], pinned: string[] | undefined, c: GroupContext): Promise<number[]> {
  for (let k = 0; k < list.length && k < c.tries && c.cache.get(key) === undefined; k++) {
    const i = list[k]!
    const a = await c.simulateHere(i)
    c.perTx[i] = a
    const t = learnTemplate(key, i, c.txs[i]!, c.coinbase, a, pinned)
    if (t === undefined) c.cache.fail(key)
    else c.cache.set(t)
  }
  const t = c.cache.get(key)
  const left: number[] = []
  for (const i of list) {
    if (c.perTx[i] !== undefined) continue
    const a = t === undefined ? undefined : applyTemplate(t, c.txs[i]!, c.coinbase)
    if (a !== undefined) {
      c.perTx[i] = a
      c.timings.staticTxs++
    } else left.push(i)
  }
  return left
}

/**
 * unknownCalls 'learn': groups the unknown calls by callee code, selector and the
 * contracts among their address arguments; for each group of two or more, learns a
 * pinned template from its first calls and applies it to the rest (learnGroup).
 * Returns the transactions still unknown.
 */
async function learnPinned(base: InMemoryState, unknown: number[], c: GroupContext): Promise<number[]> {
  const groups = new Map<string, { pinned: string[]; list: number[] }>()
  const left: number[] = []
  for (const i of unknown) {
    const tx = c.txs[i]!
    const sel = selectorOf(tx.data)
    const callee = tx.to === null ? undefined : base.account(tx.to.slice(2).toLowerCase())
    if (sel === undefined || callee === undefined || callee.codeHash === EMPTY_CODE_HASH || tx.type === 4) {
      left.push(i)
      continue
    }
    // In calldata order: a swap's path [A, B] and [B, A] are different templates.
    const pinned = addressWords(tx).filter((a) => (base.account(a)?.codeHash ?? EMPTY_CODE_HASH) !== EMPTY_CODE_HASH)
    const key = `${callee.codeHash}:${sel}:${pinned.join(',')}`
    const g = groups.get(key)
    if (g === undefined) groups.set(key, { pinned, list: [i] })
    else g.list.push(i)
  }
  for (const [key, { pinned, list }] of groups) {
    // A call alone in its group: learning from it would cost what simulating it does.
    if (list.length < 2 && c.cache.get(key) === undefined) left.push(...list)
    else left.push(...(await learnGroup(key, list, pinned, c)))
  }
  orderPredicted(unknown, c)
  return left
}

/**
 * Predicted calls keep the ordering keys 'arguments' would give them (as the calls
 * left unknown get): a group whose template could not be learned (the reverse swap of
 * a chain, say) must still be ordered after the calls on the same contracts that were
 * predicted, or the graph shows parallelism the block does not have. Measured on
 * chain-uniswap (scale 0.05): without it the graph allowed 1.89x, `dag` ran the chain
 * in parallel at 0.74x of sequential with 1,567 re-executions; with it the block goes to
 * the sequential engine.
 */
function orderPredicted(calls: number[], c: GroupContext): void {
  for (const i of calls) {
    const a = c.perTx[i]
    if (a === undefined) continue
    const keys = orderingKeys(c.txs[i]!, 'arguments')
    if (keys !== undefined) a.orderedOn = keys
  }
}

/**
 * One-shot convenience: hints for one block (starting and closing a worker pool if
 * `workers` > 0; start-up is reported in timings.startupMs, not in totalMs). Prefer
 * HintsEngine for many blocks.
 */
export async function simulateHints(block: BlockInput, opts: HintOptions & { workers?: number } = {}): Promise<BlockHints> {
  const engine = await HintsEngine.create({ workers: opts.workers })
  try {
    return await engine.hints(block, opts)
  } finally {
    await engine.close()
  }
}
