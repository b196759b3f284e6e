/**
 * A tiny EVM assembler for hand-written test contracts.
 *
 *   asm('CALLER', push(0), 'SSTORE', label('loop'), jump('loop'))
 *
 * Items are opcode names, byte chunks (`push(...)`, `raw(...)`), labels and label references.
 * Label references are always PUSH2, so one pass computes every offset. No PUSH0 is emitted
 * unless asked for ('PUSH0'), so the code runs on every hardfork.
 */
const NAMES: Record<string, number> = {
  STOP: 0x00, ADD: 0x01, MUL: 0x02, SUB: 0x03, DIV: 0x04, MOD: 0x06, EXP: 0x0a,
  LT: 0x10, GT: 0x11, EQ: 0x14, ISZERO: 0x15, AND: 0x16, OR: 0x17, NOT: 0x19, SHL: 0x1b, SHR: 0x1c,
  KECCAK256: 0x20,
  ADDRESS: 0x30, BALANCE: 0x31, ORIGIN: 0x32, CALLER: 0x33, CALLVALUE: 0x34, CALLDATALOAD: 0x35,
  CALLDATASIZE: 0x36, CALLDATACOPY: 0x37, CODESIZE: 0x38, CODECOPY: 0x39, GASPRICE: 0x3a,
  EXTCODESIZE: 0x3b, EXTCODECOPY: 0x3c, RETURNDATASIZE: 0x3d, RETURNDATACOPY: 0x3e, EXTCODEHASH: 0x3f,
  BLOCKHASH: 0x40, COINBASE: 0x41, TIMESTAMP: 0x42, NUMBER: 0x43, DIFFICULTY: 0x44, PREVRANDAO: 0x44,
  GASLIMIT: 0x45, CHAINID: 0x46, SELFBALANCE: 0x47, BASEFEE: 0x48, BLOBHASH: 0x49, BLOBBASEFEE: 0x4a,
  POP: 0x50, MLOAD: 0x51, MSTORE: 0x52, MSTORE8: 0x53, SLOAD: 0x54, SSTORE: 0x55, JUMP: 0x56,
  JUMPI: 0x57, PC: 0x58, MSIZE: 0x59, GAS: 0x5a, JUMPDEST: 0x5b, TLOAD: 0x5c, TSTORE: 0x5d, MCOPY: 0x5e,
  PUSH0: 0x5f,
  DUP1: 0x80, DUP2: 0x81, DUP3: 0x82, DUP4: 0x83, DUP5: 0x84, DUP6: 0x85, DUP7: 0x86, DUP8: 0x87,
  SWAP1: 0x90, SWAP2: 0x91, SWAP3: 0x92, SWAP4: 0x93,
  LOG0: 0xa0, LOG1: 0xa1, LOG2: 0xa2, LOG3: 0xa3, LOG4: 0xa4,
  CREATE: 0xf0, CALL: 0xf1, CALLCODE: 0xf2, RETURN: 0xf3, DELEGATECALL: 0xf4, CREATE2: 0xf5,
  STATICCALL: 0xfa, REVERT: 0xfd, INVALID: 0xfe, SELFDESTRUCT: 0xff,
}

export type OpName = keyof typeof NAMES
type Item = string | Uint8Array | Label | LabelRef

interface Label { kind: 'label'; name: string }
interface LabelRef { kind: 'ref'; name: string }

export const label = (name: string): Label => ({ kind: 'label', name })
/** PUSH2 of a label's offset. */
export const ref = (name: string): LabelRef => ({ kind: 'ref', name })
/** Jump to a label (PUSH2 label, JUMP). */
export const jump = (name: string): Item[] => [ref(name), 'JUMP']
/** Jump to a label if the top of the stack is non-zero. */
export const jumpi = (name: string): Item[] => [ref(name), 'JUMPI']

/** The smallest PUSHn (n ≥ 1) of a value: a number, bigint, or 0x hex / bytes (kept at their length). */
export function push(v: number | bigint | string | Uint8Array): Uint8Array {
  let bytes: Uint8Array
  if (v instanceof Uint8Array) bytes = v
  else if (typeof v === 'string') bytes = Buffer.from(v.replace(/^0x/, ''), 'hex')
  else {
    let hex = BigInt(v).toString(16)
    if (hex.length & 1) hex = '0' + hex
    bytes = Buffer.from(hex, 'hex')
  }
  if (bytes.length === 0) bytes = Uint8Array.of(0)
  if (bytes.length > 32) throw new Error(`push: ${bytes.length} bytes is more than 32`)
  return Uint8Array.of(0x5f + bytes.length, ...bytes)
}

export const raw = (hex: string): Uint8Array => Buffer.from(hex.replace(/^0x/, ''), 'hex')

export function asm(...items: (Item | Item[])[]): Uint8Array {
  const flat = items.flat()
  const size = (it: Item): number =>
    typeof it === 'string' ? 1 : it instanceof Uint8Array ? it.length : it.kind === 'ref' ? 3 : 1
  const labels = new Map<string, number>()
  let pc = 0
  for (const it of flat) {
    if (typeof it === 'object' && !(it instanceof Uint8Array) && it.kind === 'label') labels.set(it.name, pc)
    pc += size(it)
  }
  const out: number[] = []
  for (const it of flat) {
    if (typeof it === 'string') {
      const code = NAMES[it]
      if (code === undefined) throw new Error(`asm: unknown opcode ${it}`)
      out.push(code)
    } else if (it instanceof Uint8Array) out.push(...it)
    else if (it.kind === 'label') out.push(NAMES.JUMPDEST)
    else {
      const at = labels.get(it.name)
      if (at === undefined) throw new Error(`asm: unknown label ${it.name}`)
      out.push(0x61, at >> 8, at & 0xff)
    }
  }
  return Uint8Array.from(out)
}

/** Creation code that deploys `runtime` (CODECOPY it to memory and RETURN it). */
export function deployer(runtime: Uint8Array, constructor: Uint8Array = new Uint8Array()): Uint8Array {
  // constructor ++ [PUSH2 len, DUP1, PUSH2 offset, PUSH1 0, CODECOPY, PUSH1 0, RETURN] ++ runtime
  const prefix = 13
  const offset = constructor.length + prefix
  const tail = Uint8Array.from([
    0x61, runtime.length >> 8, runtime.length & 0xff, 0x80,
    0x61, offset >> 8, offset & 0xff, 0x60, 0, 0x39, 0x60, 0, 0xf3,
  ])
  return Uint8Array.from([...constructor, ...tail, ...runtime])
}

/** SSTORE of a constant value at a constant slot. */
export const sstore = (slot: number | bigint, value: number | bigint | string): Item[] => [push(value), push(slot), 'SSTORE']

/** CALL `to` with all gas, `value`, no input and no output; leaves the success flag on the stack. */
export const call = (to: string, value: number | bigint = 0): Item[] => [
  push(0), push(0), push(0), push(0), push(value), push(to), 'GAS', 'CALL',
]

/** Writes `bytes` (any length) into memory from offset `at`, 32-byte word by word (zero-padded). */
export function mstoreBytes(bytes: Uint8Array, at = 0): Item[] {
  const out: Item[] = []
  for (let i = 0; i < bytes.length; i += 32) {
    const word = new Uint8Array(32)
    word.set(bytes.subarray(i, i + 32))
    out.push(push(word), push(at + i), 'MSTORE')
  }
  return out
}

/** CREATE (salt undefined) or CREATE2 of `initcode` with `value`; leaves the new address (or 0). */
export function create(initcode: Uint8Array, value: number | bigint = 0, salt?: number | bigint): Item[] {
  const head = [...mstoreBytes(initcode), ...(salt === undefined ? [] : [push(salt)])]
  return [...head, push(initcode.length), push(0), push(value), salt === undefined ? 'CREATE' : 'CREATE2']
}
