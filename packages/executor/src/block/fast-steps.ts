/**
 * A step loop for @ethereumjs/evm's interpreter that runs static-gas opcodes
 * synchronously.
 *
 * The stock loop awaits `runStep` for every opcode, and `runStep` is an async
 * function: a promise and a microtask turn per PUSH, DUP or ADD. Most opcodes a
 * contract executes have a fixed fee and a synchronous handler, so for them this loop
 * does what `runStep` does - reject an invalid opcode, charge the fee, advance the
 * program counter, run the handler, commit the access witness - without awaiting.
 * Opcodes with dynamic gas or an async handler (memory, storage, calls, logs) still
 * go through the stock `runStep`, awaited.
 *
 * Only EVMs that `enableFastSteps` marks take this loop, and only in the plain case:
 * no step listeners or debug logging, no profiler, no EOF (EIP-3540), no stateless
 * code-chunk charging (EIP-6800/7864), no block-level access lists (EIP-7928). Any
 * other interpreter - @ethereumjs/vm's in the reference engine among them - runs the
 * stock loop, so the reference stays independent of this code.
 */
import { EVMError } from '@ethereumjs/evm'
import type { EVM } from '@ethereumjs/evm'

const FAST = Symbol('blockstm.fastSteps')

interface OpInfo {
  code: number
  feeBigInt: bigint
  dynamicGas: boolean
  isAsync: boolean
  isInvalid: boolean
}
interface OpEntry {
  opcodeInfo: OpInfo
  opHandler: (runState: RunState, common: unknown) => unknown
}
interface RunState {
  stack: { readonly length: number; pop(): bigint; push(v: bigint): void }
  memoryWordCount: bigint
  highestMemCost: bigint
  programCounter: number
  code: Uint8Array
  opCode: number
  gasLeft: bigint
  validJumps: Uint8Array
  cachedPushes: unknown
  shouldDoJumpAnalysis: boolean
  env: { accessWitness?: { commit(): void; revert(): void } }
  eip7928PostTargetCallOog?: unknown
  eip8037BurnLeftoverAfterCreateHaltOntoAlive?: boolean
}
type RunResult = { runState: RunState; exceptionError: EVMError | undefined }
interface InterpreterLike {
  _evm: { [FAST]?: boolean; events: { listenerCount(event: string): number }; DEBUG: boolean; _opcodeMap: (OpEntry | undefined)[] }
  _runState: RunState
  common: { isActivatedEIP(eip: number): boolean; param(name: string): bigint }
  profilerOpts?: { enabled?: boolean }
  run(code: Uint8Array, opts?: { pc?: number }): Promise<RunResult>
  runStep(entry?: OpEntry): Promise<void>
  useGas(amount: bigint, context?: unknown): void
  lookupOpInfo(op: number): OpEntry
  _getValidJumpDestinations(code: Uint8Array): { jumps: Uint8Array; pushes: unknown; opcodesCached: OpEntry[] }
}

/**
 * Dynamic gas computed here, synchronously, as the stock handlers compute it: those of
 * MLOAD, MSTORE, MSTORE8 (memory expansion at the offset on top of the stack) and
 * KECCAK256 (memory expansion, and a fee per word hashed) are async functions with
 * synchronous bodies, so through runStep each opcode cost two promises - and Solidity
 * touches memory on nearly every other step and hashes for every mapping access.
 * Each function may throw as the stock one does (underflow from its peek).
 */
type SyncGas = (rs: RunState, common: InterpreterLike['common']) => bigint
const SYNC_GAS: Record<number, SyncGas | undefined> = {
  0x51: (rs, common) => memoryExpansionGas(rs, peek(rs.stack), 32n, common),
  0x52: (rs, common) => memoryExpansionGas(rs, peek(rs.stack), 32n, common),
  0x53: (rs, common) => memoryExpansionGas(rs, peek(rs.stack), 1n, common),
  0x20: (rs, common) => {
    const [offset, length] = peek2(rs.stack)
    return memoryExpansionGas(rs, offset, length, common) + common.param('keccak256WordGas') * words(length)
  },
}

/** stack.peek()[0] without its array: the same underflow. */
function peek(stack: RunState['stack']): bigint {
  if (stack.length < 1) throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW)
  const v = stack.pop()
  stack.push(v)
  return v
}

const PAIR: [bigint, bigint] = [0n, 0n]
/** stack.peek(2): [top, second], in a reused pair (read at once). */
function peek2(stack: RunState['stack']): [bigint, bigint] {
  if (stack.length < 2) throw new EVMError(EVMError.errorMessages.STACK_UNDERFLOW)
  const a = stack.pop()
  const b = stack.pop()
  stack.push(b)
  stack.push(a)
  PAIR[0] = a
  PAIR[1] = b
  return PAIR
}

/** @ethereumjs/evm's subMemUsage: the fee for growing memory to cover [offset, offset + length), updating the run state's high-water marks. */
function memoryExpansionGas(rs: RunState, offset: bigint, length: bigint, common: InterpreterLike['common']): bigint {
  if (length === 0n) return 0n // an empty access does not extend memory
  const count = words(offset + length)
  if (count <= rs.memoryWordCount) return 0n
  let cost = count * common.param('memoryGas') + (count * count) / common.param('quadCoefficientDivGas')
  if (cost > rs.highestMemCost) {
    const before = rs.highestMemCost
    rs.highestMemCost = cost
    cost -= before
  }
  rs.memoryWordCount = count
  return cost
}

/** 32-byte words covering `bytes` (divCeil(bytes, 32)). */
const words = (bytes: bigint): bigint => bytes / 32n + (bytes % 32n === 0n ? 0n : 1n)

/** EIPs whose per-step work the fast loop does not do (see the header). */
const UNSUPPORTED_EIPS = [3540, 6800, 7864, 7928, 8037]

/** Marks `evm` for the fast loop (patchRun must have patched the interpreter class). */
export function enableFastSteps(evm: EVM): void {
  ;(evm as unknown as { [FAST]?: boolean })[FAST] = true
}

function eligible(it: InterpreterLike, code: Uint8Array, pc: number): boolean {
  if (it._evm[FAST] !== true || it.profilerOpts?.enabled === true || it._evm.DEBUG || it._evm.events.listenerCount('step') > 0) return false
  for (const eip of UNSUPPORTED_EIPS) if (it.common.isActivatedEIP(eip)) return false
  // The stock loop throws on an out-of-range start; let it.
  return pc === 0 || (pc > 0 && pc < code.length)
}

/** Call frames run by each loop in this thread (for tests and profiling). */
export const fastStepCounters = { fast: 0, stock: 0 }

const isEvmError = (e: unknown): e is EVMError => typeof e === 'object' && e !== null && (e as { errorType?: unknown }).errorType === 'EVMError'

/** Replaces Interpreter.prototype.run with the fast loop for marked EVMs (the stock one for the rest). */
export function patchRun(proto: InterpreterLike): void {
  const stock = proto.run
  if (typeof stock !== 'function' || typeof proto.runStep !== 'function' || typeof proto.useGas !== 'function') return
  proto.run = function (this: InterpreterLike, code: Uint8Array, opts: { pc?: number } = {}): Promise<RunResult> {
    const pc = opts.pc ?? this._runState.programCounter
    if (!eligible(this, code, pc)) {
      fastStepCounters.stock++
      return stock.call(this, code, opts)
    }
    fastStepCounters.fast++
    return fastRun(this, code, pc)
  }
}

async function fastRun(it: InterpreterLike, code: Uint8Array, pc0: number): Promise<RunResult> {
  const rs = it._runState
  rs.code = code
  rs.programCounter = pc0
  let err: EVMError | undefined
  // Opcode entries straight from the EVM's table (what lookupOpInfo returns, and what the
  // stock loop's per-code copy holds), so this loop never makes the analysis build that copy.
  const table = it._evm._opcodeMap
  let analysed = false
  while (rs.programCounter < code.length) {
    const pc = rs.programCounter
    const op = code[pc]!
    if (!analysed && (op === 0x56 || op === 0x57 || op === 0x5e)) {
      // As the stock loop: analyse jump destinations once the code shows a jump.
      const a = it._getValidJumpDestinations(code)
      rs.validJumps = a.jumps
      rs.cachedPushes = a.pushes
      rs.shouldDoJumpAnalysis = false
      analysed = true
    }
    rs.opCode = op
    try {
      const e = table[op]!
      const info = e.opcodeInfo
      const syncGas = info.dynamicGas && !info.isAsync ? SYNC_GAS[info.code] : undefined
      if (syncGas !== undefined && rs.eip7928PostTargetCallOog === undefined) {
        // runStep's order: the gas handler (its peek may underflow), the invalid check, the fee.
        const fee = info.feeBigInt + syncGas(rs, it.common)
        if (info.isInvalid) throw new EVMError(EVMError.errorMessages.INVALID_OPCODE)
        it.useGas(fee, info)
        rs.programCounter++
        e.opHandler(rs, it.common)
        rs.env.accessWitness?.commit()
      } else if (info.dynamicGas || info.isAsync || rs.eip7928PostTargetCallOog !== undefined) await it.runStep(e)
      else {
        if (info.isInvalid) throw new EVMError(EVMError.errorMessages.INVALID_OPCODE)
        it.useGas(info.feeBigInt, info)
        rs.programCounter++
        e.opHandler(rs, it.common)
        rs.env.accessWitness?.commit()
      }
    } catch (e) {
      rs.env.accessWitness?.revert()
      if (!isEvmError(e)) throw e
      if (e.error !== EVMError.errorMessages.STOP) err = e
      break
    }
  }
  if (err === undefined && rs.eip8037BurnLeftoverAfterCreateHaltOntoAlive === true && rs.gasLeft > 0n) {
    rs.gasLeft = 0n
    err = new EVMError(EVMError.errorMessages.OUT_OF_GAS)
  }
  return { runState: rs, exceptionError: err }
}
