/**
 * The gigagas workloads: `generateWorkload(name, opts)` builds a block fixture
 * (same JSON shape as the mainnet fixtures) whose transactions add up to the
 * gas target, deterministically from the seed.
 */
import { keccak256 } from './keccak.js'

import { chainErc20, chainUniswap } from './chain.js'
import { BASE_FEE, CHAIN_ID, GenContext, TIMESTAMP } from './context.js'
import { COINBASE } from './accounts.js'
import { erc20Transfers } from './erc20.js'
import type { FixtureJson } from './fixture.js'
import { bytesToHex, quantity } from './hex.js'
import { hybridMix } from './hybrid.js'
import { gasTarget, resolveOptions, type WorkloadOptions } from './options.js'
import { rawTransfer } from './raw.js'
import { uniswapSwaps } from './uniswap.js'

export type { FixtureJson } from './fixture.js'
export { DEFAULT_OPTIONS, GIGAGAS, gasTarget, resolveOptions, type ResolvedOptions, type WorkloadOptions } from './options.js'

/** Tokens the `erc20` workload spreads its transfers over. */
export const ERC20_TOKENS = 10

type Setup = (ctx: GenContext) => (ctx: GenContext) => void

const WORKLOADS = {
  raw: () => rawTransfer,
  erc20: () => erc20Transfers(0, ERC20_TOKENS),
  uniswap: uniswapSwaps,
  hybrid: hybridMix,
  'chain-erc20': chainErc20,
  'chain-uniswap': chainUniswap,
} satisfies Record<string, Setup>

export type WorkloadName = keyof typeof WORKLOADS
export const WORKLOAD_NAMES = Object.keys(WORKLOADS) as WorkloadName[]
/** What `--workload all` and `--quick` run: the four mainnet-like mixes (the chains are opt-in worst cases). */
export const MAIN_WORKLOADS: WorkloadName[] = ['raw', 'erc20', 'uniswap', 'hybrid']

export function isWorkloadName(s: string): s is WorkloadName {
  return Object.hasOwn(WORKLOADS, s)
}

export interface GeneratedWorkload {
  fixture: FixtureJson
  /** The gas model's prediction of the block's gasUsed (the engines report the real one). */
  predictedGas: bigint
}

export function generateWorkloadDetailed(name: WorkloadName, opts: WorkloadOptions = {}): GeneratedWorkload {
  const o = resolveOptions(opts)
  const ctx = new GenContext(o)
  const next = WORKLOADS[name](ctx)
  const target = gasTarget(o)
  while (ctx.gas < target) next(ctx)
  ctx.ledger.finish()
  const fixture: FixtureJson = {
    block: {
      number: quantity(20_000_000),
      miner: COINBASE,
      timestamp: quantity(TIMESTAMP),
      // Room for every transaction's gas limit (calls get headroom over what they use).
      gasLimit: quantity(ctx.gas * 2n),
      baseFeePerGas: quantity(BASE_FEE),
      difficulty: '0x0',
      mixHash: bytesToHex(keccak256(new TextEncoder().encode(`blockstm-bench/${name}/${o.seed}`))),
      excessBlobGas: '0x0',
      hardfork: 'prague',
      chainId: quantity(CHAIN_ID),
      transactions: ctx.txs,
    },
    prestate: ctx.prestate.toJson(),
    blockHashes: {},
  }
  return { fixture, predictedGas: ctx.gas }
}

export function generateWorkload(name: WorkloadName, opts: WorkloadOptions = {}): FixtureJson {
  return generateWorkloadDetailed(name, opts).fixture
}
