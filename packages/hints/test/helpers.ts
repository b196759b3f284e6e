/** Blocks for the tests: small generated workloads, and a hand-made ERC20 allowance block. */
import { loadArtifact } from '../../../bench/src/contracts/artifacts.js'
import { generateWorkload } from '../../../bench/src/workloads/index.js'
import type { WorkloadName, WorkloadOptions } from '../../../bench/src/workloads/index.js'
import { parseBlockJson } from './executor.js'
import type { BlockInput } from './executor.js'
import { mappingSlot, nestedMappingSlot, slotIndex } from '../src/index.js'

export function workload(name: WorkloadName, opts: WorkloadOptions = {}): BlockInput {
  return parseBlockJson(generateWorkload(name, { scale: 0.002, seed: 7, ...opts }))
}

const hexq = (v: bigint | number): string => '0x' + BigInt(v).toString(16)
const word = (v: bigint | string): string => (typeof v === 'string' ? v.replace(/^0x/, '') : v.toString(16)).padStart(64, '0')

export const TOKEN = '0x7000000000000000000000000000000000000001'
export const OWNERS = ['0x1000000000000000000000000000000000000001', '0x1000000000000000000000000000000000000002']
export const SPENDER = '0x2000000000000000000000000000000000000001'
export const RECIPIENTS = ['0x3000000000000000000000000000000000000001', '0x3000000000000000000000000000000000000002']

/**
 * Owner 0 approved SPENDER before the block; then:
 *   0: transferFrom(owner 0 → recipient 0) by SPENDER   (succeeds alone: learnable)
 *   1: approve(SPENDER) by owner 1                       (learnable)
 *   2: transferFrom(owner 1 → recipient 1) by SPENDER    (needs tx 1's allowance)
 *   3: approve(SPENDER) by owner 0                       (overwrites the allowance tx 0 spent from)
 * The bench Token keeps balanceOf at slot 0 and allowance at slot 1.
 */
export function allowanceBlock(): BlockInput {
  const eth = hexq(10n ** 21n)
  const tokens = 10n ** 20n
  const storage: Record<string, string> = {}
  for (const o of OWNERS) storage['0x' + mappingSlot(o, slotIndex(0))] = hexq(tokens)
  storage['0x' + nestedMappingSlot(OWNERS[0], SPENDER, 1)] = hexq(tokens)
  const prestate: Record<string, unknown> = {
    [TOKEN]: { balance: '0x0', nonce: 1, code: loadArtifact('Token').runtimeBytecode, storage },
    [SPENDER]: { balance: eth, nonce: 0 },
  }
  for (const o of OWNERS) prestate[o] = { balance: eth, nonce: 0 }
  const tx = (from: string, nonce: number, input: string) => ({
    type: '0x2',
    from,
    to: TOKEN,
    nonce: hexq(nonce),
    value: '0x0',
    input,
    gas: hexq(200_000),
    maxFeePerGas: hexq(10),
    maxPriorityFeePerGas: hexq(1),
    chainId: '0x1',
    accessList: [],
  })
  const approve = (spender: string, amount: bigint) => '0x095ea7b3' + word(spender) + word(amount)
  const transferFrom = (from: string, to: string, amount: bigint) => '0x23b872dd' + word(from) + word(to) + word(amount)
  return parseBlockJson({
    block: {
      number: hexq(20_000_000),
      miner: '0x00000000000000000000000000000000000c0ffe',
      timestamp: hexq(1_750_000_000),
      gasLimit: hexq(30_000_000),
      baseFeePerGas: hexq(7),
      difficulty: '0x0',
      mixHash: '0x' + '11'.repeat(32),
      excessBlobGas: '0x0',
      hardfork: 'prague',
      chainId: '0x1',
      transactions: [
        tx(SPENDER, 0, transferFrom(OWNERS[0], RECIPIENTS[0], 10n ** 18n)),
        tx(OWNERS[1], 0, approve(SPENDER, 10n ** 19n)),
        tx(SPENDER, 1, transferFrom(OWNERS[1], RECIPIENTS[1], 10n ** 18n)),
        tx(OWNERS[0], 0, approve(SPENDER, 10n ** 19n)),
      ],
    },
    prestate,
    blockHashes: {},
  })
}

/** Predecessors of tx j in a CSR graph, as a plain array. */
export function preds(g: { offsets: Int32Array; preds: Int32Array }, j: number): number[] {
  return [...g.preds.subarray(g.offsets[j], g.offsets[j + 1])]
}
