/**
 * The oracle's pre-block system calls, the way ethereumjs's `runBlock` makes them
 * (10.1.3, `accumulateParentBeaconBlockRoot` / `accumulateParentBlockHash`): the slots
 * that EIP-4788's and EIP-2935's contracts would write are written directly, where the
 * contract has code. The engines run the contracts' code instead (block/system-calls.ts),
 * so a test that compares the two checks one against the other.
 */
import type { Common } from '@ethereumjs/common'
import { Address, bigIntToBytes, createAddressFromString, hexToBytes, setLengthLeft } from '@ethereumjs/util'

import type { BlockInput, Hex } from '../types.js'
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
    const to = new Address(setLengthLeft(bigIntToBytes(common.param('historyStorageAddress')), 20))
    if ((await sm.getCode(to)).length > 0) {
      const window = common.param('historyServeWindow')
      await sm.putStorage(to, slotKey((h.number - 1n) % window), hexToBytes(h.parentHash ?? ZERO32))
    }
  }
}
