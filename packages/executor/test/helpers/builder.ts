/**
 * Builds a BlockInput in code: header defaults fitting the hardfork, a pre-state, and
 * transactions with per-type fee defaults and per-sender automatic nonces.
 */
import { Common, Mainnet } from '@ethereumjs/common'

import type { BlockHeaderInput, BlockInput, Hex, PreStateAccount, TxInput } from '../../src/types.js'
import { COINBASE, GWEI } from './keys.js'

export interface AccountSpec {
  balance?: bigint
  nonce?: bigint
  code?: Uint8Array
  /** slot (number or 0x hex) → value. */
  storage?: Record<string | number, bigint> | [bigint | number, bigint][]
}

export type TxSpec = Partial<Omit<TxInput, 'index' | 'from'>> & { from: Hex }

export function slot(n: bigint | number | string): Hex {
  const v = typeof n === 'string' ? BigInt(n) : BigInt(n)
  return `0x${v.toString(16).padStart(64, '0')}` as Hex
}

export function isAtLeast(hardfork: string, than: string): boolean {
  return new Common({ chain: Mainnet, hardfork }).gteHardfork(than)
}

export class BlockBuilder {
  readonly preState = new Map<Hex, PreStateAccount>()
  readonly transactions: TxInput[] = []
  readonly blockHashes = new Map<bigint, Hex>()
  readonly header: BlockHeaderInput
  private readonly nonces = new Map<Hex, bigint>()

  constructor(
    readonly hardfork: string,
    header: Partial<BlockHeaderInput> = {},
    readonly chainId = 1n,
  ) {
    const merged = isAtLeast(hardfork, 'paris')
    this.header = {
      number: 1000n,
      coinbase: COINBASE,
      timestamp: 1_700_000_000n,
      gasLimit: 30_000_000n,
      difficulty: merged ? 0n : 131_072n,
      mixHash: `0x${'ab'.repeat(32)}`,
      baseFeePerGas: isAtLeast(hardfork, 'london') ? GWEI : undefined,
      excessBlobGas: isAtLeast(hardfork, 'cancun') ? 0n : undefined,
      blobGasUsed: isAtLeast(hardfork, 'cancun') ? 0n : undefined,
      ...header,
    }
  }

  account(address: Hex, spec: AccountSpec): this {
    const storage = new Map<Hex, bigint>()
    const entries = Array.isArray(spec.storage) ? spec.storage : Object.entries(spec.storage ?? {})
    for (const [k, v] of entries) if (v !== 0n) storage.set(slot(k), v)
    this.preState.set(address.toLowerCase() as Hex, {
      balance: spec.balance ?? 0n,
      nonce: spec.nonce ?? 0n,
      code: spec.code ?? new Uint8Array(),
      storage,
    })
    return this
  }

  /** Adds a transaction; returns its index. Nonce defaults to the sender's next one. */
  tx(spec: TxSpec): number {
    const from = spec.from.toLowerCase() as Hex
    const type = spec.type ?? (isAtLeast(this.hardfork, 'london') ? 2 : 0)
    const nonce = spec.nonce ?? this.nonces.get(from) ?? this.preState.get(from)?.nonce ?? 0n
    this.nonces.set(from, nonce + 1n)
    const index = this.transactions.length
    const tx: TxInput = {
      index,
      type,
      from,
      to: spec.to === undefined ? null : spec.to,
      nonce,
      value: spec.value ?? 0n,
      gasLimit: spec.gasLimit ?? 200_000n,
      data: spec.data ?? new Uint8Array(),
      accessList: spec.accessList ?? [],
      chainId: spec.chainId ?? (type > 0 ? this.chainId : undefined),
    }
    if (type <= 1) tx.gasPrice = spec.gasPrice ?? 2n * GWEI
    else {
      tx.maxFeePerGas = spec.maxFeePerGas ?? 3n * GWEI
      tx.maxPriorityFeePerGas = spec.maxPriorityFeePerGas ?? GWEI
    }
    if (type === 3) {
      tx.maxFeePerBlobGas = spec.maxFeePerBlobGas ?? 10n * GWEI
      tx.blobVersionedHashes = spec.blobVersionedHashes ?? [`0x01${'00'.repeat(31)}`]
    }
    if (type === 4) tx.authorizationList = spec.authorizationList ?? []
    this.transactions.push(tx)
    return index
  }

  build(): BlockInput {
    return {
      header: { ...this.header },
      hardfork: this.hardfork,
      chainId: this.chainId,
      transactions: this.transactions.map((t) => ({ ...t })),
      uncles: [],
      withdrawals: [],
      preState: new Map(this.preState),
      blockHashes: new Map(this.blockHashes),
    }
  }
}
