/**
 * Reads a block as a node gives it: `eth_getBlockByNumber(n, true)` JSON, a
 * prestateTracer-style pre-state, and BLOCKHASH answers (the fixture format of
 * `shared/fixtures/mainnet`, see its README). Every malformed field becomes an
 * InputError naming the field path and, for transaction fields, the tx index.
 */
import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'

import { InputError } from '../errors.js'
import type { AccessListItem, Authorization, BlockInput, Hex, PreStateAccount, TxInput, Withdrawal } from '../types.js'
import { address, array, data, fixedHex, object, optionalQuantity, quantity, slotHex, word } from './hex.js'
import type { FieldCtx } from './hex.js'
import { mainnetHardfork, normaliseHardfork } from './hardfork.js'
import { parseHeader } from './header.js'

/** Parses a whole fixture object `{ block, prestate, blockHashes }`. */
export function parseBlockJson(json: unknown): BlockInput {
  const root = object(json, { path: '(root)' })
  const block = object(root.block, { path: 'block' })
  const header = parseHeader(block)
  const chainId = optionalQuantity(block.chainId, { path: 'block.chainId' }) ?? 1n
  const hardfork = pickHardfork(block, header.number, header.timestamp)
  const txs = array(block.transactions ?? [], { path: 'block.transactions' })
  return {
    header,
    hardfork,
    chainId,
    transactions: txs.map((t, i) => parseTx(t, i)),
    uncles: parseUncles(block.uncleHeaders),
    withdrawals: parseWithdrawals(block.withdrawals),
    preState: parsePreState(root.prestate),
    blockHashes: parseBlockHashes(root.blockHashes),
  }
}

/** Reads a fixture file, gzipped (`.gz`, or by magic bytes) or plain JSON. */
export async function loadBlockFile(path: string): Promise<BlockInput> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    throw new InputError('(file)', `cannot read ${path}: ${(e as Error).message}`)
  }
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new InputError('(file)', `${path} is not JSON: ${(e as Error).message}`)
  }
  return parseBlockJson(json)
}

function pickHardfork(block: Record<string, unknown>, number: bigint, timestamp: bigint): string {
  if (block.hardfork === undefined) return mainnetHardfork(number, timestamp)
  if (typeof block.hardfork !== 'string') throw new InputError('block.hardfork', 'expected a hardfork name')
  const hf = normaliseHardfork(block.hardfork)
  if (hf === undefined) throw new InputError('block.hardfork', `unknown hardfork ${JSON.stringify(block.hardfork)}`)
  return hf
}

const TYPE_BY_FIELDS = (t: Record<string, unknown>): number => {
  if (t.authorizationList !== undefined) return 4
  if (t.blobVersionedHashes !== undefined) return 3
  if (t.maxFeePerGas !== undefined) return 2
  if (t.accessList !== undefined) return 1
  return 0
}

function parseTx(raw: unknown, i: number): TxInput {
  const at = (f: string): FieldCtx => ({ path: `block.transactions[${i}].${f}`, txIndex: i })
  const t = object(raw, { path: `block.transactions[${i}]`, txIndex: i })
  const type = t.type === undefined ? TYPE_BY_FIELDS(t) : Number(quantity(t.type, at('type')))
  if (type > 4) throw new InputError(at('type').path, `unsupported transaction type ${type}`, i)
  if (t.from === undefined) throw new InputError(at('from').path, 'missing: the sender must be given', i)
  const tx: TxInput = {
    index: i,
    type,
    hash: t.hash === undefined ? undefined : fixedHex(t.hash, 32, at('hash')),
    from: address(t.from, at('from')),
    to: t.to === null || t.to === undefined ? null : address(t.to, at('to')),
    nonce: quantity(t.nonce, at('nonce')),
    value: quantity(t.value ?? '0x0', at('value')),
    gasLimit: quantity(t.gas ?? t.gasLimit, at('gas')),
    data: data(t.input ?? t.data ?? '0x', at('input')),
    accessList: type >= 1 ? parseAccessList(t.accessList ?? [], at('accessList')) : [],
    chainId: optionalQuantity(t.chainId, at('chainId')),
    v: optionalQuantity(t.v, at('v')),
    r: optionalQuantity(t.r, at('r')),
    s: optionalQuantity(t.s, at('s')),
  }
  if (type >= 2) {
    tx.maxFeePerGas = quantity(t.maxFeePerGas, at('maxFeePerGas'))
    tx.maxPriorityFeePerGas = quantity(t.maxPriorityFeePerGas, at('maxPriorityFeePerGas'))
  } else {
    tx.gasPrice = quantity(t.gasPrice, at('gasPrice'))
  }
  if (type === 3) {
    tx.maxFeePerBlobGas = quantity(t.maxFeePerBlobGas, at('maxFeePerBlobGas'))
    tx.blobVersionedHashes = array(t.blobVersionedHashes, at('blobVersionedHashes')).map((h, k) =>
      fixedHex(h, 32, at(`blobVersionedHashes[${k}]`)),
    )
    if (tx.to === null) throw new InputError(at('to').path, 'a blob transaction cannot create a contract', i)
  }
  if (type === 4) {
    tx.authorizationList = array(t.authorizationList, at('authorizationList')).map((a, k) =>
      parseAuthorization(a, at(`authorizationList[${k}]`)),
    )
    if (tx.to === null) throw new InputError(at('to').path, 'an EIP-7702 transaction cannot create a contract', i)
  }
  if (tx.v === undefined && t.yParity !== undefined) tx.v = quantity(t.yParity, at('yParity'))
  return tx
}

function parseAccessList(raw: unknown, ctx: FieldCtx): AccessListItem[] {
  return array(raw, ctx).map((item, k) => {
    const c = { path: `${ctx.path}[${k}]`, txIndex: ctx.txIndex }
    const o = object(item, c)
    return {
      address: address(o.address, { ...c, path: `${c.path}.address` }),
      storageKeys: array(o.storageKeys ?? [], { ...c, path: `${c.path}.storageKeys` }).map((s, j) =>
        fixedHex(s, 32, { ...c, path: `${c.path}.storageKeys[${j}]` }),
      ),
    }
  })
}

function parseAuthorization(raw: unknown, ctx: FieldCtx): Authorization {
  const o = object(raw, ctx)
  const f = (name: string): FieldCtx => ({ path: `${ctx.path}.${name}`, txIndex: ctx.txIndex })
  return {
    chainId: quantity(o.chainId, f('chainId')),
    address: address(o.address, f('address')),
    nonce: quantity(o.nonce, f('nonce')),
    yParity: Number(quantity(o.yParity ?? o.v, f('yParity'))),
    r: quantity(o.r, f('r')),
    s: quantity(o.s, f('s')),
  }
}

function parseUncles(raw: unknown): BlockInput['uncles'] {
  if (raw === undefined) return []
  return array(raw, { path: 'block.uncleHeaders' }).map((u, k) => {
    const o = object(u, { path: `block.uncleHeaders[${k}]` })
    return {
      coinbase: address(o.miner, { path: `block.uncleHeaders[${k}].miner` }),
      number: quantity(o.number, { path: `block.uncleHeaders[${k}].number` }),
    }
  })
}

function parseWithdrawals(raw: unknown): Withdrawal[] {
  if (raw === undefined || raw === null) return []
  return array(raw, { path: 'block.withdrawals' }).map((w, k) => {
    const p = `block.withdrawals[${k}]`
    const o = object(w, { path: p })
    return {
      index: quantity(o.index, { path: `${p}.index` }),
      validatorIndex: quantity(o.validatorIndex, { path: `${p}.validatorIndex` }),
      address: address(o.address, { path: `${p}.address` }),
      amount: quantity(o.amount, { path: `${p}.amount` }),
    }
  })
}

function parsePreState(raw: unknown): Map<Hex, PreStateAccount> {
  const out = new Map<Hex, PreStateAccount>()
  if (raw === undefined) return out
  for (const [addr, acc] of Object.entries(object(raw, { path: 'prestate' }))) {
    const p = `prestate.${addr}`
    const key = address(addr, { path: p })
    const o = object(acc, { path: p })
    const storage = new Map<Hex, bigint>()
    if (o.storage !== undefined) {
      for (const [slot, value] of Object.entries(object(o.storage, { path: `${p}.storage` }))) {
        const v = word(value, { path: `${p}.storage.${slot}` })
        if (v !== 0n) storage.set(slotHex(word(slot, { path: `${p}.storage.${slot}` })), v)
      }
    }
    out.set(key, {
      balance: quantity(o.balance ?? '0x0', { path: `${p}.balance` }),
      nonce: quantity(o.nonce ?? 0, { path: `${p}.nonce` }),
      code: data(o.code ?? '0x', { path: `${p}.code` }),
      storage,
    })
  }
  return out
}

function parseBlockHashes(raw: unknown): Map<bigint, Hex> {
  const out = new Map<bigint, Hex>()
  if (raw === undefined) return out
  for (const [n, h] of Object.entries(object(raw, { path: 'blockHashes' }))) {
    const num = /^0x/.test(n) ? quantity(n, { path: `blockHashes.${n}` }) : BigInt(/^\d+$/.test(n) ? n : NaN)
    out.set(num, fixedHex(h, 32, { path: `blockHashes.${n}` }))
  }
  return out
}
