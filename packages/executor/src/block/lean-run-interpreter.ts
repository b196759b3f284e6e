/**
 * EVM.runInterpreter without building `runState` for every call frame.
 *
 * The stock method ends by spreading the interpreter's run state, its result and its
 * environment - some forty properties - into a fresh `runState` object for the frame's
 * result, which nothing inside @ethereumjs/evm reads again (the callers take
 * `exceptionError`, `executionGasUsed`, `returnValue`, `logs`, ...; our transaction code
 * takes no `runState` either). On a block of swaps that spread was ~14% of execution.
 * This replacement does what the stock method does, line for line, and defines
 * `runState` as a getter that builds the same object on first access, so a caller that
 * does read it sees what the stock one returns.
 *
 * Installed per EVM (makeEvm; @ethereumjs/vm's EVM in the reference engine keeps the
 * stock method), and only where the stock method is the one replicated here: its source
 * must show the same steps (SHAPE). The Interpreter class is not exported; it is the one
 * jumpdest-cache.ts captures from the first instance, so the first frame of a process
 * runs the stock method. `BLOCKSTM_STOCK_CALLS=1` keeps the stock method (comparisons).
 */
import { EVMError } from '@ethereumjs/evm'
import type { EVM } from '@ethereumjs/evm'
import { Account, createZeroAddress } from '@ethereumjs/util'

type InterpreterClass = new (...args: unknown[]) => {
  _result: { logs: unknown[]; returnValue?: Uint8Array; selfdestruct: unknown; createdAddresses?: unknown }
  _env: object
  run(code: Uint8Array, opts: object): Promise<{ runState: { gasLeft: bigint; gasRefund: bigint; stateGasSpilled: bigint }; exceptionError?: EVMError }>
}

interface Message {
  to?: unknown
  caller?: unknown
  data?: Uint8Array
  value?: bigint
  code: Uint8Array
  isStatic?: boolean
  isCreate?: boolean
  depth?: number
  codeAddress?: unknown
  gasRefund?: bigint
  chargeCodeAccesses?: boolean
  blobVersionedHashes?: Uint8Array[]
  accessWitness?: { commit(): void }
  createdAddresses?: unknown
  selfdestruct?: unknown
  gasLimit: bigint
}

interface EvmInternals {
  runInterpreter(message: Message, opts?: { initialLogs?: unknown[] }): Promise<unknown>
  stateManager: { getAccount(address: unknown): Promise<Account | undefined> }
  blockchain: unknown
  journal: unknown
  performanceLogger: unknown
  _optsCached: { profiler?: unknown }
  _tx: { gasPrice: bigint; origin?: unknown }
  _block?: unknown
}

/** Steps of the stock method this file replicates, in its source (esbuild keeps names). */
export const SHAPE = ['getAccount(', 'new Interpreter(', 'initialLogs', 'interpreter.run(', 'INVALID_EOF_FORMAT', 'accessWitness?.commit()', '...interpreterRes.runState', 'stateGasSpilled']

export function installLeanRunInterpreter(evm: EVM, interpreterClass: () => InterpreterClass | undefined): void {
  const e = evm as unknown as EvmInternals
  const stock = e.runInterpreter
  if (typeof stock !== 'function') return
  const src = stock.toString()
  if (!SHAPE.every((step) => src.includes(step))) return
  e.runInterpreter = function (this: EvmInternals, message: Message, opts: { initialLogs?: unknown[] } = {}): Promise<unknown> {
    const I = interpreterClass()
    // runCall sets the block before any frame runs; without one, or the class, the stock method.
    if (I === undefined || this._block === undefined) return stock.call(this, message, opts)
    return leanRun(this, I, message, opts)
  }
}

async function leanRun(evm: EvmInternals, I: InterpreterClass, message: Message, opts: { initialLogs?: unknown[] }): Promise<unknown> {
  const contract = (await evm.stateManager.getAccount(message.to ?? createZeroAddress())) ?? new Account()
  const env = {
    address: message.to ?? createZeroAddress(),
    caller: message.caller ?? createZeroAddress(),
    callData: message.data ?? Uint8Array.from([0]),
    callValue: message.value ?? 0n,
    code: message.code,
    isStatic: message.isStatic ?? false,
    isCreate: message.isCreate ?? false,
    depth: message.depth ?? 0,
    gasPrice: evm._tx.gasPrice,
    origin: evm._tx.origin ?? message.caller ?? createZeroAddress(),
    block: evm._block,
    contract,
    codeAddress: message.codeAddress,
    gasRefund: message.gasRefund,
    chargeCodeAccesses: message.chargeCodeAccesses,
    blobVersionedHashes: message.blobVersionedHashes ?? [],
    accessWitness: message.accessWitness,
    createdAddresses: message.createdAddresses,
    initialLogs: opts.initialLogs,
  }
  const interpreter = new I(evm, evm.stateManager, evm.blockchain, env, message.gasLimit, evm.journal, evm.performanceLogger, evm._optsCached.profiler)
  if (message.selfdestruct) interpreter._result.selfdestruct = message.selfdestruct
  if (message.createdAddresses) interpreter._result.createdAddresses = message.createdAddresses
  const res = await interpreter.run(message.code, opts)
  let result: InstanceType<InterpreterClass>['_result'] = interpreter._result
  let gasUsed = message.gasLimit - res.runState.gasLeft
  const err = res.exceptionError
  if (err) {
    if (err.error !== EVMError.errorMessages.REVERT && err.error !== EVMError.errorMessages.INVALID_EOF_FORMAT) gasUsed = message.gasLimit
    result = { ...result, logs: [], selfdestruct: new Map(), createdAddresses: new Set() }
  }
  message.accessWitness?.commit()
  const out = {
    ...result,
    runState: undefined as unknown,
    exceptionError: err,
    gas: res.runState?.gasLeft,
    executionGasUsed: gasUsed,
    gasRefund: res.runState.gasRefund,
    stateGasSpilled: res.runState.stateGasSpilled,
    returnValue: result.returnValue ?? new Uint8Array(0),
  }
  // The stock object, built only if someone reads it (in the stock method's place among the keys).
  let runState: unknown
  Object.defineProperty(out, 'runState', {
    enumerable: true,
    configurable: true,
    get: () => (runState ??= { ...res.runState, ...result, ...interpreter._env }),
    set: (v: unknown) => void (runState = v),
  })
  return out
}
