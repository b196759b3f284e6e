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
 * The Interpreter class is not exported, so its prototype is captured from the first
 * instance: its constructor's first statement assigns `this.opDebuggers`, which a
 * one-shot setter on Object.prototype intercepts, then removes itself. The captured
 * prototype also gets fast-steps.ts's run loop (one capture serves both patches).
 */
import { patchRun } from './fast-steps.js'

type Analysis = { jumps: Uint8Array; pushes: Record<number, bigint>; opcodesCached: unknown[] }
interface InterpreterLike {
  _evm: object
  _getValidJumpDestinations(code: Uint8Array): Analysis
}

let installed = false
// The Interpreter class, for lean-run-interpreter.ts (typed there).
let captured: (new (...args: never[]) => never) | undefined
/** The Interpreter class, once the first instance was built (undefined before). */
export const interpreterClass = <T>(): T | undefined => captured as T | undefined
const cache = new WeakMap<object, WeakMap<Uint8Array, Analysis>>()

function patch(proto: InterpreterLike): void {
  const analyse = proto._getValidJumpDestinations
  proto._getValidJumpDestinations = function (this: InterpreterLike, code: Uint8Array): Analysis {
    let perEvm = cache.get(this._evm)
    if (perEvm === undefined) cache.set(this._evm, (perEvm = new WeakMap()))
    let a = perEvm.get(code)
    if (a === undefined) perEvm.set(code, (a = analyse.call(this, code)))
    return a
  }
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
