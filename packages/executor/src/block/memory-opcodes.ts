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

interface RunState {
  stack: { pop(): bigint; popN(n: number): bigint[]; push(v: bigint): void }
  memory: { read(offset: number, size: number, avoidCopy?: boolean): Uint8Array; write(offset: number, size: number, value: Uint8Array): void }
}
interface OpEntry {
  opcodeInfo: { name: string }
  opHandler: (runState: RunState) => void
}

const WORD = new Uint8Array(32)
const VIEW = new DataView(WORD.buffer)
const MAX64 = (1n << 64n) - 1n

/** The uint256 `v` as 32 big-endian bytes, in a shared scratch buffer (memory.write copies it). */
function wordBytes(v: bigint): Uint8Array {
  if (v <= MAX64) {
    WORD.fill(0, 0, 24)
    VIEW.setBigUint64(24, v)
  } else {
    VIEW.setBigUint64(24, BigInt.asUintN(64, v))
    VIEW.setBigUint64(16, BigInt.asUintN(64, v >> 64n))
    VIEW.setBigUint64(8, BigInt.asUintN(64, v >> 128n))
    VIEW.setBigUint64(0, BigInt.asUintN(64, v >> 192n))
  }
  return WORD
}

/** 32 big-endian bytes as a uint256. */
function wordValue(b: Uint8Array): bigint {
  WORD.set(b)
  const low = VIEW.getBigUint64(24)
  if (VIEW.getUint32(0) === 0 && VIEW.getUint32(4) === 0 && VIEW.getUint32(8) === 0 && VIEW.getUint32(12) === 0 && VIEW.getUint32(16) === 0 && VIEW.getUint32(20) === 0) return low
  return (VIEW.getBigUint64(0) << 192n) | (VIEW.getBigUint64(8) << 128n) | (VIEW.getBigUint64(16) << 64n) | low
}

function mload(runState: RunState): void {
  const pos = runState.stack.pop()
  runState.stack.push(wordValue(runState.memory.read(Number(pos), 32, true)))
}

function mstore(runState: RunState): void {
  const [offset, word] = runState.stack.popN(2)
  runState.memory.write(Number(offset), 32, wordBytes(word!))
}

const HANDLERS: [op: number, name: string, fn: OpEntry['opHandler']][] = [
  [0x51, 'MLOAD', mload],
  [0x52, 'MSTORE', mstore],
]

export function installMemoryOpcodes(evm: EVM): void {
  const map = (evm as unknown as { _opcodeMap?: (OpEntry | undefined)[] })._opcodeMap
  if (map === undefined) return
  for (const [op, name, fn] of HANDLERS) {
    const e = map[op]
    if (e?.opcodeInfo?.name === name) map[op] = { ...e, opHandler: fn }
  }
}

/** For tests: the conversions alone. */
export const _words = { wordBytes: (v: bigint) => wordBytes(v).slice(), wordValue }
