/** A `runTx` result in the shared data model (types.ts TxResult / Receipt). */
import type { RunTxResult } from '@ethereumjs/vm'
import { bytesToHex } from '@ethereumjs/util'

import type { Hex, LogEntry, TxInput, TxResult } from '../types.js'

export function toTxResult(
  tx: TxInput,
  res: RunTxResult,
  cumulativeGasUsed: bigint,
  byzantium: boolean,
): TxResult {
  const failed = res.execResult.exceptionError !== undefined
  const logs: LogEntry[] = (res.execResult.logs ?? []).map(([address, topics, data]) => ({
    address: hex(address),
    topics: topics.map(hex),
    data: hex(data),
  }))
  const result: TxResult = {
    index: tx.index,
    receipt: {
      type: tx.type,
      status: byzantium ? (failed ? 0 : 1) : undefined,
      cumulativeGasUsed,
      logs,
      logsBloom: res.bloom.bitvector,
    },
    gasUsed: res.totalGasSpent,
    beneficiaryFee: res.minerValue,
    contractAddress:
      tx.to === null && !failed && res.createdAddress !== undefined ? hex(res.createdAddress.bytes) : null,
  }
  if (failed) result.error = res.execResult.exceptionError!.error
  return result
}

function hex(b: Uint8Array): Hex {
  return bytesToHex(b).toLowerCase() as Hex
}
