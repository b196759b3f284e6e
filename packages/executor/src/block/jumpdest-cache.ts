/**
 * Caches @ethereumjs/evm's jump-destination analysis per contract code.
 *
 * The interpreter re-analyses a contract's code on every call frame: a pass over
 * every byte that also converts each PUSH immediate to a BigInt and builds an
 * opcode table as long as the code. For contract-heavy blocks that is 10–15% of
 * execution (ERC20, swaps). The result depends only on the code bytes and the EVM's
 * opcode table, and the interpreter only reads it, so it is cached per EVM in a
 * WeakMap keyed by the code's Uint8Array (state views return the same instance for
 * the same code).
 *
 * Our EVMs (makeEvm) analyse with `analyse` below rather than the stock pass; any other
 * EVM, @ethereumjs/vm's in the reference engine among them, keeps the stock pass, cached.
 *
 * The Interpreter class is not exported, so its prototype is captured from the first
 * instance: its constructor's first statement assigns `this.opDebuggers`, which a
 * one-shot setter on Object.prototype intercepts, then removes itself. The captured
 * prototype also gets fast-steps.ts's run loop (one capture serves both patches).
 */
import { patchRun } from './fast-steps.js'
import { push } from './word-opcodes.js'
import { pushValue } from './words.js'

interface Analysis {
  readonly jumps: Uint8Array
  readonly pushes: Record<number, bigint>
  readonly opcodesCached: unknown[]
}
export interface InterpreterLike {
  _evm: object
  common: { isActivatedEIP(eip: number): boolean }
  lookupOpInfo(op: number): unknown
  _getValidJumpDestinations(code: Uint8Array): Analysis
}

let installed = false
// The Interpreter class, for lean-run-interpreter.ts (typed there).
let captured: (new (...args: never[]) => never) | undefined
/** The Interpreter class, once the first instance was built (undefined before). */
export const interpreterClass = <T>(): T | undefined => captured as T | undefined
const cache = new WeakMap<object, WeakMap<Uint8Array, Analysis>>()

/** The EVMs makeEvm built (evm.ts): only they take our analysis. */
const oursEvms = new WeakSet<object>()

/** Marks an EVM of ours: its interpreters analyse code with `analyse` below. */
export function useOurJumpAnalysis(evm: object): void {
  oursEvms.add(evm)
}

/** The stock pass, kept when the prototype is patched: for comparisons (tests). */
let stockPass: InterpreterLike['_getValidJumpDestinations'] | undefined

/** The stock @ethereumjs/evm analysis of `code` (after an EVM of ours was built, which captures it). */
export function stockJumpAnalysis(it: InterpreterLike, code: Uint8Array): Analysis {
  if (stockPass === undefined) throw new Error('no Interpreter was built yet: the stock analysis is captured with the first one')
  return stockPass.call(it, code)
}

function patch(proto: InterpreterLike): void {
  const stock = proto._getValidJumpDestinations
  stockPass = stock
  proto._getValidJumpDestinations = function (this: InterpreterLike, code: Uint8Array): Analysis {
    let perEvm = cache.get(this._evm)
    if (perEvm === undefined) cache.set(this._evm, (perEvm = new WeakMap()))
    let a = perEvm.get(code)
    if (a === undefined) {
      // Only our EVMs take our pass: @ethereumjs/vm's (the reference) keeps the stock one, only
      // cached. EIP-8024's immediates change what is code and what is data: the stock pass knows
      // them. BLOCKSTM_STOCK_JUMPS=1 takes the stock pass too (for comparisons; read per analysis).
      const ours = oursEvms.has(this._evm) && !this.common.isActivatedEIP(8024) && process.env.BLOCKSTM_STOCK_JUMPS !== '1'
      a = ours ? analyse(this, code) : stock.call(this, code)
      perEvm.set(code, a)
    }
    return a
  }
}

/**
 * The stock analysis, faster: the same valid jump destinations and opcode entries. The stock
 * pass also turns every PUSH immediate in the code into a BigInt through a hex string
 * (`bytesToBigInt`, a truncated one padded with an array spread) into an object keyed by
 * position; on the mainnet fixtures, whose blocks call ~120 distinct contracts each (the
 * cache above is per EVM, an EVM per block), the stock pass was ~15% of sequential
 * execution. Here, when the EVM runs our PUSH handler (word-opcodes.ts), the values are
 * left to it: it computes each on first execution and keeps it in the same array (most of
 * a contract's PUSHes never run in a block). With the stock PUSH handler they are computed
 * here, without hex (words.ts `pushValue`). Checked against the stock pass on every
 * contract of the vendored fixtures and generated workloads (test/jumpdest-cache.test.ts).
 */
export function analyse(it: InterpreterLike, code: Uint8Array, lazyPushes = runsOurPush(it)): Analysis {
  const n = code.length
  const jumps = new Uint8Array(n)
  const pushes: bigint[] = new Array<bigint>(n)
  for (let i = 0; i < n; i++) {
    const op = code[i]!
    if (op > 0x7f) continue
    if (op >= 0x60) {
      const len = op - 0x5f
      if (!lazyPushes) pushes[i + 1] = pushValue(code, i + 1, len)
      i += len
    } else if (op === 0x5b) jumps[i] = 1
  }
  return new LazyAnalysis(it, code, jumps, pushes)
}

/**
 * An analysis whose per-position opcode table (`opcodesCached`, as long as the code) is
 * built on first access: only the stock step loop reads it (fast-steps.ts looks entries up
 * in the EVM's table by opcode), and building it was most of the analysis's remaining cost.
 */
class LazyAnalysis implements Analysis {
  private table: unknown[] | undefined
  // The EVM and the lookup, not the interpreter: an analysis is cached for the EVM's life,
  // and a kept interpreter would keep its memory and stack alive through every collection.
  private readonly owner: Pick<InterpreterLike, '_evm'>
  private readonly lookup: InterpreterLike['lookupOpInfo']

  constructor(
    it: InterpreterLike,
    private readonly code: Uint8Array,
    readonly jumps: Uint8Array,
    readonly pushes: bigint[],
  ) {
    this.owner = { _evm: it._evm }
    this.lookup = it.lookupOpInfo
  }

  /** The stock pass's opcode table: each opcode's entry at its position, holes over PUSH data. */
  get opcodesCached(): unknown[] {
    if (this.table !== undefined) return this.table
    const code = this.code
    const table = new Array<unknown>(code.length)
    for (let i = 0; i < code.length; i++) {
      const op = code[i]!
      table[i] = this.lookup.call(this.owner, op)
      if (op >= 0x60 && op <= 0x7f) i += op - 0x5f
    }
    return (this.table = table)
  }
}

/** Whether this interpreter's EVM runs word-opcodes.ts's PUSH handler (which fills cachedPushes itself). */
function runsOurPush(it: InterpreterLike): boolean {
  return (it.lookupOpInfo(0x60) as { opHandler?: unknown } | undefined)?.opHandler === push
}

export function installJumpdestCache(): void {
  if (installed) return
  installed = true
  Object.defineProperty(Object.prototype, 'opDebuggers', {
    configurable: true,
    set(this: object, value: unknown) {
      // First Interpreter under construction: patch its class once, then step aside.
      delete (Object.prototype as { opDebuggers?: unknown }).opDebuggers
      const proto = Object.getPrototypeOf(this) as InterpreterLike
      captured = (proto as unknown as { constructor: typeof captured }).constructor
      if (typeof proto._getValidJumpDestinations === 'function') patch(proto)
      patchRun(proto as unknown as Parameters<typeof patchRun>[0])
      Object.defineProperty(this, 'opDebuggers', { value, writable: true, enumerable: true, configurable: true })
    },
  })
}
