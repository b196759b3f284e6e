/**
 * Generated blocks for the opcodes our EVMs run with their own handlers or gas
 * (block/word-opcodes.ts, the synchronous dynamic gas in block/fast-steps.ts): edge
 * operands, memory expansion read back through MSIZE and GAS, calldata read past its
 * end, and the failures (invalid jump, out of gas by expansion, stack underflow),
 * each against @ethereumjs/vm with the stock handlers.
 */
import test from 'ava'

import { asm, push } from './helpers/asm.js'
import { BlockBuilder } from './helpers/builder.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, ETHER, addr } from './helpers/keys.js'

const MAX = (1n << 256n) - 1n
type Item = Parameters<typeof asm>[number]

/** Each computation's result into the next slot, and the gas left after it. */
function storing(computations: Item[][]): Item[] {
  const out: Item[] = []
  computations.forEach((c, i) => out.push(...c, push(2 * i + 1), 'SSTORE', 'GAS', push(2 * i + 2), 'SSTORE'))
  return out
}

const binary = (op: string, a: bigint, b: bigint): Item[] => [push(b), push(a), op] // a on top

for (const hardfork of ['istanbul', 'cancun']) {
  test(`arithmetic, memory gas, KECCAK256, CALLDATALOAD and SLOAD against the reference (${hardfork})`, async (t) => {
    const ops = addr(0x0bb)
    const code = asm(
      ...storing([
        binary('ADD', MAX, 1n), binary('ADD', MAX, MAX), binary('ADD', 3n, 4n),
        binary('SUB', 0n, 1n), binary('SUB', 5n, 3n), binary('SUB', 3n, MAX),
        binary('MUL', MAX, MAX), binary('MUL', 1n << 128n, 1n << 128n), binary('MUL', 1n << 127n, 3n),
        binary('LT', 1n, 2n), binary('LT', MAX, 0n), binary('GT', MAX, 0n), binary('EQ', MAX, MAX), binary('EQ', 1n, 0n),
        binary('AND', MAX, 0xf0f0n), binary('OR', 1n << 255n, 1n),
        binary('SHL', 255n, 1n), binary('SHL', 256n, 1n), binary('SHL', 4n, MAX),
        binary('SHR', 1n, MAX), binary('SHR', 256n, MAX), binary('SHR', 257n, MAX), binary('SHR', 8n, 0x1234n),
        // Memory: expansion by MSTORE, MSTORE8 and MLOAD, then its size.
        [push(0xabcdefn), push(1000), 'MSTORE', 'MSIZE'],
        [push(0x7fn), push(5001), 'MSTORE8', 'MSIZE'],
        [push(9000), 'MLOAD', 'MSIZE', 'ADD'],
        [push(1000), 'MLOAD'],
        // KECCAK256 of 0, 1, 33 and 100 bytes, the last past the end of memory.
        [push(0), push(0), 'KECCAK256'], [push(0), push(100000), 'KECCAK256', 'MSIZE', 'ADD'], [push(1), push(1000), 'KECCAK256'], [push(33), push(990), 'KECCAK256'], [push(100), push(9990), 'KECCAK256', 'MSIZE', 'ADD'],
        // Calldata (70 bytes): a whole word, the last 5 bytes, at the end, far past it.
        [push(0), 'CALLDATALOAD'], [push(65), 'CALLDATALOAD'], [push(70), 'CALLDATALOAD'], [push(500), 'CALLDATALOAD'], [push(MAX), 'CALLDATALOAD'],
        // Storage written above, and never written.
        [push(1), 'SLOAD'], [push(7), 'SLOAD'], [push(12345), 'SLOAD'],
        // A taken and a not-taken JUMPI over valid destinations are below (see `jumps`).
      ]),
      'STOP',
    )
    const jumps = addr(0x0bc)
    const jumpsCode = Uint8Array.of(
      0x60, 0x01, 0x60, 0x0a, 0x57, // PUSH1 1, PUSH1 10, JUMPI (taken, to 10)
      0x60, 0x02, 0x60, 0x01, 0x55, // (skipped) SSTORE(1, 2)
      0x5b, // 10: JUMPDEST
      0x60, 0x00, 0x60, 0x05, 0x57, // PUSH1 0, PUSH1 5, JUMPI (not taken)
      0x60, 0x03, 0x60, 0x02, 0x55, // SSTORE(2, 3)
      0x00,
    )
    const b = new BlockBuilder(hardfork)
    b.account(ALICE, { balance: ETHER })
    b.account(ops, { nonce: 1n, code, storage: { 7: 0x77n } })
    b.account(jumps, { nonce: 1n, code: jumpsCode })
    b.tx({ from: ALICE, to: ops, gasLimit: 3_000_000n, data: Uint8Array.from({ length: 70 }, (_, i) => (i * 37 + 11) % 256) })
    b.tx({ from: ALICE, to: jumps, gasLimit: 100_000n })
    const r = await runBoth(t, b.build())
    t.true(r.txs.every((x) => x.receipt.status === 1), 'both transactions succeed')
  })
}

test('failures in replaced handlers and synchronous gas: invalid JUMPI, out of gas by expansion or hashing, stack underflow', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  const contracts: Uint8Array[] = [
    Uint8Array.of(0x60, 0x01, 0x60, 0x03, 0x57, 0x00), // JUMPI taken to 3, not a JUMPDEST
    Uint8Array.of(0x60, 0x01, 0x61, 0xff, 0xff, 0x57, 0x00), // JUMPI past the code
    asm(push(1), push(1n << 30n), 'MSTORE'), // MSTORE at 1 GiB: out of gas
    asm(push(1), push(1n << 40n), 'MSTORE8'),
    asm(push(1n << 32n), push(0), 'KECCAK256'), // hashing 4 GiB
    asm(push(0), 'MLOAD', push(1n << 200n), 'MLOAD'),
    asm('ADD'), // stack underflow
    asm(push(1), 'JUMPI'),
    asm('MSTORE'),
    asm(push(0), 'KECCAK256'),
  ]
  contracts.forEach((code, i) => {
    const to = addr(0x0c00 + i)
    b.account(to, { nonce: 1n, code })
    b.tx({ from: ALICE, to, gasLimit: 200_000n })
  })
  const r = await runBoth(t, b.build())
  t.true(r.txs.every((x) => x.receipt.status === 0), 'every one fails')
  t.regex(r.txs[0]!.error ?? '', /^invalid JUMP at 0x[0-9a-f]{64}\/0x[0-9a-f]{40}:4$/)
})
