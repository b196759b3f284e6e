/**
 * Shared state of one block being generated: the RNG, prestate, token ledger,
 * per-sender nonces, the transactions so far and their predicted gas.
 */
import { loadArtifact } from '../contracts/artifacts.js'
import { AccountSpace, eoaAddress, tokenAddress } from './accounts.js'
import type { TxJson } from './fixture.js'
import { type Hex, quantity } from './hex.js'
import { TokenLedger } from './ledger.js'
import type { ResolvedOptions } from './options.js'
import { Prestate } from './prestate.js'
import { Rng } from './rng.js'

/** Every EOA starts with 1,000 ETH: far more than its transfers and gas need. */
export const EOA_BALANCE = 1000n * 10n ** 18n
export const BASE_FEE = 7n
export const MAX_FEE = 10n
export const PRIORITY_FEE = 1n
export const CHAIN_ID = 1n
export const TIMESTAMP = 1_750_000_000n

export class GenContext {
  readonly rng: Rng
  readonly prestate = new Prestate()
  readonly ledger = new TokenLedger(this.prestate)
  readonly accounts: AccountSpace
  readonly txs: TxJson[] = []
  /** Predicted gas used by the block so far. */
  gas = 0n
  private readonly nonces = new Map<Hex, number>()
  private readonly deployed = new Set<Hex>()

  constructor(readonly opts: ResolvedOptions) {
    this.rng = new Rng(opts.seed)
    this.accounts = new AccountSpace(opts.numEoa, opts.hotRatio, this.rng)
  }

  /** EOA i's address, added to the prestate with its ETH on first use. */
  eoa(i: number): Hex {
    const a = eoaAddress(i)
    if (!this.prestate.has(a)) this.prestate.account(a, EOA_BALANCE)
    return a
  }

  /** Token k's address, its code placed in the prestate on first use. */
  token(k: number): Hex {
    const a = tokenAddress(k)
    this.deploy(a, 'Token')
    return a
  }

  /** Puts a contract's runtime code at `address` (once). Returns false if it was already there. */
  deploy(address: Hex, name: 'Token' | 'Pair' | 'Router'): boolean {
    if (this.deployed.has(address)) return false
    this.deployed.add(address)
    this.prestate.setCode(address, loadArtifact(name).runtimeBytecode)
    return true
  }

  /** Appends a type-2 transaction with the sender's next nonce; `gasUsed` is the model's prediction. */
  addTx(from: Hex, to: Hex, value: bigint, input: Hex, gasUsed: bigint): void {
    const nonce = this.nonces.get(from) ?? 0
    this.nonces.set(from, nonce + 1)
    // Calls get 50% headroom over the prediction, a plain transfer exactly 21,000.
    const gasLimit = input === '0x' ? gasUsed : (gasUsed * 3n) / 2n
    this.txs.push({
      type: '0x2',
      from,
      to,
      nonce: quantity(nonce),
      value: quantity(value),
      input,
      gas: quantity(gasLimit),
      maxFeePerGas: quantity(MAX_FEE),
      maxPriorityFeePerGas: quantity(PRIORITY_FEE),
      chainId: quantity(CHAIN_ID),
      accessList: [],
    })
    this.gas += gasUsed
  }
}
