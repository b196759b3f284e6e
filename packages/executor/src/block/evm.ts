import { createEVM } from '@ethereumjs/evm'
import type { EVM } from '@ethereumjs/evm'
import type { Common } from '@ethereumjs/common'

import type { BaseState } from '../state/base.js'
import { installJumpdestCache, interpreterClass, useOurJumpAnalysis } from './jumpdest-cache.js'
import { installLeanRunInterpreter } from './lean-run-interpreter.js'
import { installMemoryOpcodes } from './memory-opcodes.js'
import { installWordOpcodes } from './word-opcodes.js'
import { installStorageOpcodes } from './storage-opcodes.js'
import { enableFastSteps } from './fast-steps.js'
import { FastBN254 } from './bn254.js'
import type { TxState } from '../state/tx-state.js'
import type { BlockEnv } from './env.js'

const ZERO_HASH = new Uint8Array(32)
/** Stateless: one for every EVM (bn254.ts). */
const FAST_BN254 = new FastBN254()

/**
 * One EVM per executing context (a block in the sequential engine, a worker slot
 * in the parallel one): the EVM keeps per-transaction journal state, so two
 * transactions in flight need two EVMs. BLOCKHASH is answered from base state.
 */
export async function makeEvm(env: BlockEnv, state: TxState, base: BaseState): Promise<EVM> {
  const blockchain = {
    getBlock: async (n: number) => {
      const h = (await base.blockHash(BigInt(n))) ?? ZERO_HASH
      return { hash: () => h }
    },
    putBlock: async () => {},
    shallowCopy() {
      return this
    },
  }
  // createEVM mutates the options object: build a fresh one each time.
  installJumpdestCache()
  const evm = await createEVM({ common: env.common, stateManager: state, blockchain })
  // createEVM sets its own NobleBN254 whatever the options say: replace it on the instance.
  if (process.env.BLOCKSTM_STOCK_BN254 !== '1') (evm as unknown as { _bn254: unknown })._bn254 = FAST_BN254
  fastEipLookup(env.common)
  useOurJumpAnalysis(evm)
  installMemoryOpcodes(evm)
  if (process.env.BLOCKSTM_STOCK_WORDS !== '1') installWordOpcodes(evm)
  if (process.env.BLOCKSTM_STOCK_STORAGE !== '1') installStorageOpcodes(evm)
  if (process.env.BLOCKSTM_STOCK_STEPS !== '1') enableFastSteps(evm)
  if (process.env.BLOCKSTM_STOCK_CALLS !== '1') installLeanRunInterpreter(evm, interpreterClass)
  return evm
}

/**
 * The interpreter asks Common.isActivatedEIP on nearly every opcode, and Common
 * answers with Array.includes over ~60 EIPs (≈7% of swap execution time). A
 * block's Common never changes hardfork or EIPs after set-up, so answer from a Set.
 */
function fastEipLookup(common: Common): void {
  const active = new Set<number>((common as unknown as { _activatedEIPsCache: number[] })._activatedEIPsCache)
  common.isActivatedEIP = (eip: number) => active.has(eip)
}
