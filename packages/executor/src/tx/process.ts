/**
 * Transaction processing around `@ethereumjs/evm`: validity, gas purchase, warm
 * sets, the call, refunds, fees, self-destructs, EIP-161 clean-up and the receipt.
 * One code path for every engine; only the state under the EVM differs.
 *
 * Follows `@ethereumjs/vm` runTx for Frontier through Prague (EIPs beyond Prague
 * are not enabled here), without the per-transaction costs that runTx adds for
 * features we do not use (events, profiler, block-level access lists).
 */
import type { EVM } from '@ethereumjs/evm'
import { Account, Address, KECCAK256_NULL, bytesToHex, equalsBytes, hexToBytes } from '@ethereumjs/util'

import type { BlockEnv } from '../block/env.js'
import { bloomAdd } from '../block/bloom.js'
import { withLogsBytes } from '../block/receipts.js'
import { InvalidTransactionError } from '../errors.js'
import type { InvalidTxReason } from '../errors.js'
import type { Hex, LogEntry, Receipt } from '../types.js'
import { applyAuthorizations } from './authorizations.js'
import type { PreparedTx } from './prepared.js'
import type { TxState } from '../state/tx-state.js'
import { EMPTY_CODE_HASH } from '../state/base.js'
import type { AccountRecord, MaybePromise } from '../state/base.js'

const DELEGATION_PREFIX = Uint8Array.of(0xef, 0x01, 0x00)
const MAX_NONCE = (1n << 64n) - 1n
/** Never written: see TxOutcome.rawLogs. */
const SHARED_ZERO_BLOOM = new Uint8Array(256)
/** A transfer's logs where the caller reads them only (rawLogs: a worker): one frozen array, not one per transfer. */
const NO_LOGS = Object.freeze([]) as unknown as LogEntry[]

export interface TxOutcome {
  status: 0 | 1
  gasUsed: bigint
  beneficiaryFee: bigint
  /** The logs as hex (empty when `rawLogs` is set instead). */
  logs: LogEntry[]
  /**
   * With `processTx(…, { rawLogs: true })`: the EVM's logs as bytes ([address, topics, data]),
   * and `logs` empty. The parallel engine's workers encode these bytes into their reply
   * directly: hex strings there were made only to be parsed back (~3% of an ERC20 worker).
   * Then a log-less outcome's `logsBloom` is one shared zero array (the encoder only
   * reads it): a 256-byte buffer per transaction was an off-heap allocation the GC tracks.
   */
  rawLogs?: RawLog[]
  logsBloom: Uint8Array
  contractAddress: Hex | null
  error?: string
}

/** How the beneficiary's fee is paid: directly (sequential) or as a lazy delta (parallel). */
export type CreditBeneficiary = (evm: EVM, env: BlockEnv, fee: bigint) => Promise<void>

/**
 * The default: a positive fee is a lazy credit (TxState.addBalanceDelta), so
 * transactions do not all read-modify-write the beneficiary. A zero fee still
 * touches the account as runTx does (EIP-161 may then delete it if empty); a
 * positive fee leaves it non-empty, so not touching it changes nothing.
 */
export const creditBeneficiary: CreditBeneficiary = async (evm, env, fee) => {
  if (fee > 0n) {
    ;(evm.stateManager as TxState).addBalanceDelta(env.coinbaseKey, fee)
    return
  }
  const acc = (await evm.stateManager.getAccount(env.coinbase)) ?? new Account()
  await evm.journal.putAccount(env.coinbase, acc)
}

function invalid(tx: PreparedTx, reason: InvalidTxReason, detail: string): never {
  throw new InvalidTransactionError(tx.index, reason, detail)
}

/** Checks that need no state. `blockGasUsed` is the gas used by earlier transactions. */
export function checkStatic(tx: PreparedTx, env: BlockEnv, blockGasUsed: bigint): void {
  const t = tx.input
  const e = env.eip
  if ((t.type === 1 && !e.e2930) || (t.type === 2 && !e.e1559) || (t.type === 3 && !e.e4844) || (t.type === 4 && !e.e7702)) {
    invalid(tx, 'TX_TYPE_NOT_ACTIVE', `type ${t.type} transactions are not valid in ${env.input.hardfork}`)
  }
  if (t.gasLimit > env.gasLimit) invalid(tx, 'GAS_LIMIT_ABOVE_BLOCK', `gas ${t.gasLimit} > block gas limit ${env.gasLimit}`)
  if (blockGasUsed + t.gasLimit > env.gasLimit) {
    invalid(tx, 'BLOCK_GAS_EXHAUSTED', `gas ${t.gasLimit} + block gas used ${blockGasUsed} > block gas limit ${env.gasLimit}`)
  }
  const minGas = tx.intrinsicGas > tx.floorGas ? tx.intrinsicGas : tx.floorGas
  if (t.gasLimit < minGas) invalid(tx, 'INTRINSIC_GAS_TOO_LOW', `gas ${t.gasLimit} < intrinsic ${minGas}`)
  if (t.nonce >= MAX_NONCE) invalid(tx, 'NONCE_MAX', `nonce ${t.nonce} is not below 2^64-1`)
  if (e.e3860 && t.to === null && t.data.length > Number(env.common.param('maxInitCodeSize'))) {
    invalid(tx, 'INITCODE_TOO_LARGE', `initcode of ${t.data.length} bytes`)
  }
  if (t.type >= 2 && t.maxPriorityFeePerGas! > t.maxFeePerGas!) {
    invalid(tx, 'PRIORITY_FEE_ABOVE_FEE_CAP', `maxPriorityFeePerGas ${t.maxPriorityFeePerGas} > maxFeePerGas ${t.maxFeePerGas}`)
  }
  if (env.baseFee !== undefined) {
    const cap = t.type >= 2 ? t.maxFeePerGas! : t.gasPrice!
    if (cap < env.baseFee) invalid(tx, 'FEE_CAP_BELOW_BASE_FEE', `fee cap ${cap} < base fee ${env.baseFee}`)
  }
  if (t.type === 3) {
    if (t.blobVersionedHashes!.length === 0) invalid(tx, 'BLOB_TX_INVALID', 'no blob versioned hashes')
    if (t.maxFeePerBlobGas! < env.blobGasPrice) {
      invalid(tx, 'BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE', `maxFeePerBlobGas ${t.maxFeePerBlobGas} < blob gas price ${env.blobGasPrice}`)
    }
  }
  if (t.type === 4 && t.authorizationList!.length === 0) invalid(tx, 'AUTHORIZATION_LIST_EMPTY', 'empty authorization list')
}

function warm(evm: EVM, env: BlockEnv, tx: PreparedTx): void {
  const j = evm.journal
  if (tx.input.type >= 1) {
    for (const item of tx.accessList) {
      j.addAlwaysWarmAddress(item.address, true)
      for (const slot of item.slots) j.addAlwaysWarmSlot(item.address, slot, true)
    }
  }
  if (!env.eip.e2929) return
  for (const [a] of evm.precompiles) j.addAlwaysWarmAddress(a)
  j.addAlwaysWarmAddress(tx.callerKey)
  if (tx.toKey !== undefined) j.addAlwaysWarmAddress(tx.toKey)
  if (env.eip.e3651) j.addAlwaysWarmAddress(env.coinbaseKey)
}

/** Sender checks against state: EIP-3607, balance for the upfront and max cost, nonce. */
async function checkSender(evm: EVM, tx: PreparedTx, balance: bigint, nonce: bigint, hasCode: boolean): Promise<void> {
  if (hasCode) {
    const code = await evm.stateManager.getCode(tx.caller)
    const delegated = code.length >= 3 && equalsBytes(code.subarray(0, 3), DELEGATION_PREFIX)
    if (!(delegated && evm.common.isActivatedEIP(7702))) invalid(tx, 'SENDER_NOT_EOA', `sender ${tx.input.from} has code (EIP-3607)`)
  }
  checkFunds(tx, balance, nonce)
}

/** checkSender's part that needs no code: balance for the upfront and max cost, nonce. */
function checkFunds(tx: PreparedTx, balance: bigint, nonce: bigint): void {
  const need = tx.upfrontGasCost + tx.input.value
  if (balance < need || balance < tx.maxCost) {
    invalid(tx, 'INSUFFICIENT_FUNDS', `sender ${tx.input.from} has ${balance}, needs ${need > tx.maxCost ? need : tx.maxCost}`)
  }
  if (nonce !== tx.input.nonce) {
    invalid(tx, nonce > tx.input.nonce ? 'NONCE_TOO_LOW' : 'NONCE_TOO_HIGH', `account nonce ${nonce}, tx nonce ${tx.input.nonce}`)
  }
}

/**
 * Executes one transaction on `evm` (whose state manager holds the state as of
 * the start of this transaction). Throws InvalidTransactionError when the
 * transaction is not valid; any other thrown error comes from the state view
 * (e.g. a parallel read that must abort) and propagates unchanged. A plain transfer
 * takes directTransfer's path, unless `opts.directTried` says the caller already
 * called directTransfer and it declined (the engines go through executeTx, which
 * tries it first: it is synchronous when the state is, so a transfer costs no promise).
 */
export async function processTx(
  evm: EVM,
  env: BlockEnv,
  tx: PreparedTx,
  credit: CreditBeneficiary = creditBeneficiary,
  opts: { rawLogs?: boolean; directTried?: boolean } = {},
): Promise<TxOutcome> {
  if (credit === creditBeneficiary && opts.directTried !== true) {
    const fast = await directTransfer(evm, env, tx, opts.rawLogs === true)
    if (fast !== undefined) return fast
  }
  const journal = evm.journal
  const state = evm.stateManager
  resetTransientStorage(evm)
  await journal.cleanup()
  await journal.checkpoint()
  try {
    warm(evm, env, tx)
    const t = tx.input
    const from = (await state.getAccount(tx.caller)) ?? new Account()
    await checkSender(evm, tx, from.balance, from.nonce, !equalsBytes(from.codeHash, KECCAK256_NULL))

    // Buy gas, bump the nonce.
    from.balance -= tx.upfrontGasCost
    await journal.putAccount(tx.caller, from)
    from.nonce += 1n
    await journal.putAccount(tx.caller, from)

    const gasLimit = t.gasLimit - tx.intrinsicGas
    await journal.checkpoint()
    let gasRefund = t.type === 4 ? await applyAuthorizations(evm, env, t) : 0n
    let results
    try {
      results = (await plainTransfer(evm, tx, from)) ?? await evm.runCall({
        block: env.evmBlock as never,
        gasPrice: tx.gasPrice,
        caller: tx.caller,
        gasLimit,
        to: tx.to,
        value: t.value,
        data: t.data,
        blobVersionedHashes: tx.input.blobVersionedHashes,
        skipNonceIncrement: true,
      })
    } catch (e) {
      await journal.revert()
      throw e
    }
    await journal.commit()
    const exec = results.execResult

    // Gas used, refunds (capped: used/2, or used/5 from EIP-3529), EIP-7623 floor.
    let gasUsed = exec.executionGasUsed + tx.intrinsicGas
    gasRefund += exec.gasRefund ?? 0n
    if (gasRefund > 0n) {
      const maxRefund = gasUsed / env.common.param('maxRefundQuotient')
      gasUsed -= gasRefund < maxRefund ? gasRefund : maxRefund
    }
    if (gasUsed < tx.floorGas) gasUsed = tx.floorGas

    // Unused gas back to the sender.
    const sender = (await state.getAccount(tx.caller)) ?? new Account()
    sender.balance += (t.gasLimit - gasUsed) * tx.gasPrice
    await journal.putAccount(tx.caller, sender)

    const fee = env.eip.e1559 ? gasUsed * tx.inclusionFeePerGas : gasUsed * tx.gasPrice
    await credit(evm, env, fee)

    await processSelfdestructs(evm, env, exec.selfdestruct, exec.createdAddresses)
    const raw = opts.rawLogs === true
    const logs = raw ? [] : toLogs(exec.logs)
    await journal.cleanup()
    await journal.commit()
    const failed = exec.exceptionError !== undefined
    return {
      status: failed ? 0 : 1,
      gasUsed,
      beneficiaryFee: fee,
      logs,
      ...(raw ? { rawLogs: exec.logs ?? [] } : {}),
      logsBloom: raw && (exec.logs ?? []).length === 0 ? SHARED_ZERO_BLOOM : bloomOf(exec.logs),
      contractAddress: t.to === null && !failed && results.createdAddress ? (results.createdAddress.toString() as Hex) : null,
      error: exec.exceptionError?.error,
    }
  } catch (e) {
    await journal.revert()
    throw e
  } finally {
    journal.cleanJournal()
  }
}

async function processSelfdestructs(
  evm: EVM,
  env: BlockEnv,
  destructs: Map<string, unknown> | undefined,
  created: Set<string> | undefined,
): Promise<void> {
  if (destructs === undefined || destructs.size === 0) return
  const addresses = [...destructs.keys()].sort()
  for (const a of addresses) {
    if (env.eip.e6780 && !created?.has(a)) continue
    await evm.journal.deleteAccount(new Address(hexToBytes(a as Hex)))
  }
}

/**
 * A plain value transfer to an account without code needs no EVM: debit the
 * sender, credit the recipient as a lazy delta (so transfers to one popular
 * recipient do not conflict), no execution gas. Reads only the recipient's code
 * hash. Zero-value transfers still go through the EVM (they touch an empty
 * recipient, which EIP-161 may then delete); so do precompiles and 7702 transactions.
 */
async function plainTransfer(evm: EVM, tx: PreparedTx, from: Account): Promise<Awaited<ReturnType<EVM['runCall']>> | undefined> {
  const t = tx.input
  if (t.type === 4 || tx.toKey === undefined || t.data.length > 0 || t.value === 0n) return undefined
  if (evm.precompiles.has(tx.toKey)) return undefined
  const state = evm.stateManager as TxState
  if ((await state.codeHashOf(tx.toKey)) !== EMPTY_CODE_HASH) return undefined
  if (from.balance < t.value) return undefined // the EVM reports the failure
  from.balance -= t.value
  await evm.journal.putAccount(tx.caller, from)
  state.addBalanceDelta(tx.toKey, t.value)
  return { execResult: { returnValue: new Uint8Array(0), executionGasUsed: 0n, gasRefund: 0n, logs: [] } } as never
}

/**
 * The whole of a plain value transfer without the journal (undefined: not such a
 * transfer, use processTx; synchronous unless the state answers asynchronously): on the EVM path such a
 * transaction only buys gas, bumps the nonce, moves the value and refunds, and
 * EIP-161 clean-up deletes nothing (the sender's nonce and the recipient's value are
 * non-zero, the beneficiary is credited a positive fee). The journal's checkpoints,
 * warm sets and touched set cost more than all of that (about a third of a raw
 * transfer), so they are skipped here. Anything else - zero value or zero fee (an
 * empty account may be touched), data, a recipient with code or a precompile, a
 * self-transfer, blob and 7702 types - returns undefined for the general path.
 * Reads before writes, so an invalid transaction or an aborted read leaves nothing.
 */
export function directTransfer(evm: EVM, env: BlockEnv, tx: PreparedTx, rawLogs: boolean): MaybePromise<TxOutcome | undefined> {
  const t = tx.input
  if (t.type > 2 || tx.toKey === undefined || t.data.length > 0 || t.value === 0n || tx.toKey === tx.callerKey) return undefined
  if (evm.precompiles.has(tx.toKey)) return undefined
  const gasUsed = tx.intrinsicGas > tx.floorGas ? tx.intrinsicGas : tx.floorGas
  const fee = env.eip.e1559 ? gasUsed * tx.inclusionFeePerGas : gasUsed * tx.gasPrice
  if (fee === 0n) return undefined
  // Synchronous unless the state answers asynchronously: no promise per transfer.
  const state = evm.stateManager as TxState
  const toCode = state.codeHashOf(tx.toKey)
  if (toCode instanceof Promise) return toCode.then((h) => (h !== EMPTY_CODE_HASH ? undefined : transferFrom(evm, env, tx, gasUsed, fee, rawLogs)))
  if (toCode !== EMPTY_CODE_HASH) return undefined
  return transferFrom(evm, env, tx, gasUsed, fee, rawLogs)
}

function transferFrom(evm: EVM, env: BlockEnv, tx: PreparedTx, gasUsed: bigint, fee: bigint, rawLogs: boolean): MaybePromise<TxOutcome> {
  // Records, not ethereumjs Accounts: no Account objects or address hex conversions here.
  const from = (evm.stateManager as TxState).record(tx.callerKey)
  if (from instanceof Promise) return from.then((f) => debitAndCredit(evm, env, tx, gasUsed, fee, rawLogs, f))
  return debitAndCredit(evm, env, tx, gasUsed, fee, rawLogs, from)
}

function debitAndCredit(evm: EVM, env: BlockEnv, tx: PreparedTx, gasUsed: bigint, fee: bigint, rawLogs: boolean, from: AccountRecord | undefined): MaybePromise<TxOutcome> {
  const codeHash = from?.codeHash ?? EMPTY_CODE_HASH
  const balance = from?.balance ?? 0n
  const nonce = from?.nonce ?? 0n
  // A sender with code (an EIP-7702 delegation, or an EIP-3607 refusal) needs its code read.
  if (codeHash !== EMPTY_CODE_HASH) return checkSender(evm, tx, balance, nonce, true).then(() => writeTransfer(evm, env, tx, gasUsed, fee, rawLogs, from))
  checkFunds(tx, balance, nonce)
  return writeTransfer(evm, env, tx, gasUsed, fee, rawLogs, from)
}

function writeTransfer(evm: EVM, env: BlockEnv, tx: PreparedTx, gasUsed: bigint, fee: bigint, rawLogs: boolean, from: AccountRecord | undefined): TxOutcome {
  const t = tx.input
  const state = evm.stateManager as TxState
  const balance = from?.balance ?? 0n
  state.putRecord(tx.callerKey, { nonce: (from?.nonce ?? 0n) + 1n, balance: balance - gasUsed * tx.gasPrice - t.value, codeHash: from?.codeHash ?? EMPTY_CODE_HASH, hasStorage: from?.hasStorage ?? false })
  state.addBalanceDelta(tx.toKey!, t.value)
  state.addBalanceDelta(env.coinbaseKey, fee)
  return { status: 1, gasUsed, beneficiaryFee: fee, logs: rawLogs ? NO_LOGS : [], logsBloom: rawLogs ? SHARED_ZERO_BLOOM : new Uint8Array(256), contractAddress: null }
}

const DIRECT_TRIED = { directTried: true }
const DIRECT_TRIED_RAW = { directTried: true, rawLogs: true }

/**
 * The engines' entry: a plain transfer through directTransfer, synchronously when the
 * state is (no promise per transfer), anything else through processTx with the default
 * beneficiary credit. `rawLogs` as processTx's option.
 */
export function executeTx(evm: EVM, env: BlockEnv, tx: PreparedTx, rawLogs: boolean): MaybePromise<TxOutcome> {
  const opts = rawLogs ? DIRECT_TRIED_RAW : DIRECT_TRIED
  const direct = directTransfer(evm, env, tx, rawLogs)
  if (direct instanceof Promise) return direct.then((d) => d ?? processTx(evm, env, tx, undefined, opts))
  return direct ?? processTx(evm, env, tx, undefined, opts)
}

/**
 * The EVM clears transient storage (EIP-1153) only after a depth-0 call returns;
 * an execution abandoned mid-call (a parallel read that must abort) would leak its
 * transient storage and checkpoint stack into the next transaction on this EVM.
 */
function resetTransientStorage(evm: EVM): void {
  const ts = evm.transientStorage as unknown as { clear(): void; _indices: number[] }
  ts.clear()
  ts._indices = [0]
}

export type RawLog = [address: Uint8Array, topics: Uint8Array[], data: Uint8Array]

function toLogs(raw: RawLog[] | undefined): LogEntry[] {
  if (raw === undefined) return []
  // The EVM's log bytes are its own copies (Memory.read copies), so the receipt encoding may use them.
  return withLogsBytes(
    raw.map(([address, topics, data]) => ({
      address: bytesToHex(address) as Hex,
      topics: topics.map((x) => bytesToHex(x) as Hex),
      data: bytesToHex(data) as Hex,
    })),
    raw,
  )
}

function bloomOf(raw: RawLog[] | undefined): Uint8Array {
  const bloom = new Uint8Array(256)
  if (raw !== undefined) {
    for (const [address, topics] of raw) {
      bloomAdd(bloom, address)
      for (const topic of topics) bloomAdd(bloom, topic)
    }
  }
  return bloom
}

export function receiptOf(type: number, outcome: TxOutcome, cumulativeGasUsed: bigint, byzantium: boolean): Receipt {
  return {
    type,
    status: byzantium ? outcome.status : undefined,
    cumulativeGasUsed,
    logs: outcome.logs,
    logsBloom: outcome.logsBloom,
  }
}
