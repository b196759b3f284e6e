/**
 * MLOAD and MSTORE without @ethereumjs/util's word conversions.
 *
 * The stock handlers convert through hex strings: MSTORE does
 * `setLengthLeft(bigIntToBytes(word), 32)`, whose padding spreads both arrays into a
 * JS array (`new Uint8Array([...pad, ...bytes])`), and MLOAD does `BigInt(bytesToHex(w))`.
 * Solidity touches memory on nearly every step, so on ERC20 transfers the MSTORE path
 * alone was ~7% of execution and a good share of the garbage. These handlers write and
 * read the 32 bytes through a DataView; semantics are the stock ones (the word is a
 * uint256, memory is extended and charged by the interpreter's gas handler as before).
 *
 * Installed per EVM by replacing the handler in its opcode table (`_opcodeMap`), only
 * where the entry is the stock one by name, so a different @ethereumjs/evm layout
 * leaves the stock handlers in place.
 */
import type { EVM } from '@ethereumjs/evm'

import { replaceStockHandlers } from './opcode-handlers.js'
import type { Replacement } from './opcode-handlers.js'
import { wordBytes, wordValue } from './words.js'

interface RunState {
  stack: { pop(): bigint; popN(n: number): bigint[]; push(v: bigint): void }
  memory: { read(offset: number, size: number, avoidCopy?: boolean): Uint8Array; write(offset: number, size: number, value: Uint8Array): void }
}
interface OpEntry {
  opcodeInfo: { name: string }
  opHandler: (runState: RunState) => void
}

function mload(runState: RunState): void {
  const pos = runState.stack.pop()
  runState.stack.push(wordValue(runState.memory.read(Number(pos), 32, true)))
}

function mstore(runState: RunState): void {
  const [offset, word] = runState.stack.popN(2)
  runState.memory.write(Number(offset), 32, wordBytes(word!))
}

const HANDLERS: Replacement<OpEntry['opHandler']>[] = [
  [0x51, 'MLOAD', mload],
  [0x52, 'MSTORE', mstore],
]

export function installMemoryOpcodes(evm: EVM): void {
  replaceStockHandlers(evm, HANDLERS)
}
