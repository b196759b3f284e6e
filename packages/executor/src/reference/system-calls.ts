/**
 * The oracle's system calls. Pre-block, the way ethereumjs's `runBlock` makes them
 * (10.1.3, `accumulateParentBeaconBlockRoot` / `accumulateParentBlockHash`): the slots
 * that EIP-4788's and EIP-2935's contracts would write are written directly, where the
 * contract has code. The engines run the contracts' code instead (block/system-calls.ts),
 * so a test that compares the two checks one against the other.
 */
import type { Common } from '@ethereumjs/common'
import { Address, bigIntToAddressBytes, bigIntToBytes, createAddressFromString, hexToBytes, setLengthLeft } from '@ethereumjs/util'
import type { VM } from '@ethereumjs/vm'

import { blockRequests } from '../block/requests.js'
import type { BlockRequests } from '../block/requests.js'
import { InvalidBlockError } from '../errors.js'
import type { BlockInput, Hex, TxResult } from '../types.js'
import type { RecordingStateManager } from './state.js'

const BEACON_ROOTS = '0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02'
const ZERO32 = `0x${'0'.repeat(64)}` as Hex

const slotKey = (n: bigint): Uint8Array => setLengthLeft(bigIntToBytes(n), 32)

export async function referenceSystemCalls(sm: RecordingStateManager, common: Common, block: BlockInput): Promise<void> {
  const h = block.header
  if (common.isActivatedEIP(4788)) {
    const to = createAddressFromString(BEACON_ROOTS)
    if ((await sm.getCode(to)).length > 0) {
      const length = BigInt(common.param('historicalRootsLength'))
      const index = h.timestamp % length
      await sm.putStorage(to, slotKey(index), bigIntToBytes(h.timestamp))
      await sm.putStorage(to, slotKey(index + length), hexToBytes(h.parentBeaconBlockRoot ?? ZERO32))
    }
  }
  if (common.isActivatedEIP(2935)) {
    const to = new Address(bigIntToAddressBytes(common.param('historyStorageAddress')))
    if ((await sm.getCode(to)).length > 0) {
      const window = common.param('historyServeWindow')
      await sm.putStorage(to, slotKey((h.number - 1n) % window), hexToBytes(h.parentHash ?? ZERO32))
    }
  }
}

/**
 * The oracle's post-block calls (EIP-7002, EIP-7251), as ethereumjs's `accumulateRequests`
 * makes them: `runCall` from the system address, whose account is then put back as it
 * was. Unlike ethereumjs (10.1.3), a failing call makes the block invalid, as the EIPs say
 * and the engines do. The requests are encoded by block/requests.ts.
 */
export async function referencePostBlockCalls(vm: VM, sm: RecordingStateManager, common: Common, txs: TxResult[]): Promise<BlockRequests | undefined> {
  if (!common.isActivatedEIP(7685)) return undefined
  const system = new Address(bigIntToAddressBytes(common.param('systemAddress')))
  const outputs: Uint8Array[] = []
  for (const [param, eip] of [['withdrawalRequestPredeployAddress', 7002], ['consolidationRequestPredeployAddress', 7251]] as const) {
    const to = new Address(bigIntToAddressBytes(common.param(param)))
    if ((await sm.getCode(to)).length === 0) {
      outputs.push(new Uint8Array(0))
      continue
    }
    const saved = await sm.getAccount(system)
    const res = await vm.evm.runCall({ caller: system, to, gasLimit: common.param('systemCallGasLimit') })
    if (saved === undefined) await sm.deleteAccount(system)
    else await sm.putAccount(system, saved)
    if (res.execResult.exceptionError !== undefined) throw new InvalidBlockError(eip, `the system call to ${to} failed (${res.execResult.exceptionError.error})`)
    outputs.push(res.execResult.returnValue)
  }
  return blockRequests(txs, outputs[0]!, outputs[1]!)
}
