/**
 * Random blocks over a deliberately small key space, for the parallel property test: 4 senders
 * (one of them the coinbase), 4 contracts with 4 storage slots each, and the children they create.
 * Contracts are random programs of snippets (SLOAD/SSTORE on shared slots, logs, value CALLs to
 * EOAs, the coinbase and other contracts, BALANCE of the coinbase, SELFBALANCE, CREATE and
 * CREATE2 of children with fixed salts — so CREATE2 collides and, pre-Cancun, re-creates after a
 * self-destruct), ending in STOP, REVERT or SELFDESTRUCT as the calldata's flags say.
 * Transactions: value transfers (to and from the coinbase too), contract calls with random flags
 * and value, top-level creates (some reverting, some self-destructing in the constructor), many
 * per sender (automatic nonces). Deterministic from the seed.
 */
import { bigIntToBytes, bytesToHex, createAddressFromString, generateAddress, generateAddress2, setLengthLeft } from '@ethereumjs/util'

import type { BlockInput, Hex } from '../../src/types.js'
import { asm, call, create, deployer, jumpi, label, push } from './asm.js'
import { BlockBuilder, isAtLeast } from './builder.js'
import { ALICE, BOB, CAROL, COINBASE, ETHER, addr } from './keys.js'

type Item = Parameters<typeof asm>[0]

export const HARDFORKS = ['berlin', 'london', 'shanghai', 'cancun', 'prague'] as const

/** sfc32-ish small PRNG (mulberry32): deterministic from the seed. */
export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = (seed * 0x9e3779b9) >>> 0 || 1
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

const hex = (b: Uint8Array): Hex => bytesToHex(b).toLowerCase() as Hex
const bytes = (a: Hex): Uint8Array => createAddressFromString(a).bytes
export const createAddr = (from: Hex, nonce: bigint): Hex => hex(generateAddress(bytes(from), bigIntToBytes(nonce)))
export const create2Addr = (from: Hex, salt: bigint, init: Uint8Array): Hex =>
  hex(generateAddress2(bytes(from), setLengthLeft(bigIntToBytes(salt), 32), init))

const SLOTS = 4
const CONTRACTS = 4
const CONTRACT_BASE = 0x100
export const SENDERS: Hex[] = [ALICE, BOB, CAROL, COINBASE]

/** Flags in calldata word 0: bit 0 → REVERT at the end, bit 1 → SELFDESTRUCT at the end. */
function ending(beneficiary: Hex): Item[] {
  return [
    push(0), 'CALLDATALOAD', push(1), 'AND', jumpi('revert'),
    push(0), 'CALLDATALOAD', push(2), 'AND', jumpi('destruct'),
    'STOP',
    label('revert'), push(0), push(0), 'REVERT',
    label('destruct'), push(beneficiary), 'SELFDESTRUCT',
  ] as Item[]
}

export interface RandomBlock {
  seed: number
  block: BlockInput
  /** One line: hardfork, tx count, kinds. */
  summary: string
}

export function randomBlock(seed: number, opts: { minTxs?: number; maxTxs?: number } = {}): RandomBlock {
  const rng = new Rng(seed)
  const hardfork = rng.pick(HARDFORKS)
  const istanbul = true // every hardfork above has SELFBALANCE (Istanbul)
  const b = new BlockBuilder(hardfork)
  const contracts = Array.from({ length: CONTRACTS }, (_, i) => addr(CONTRACT_BASE + i))
  const eoas: Hex[] = [...SENDERS, addr(0xe0a)] // + one that never sends (may not exist yet)

  // Children: a random small program; the init code may store, revert or self-destruct.
  const snippet = (self: number, targets: Hex[], allowCreate: boolean, childInit: Uint8Array): Item[] => {
    const s = rng.int(SLOTS)
    switch (rng.int(allowCreate ? 10 : 8)) {
      case 0:
      case 1:
        return [push(rng.int(5) + 1), 'CALLVALUE', 'ADD', push(rng.int(SLOTS)), 'SLOAD', 'ADD', push(s), 'SSTORE']
      case 2:
        return [push(0), push(s), 'SSTORE'] // clear: refunds
      case 3:
        return [push(s), 'SLOAD', push(0), 'MSTORE', push(0xa0 + self), push(32), push(0), 'LOG1']
      case 4:
        return [...call(rng.pick(targets), rng.pick([0n, 1n, 1000n, 10n ** 15n])), 'POP']
      case 5:
        return [push(COINBASE), 'BALANCE', push(s), 'SSTORE']
      case 6:
        return istanbul ? ['SELFBALANCE', push(s), 'SSTORE'] : [push(rng.pick(eoas)), 'BALANCE', push(s), 'SSTORE']
      case 7:
        return [push(rng.pick(targets)), 'EXTCODEHASH', push(s), 'SSTORE']
      case 8:
        return [...create(childInit, rng.pick([0n, 7n])), push(s), 'SSTORE']
      default:
        return [...create(childInit, 0n, rng.int(2)), push(s), 'SSTORE']
    }
  }

  const childTargets: Hex[] = [...eoas]
  const childRuntime = asm(...Array.from({ length: 2 }, () => snippet(9, childTargets, false, new Uint8Array())).flat(), ...ending(rng.pick(eoas)))
  const childCtor = rng.pick([
    asm(push(1), 'CALLVALUE', 'ADD', push(0), 'SSTORE'),
    asm(push(COINBASE), 'BALANCE', push(1), 'SSTORE'),
    asm(push(0), 'CALLDATASIZE', 'POP'),
  ])
  const childInit = deployer(childRuntime, childCtor)
  const destroyingInit = asm(push(rng.pick(eoas)), 'SELFDESTRUCT') // created and destroyed in one tx
  const revertingInit = asm(push(1), push(0), 'SSTORE', push(0), push(0), 'REVERT')

  // Addresses children can land on: CREATE from each contract (nonces 1..4), CREATE2 salts 0 and 1.
  const children: Hex[] = []
  for (const c of contracts) {
    for (let n = 1n; n <= 4n; n++) children.push(createAddr(c, n))
    for (const salt of [0n, 1n]) children.push(create2Addr(c, salt, childInit))
  }

  for (let i = 0; i < CONTRACTS; i++) {
    // Calls go to EOAs, the coinbase, lower contracts and children: no recursion through a contract.
    const targets = [...eoas, ...contracts.slice(0, i), ...children.slice(0, 6 * i)]
    const body = Array.from({ length: 2 + rng.int(4) }, () => snippet(i, targets, true, childInit)).flat()
    const storage: Record<number, bigint> = {}
    for (let s = 0; s < SLOTS; s++) if (rng.chance(0.5)) storage[s] = BigInt(rng.int(3) + 1)
    b.account(contracts[i], {
      nonce: 1n,
      balance: rng.chance(0.7) ? BigInt(rng.int(100)) * 10n ** 15n : 0n,
      code: asm(...body, ...ending(rng.pick([...eoas, contracts[i], ...contracts]))),
      storage,
    })
  }
  for (const e of SENDERS) b.account(e, { balance: 100n * ETHER, nonce: BigInt(rng.int(3)) })
  // One pre-existing child (as if created earlier): calls and CREATE2 may meet it.
  if (rng.chance(0.5)) b.account(create2Addr(contracts[0], 0n, childInit), { nonce: 1n, code: childRuntime, storage: { 0: 5n } })

  const nTx = (opts.minTxs ?? 10) + rng.int((opts.maxTxs ?? 40) - (opts.minTxs ?? 10) + 1)
  const kinds: Record<string, number> = {}
  const nonces = new Map<Hex, bigint>()
  for (const e of SENDERS) nonces.set(e, b.preState.get(e)!.nonce)
  const callTargets = [...contracts, ...children]
  for (let k = 0; k < nTx; k++) {
    const from = rng.pick([ALICE, ALICE, BOB, BOB, CAROL, COINBASE])
    const kind = rng.pick(['transfer', 'transfer', 'call', 'call', 'call', 'call', 'create'] as const)
    kinds[kind] = (kinds[kind] ?? 0) + 1
    const legacy = isAtLeast(hardfork, 'london') && rng.chance(0.2) ? { type: 0 } : {}
    const nonce = nonces.get(from)!
    nonces.set(from, nonce + 1n)
    if (kind === 'transfer') {
      b.tx({ from, to: rng.pick(eoas.filter((e) => e !== from)), value: BigInt(1 + rng.int(10 ** 6)) * 10n ** 9n, gasLimit: 21_000n, ...legacy })
    } else if (kind === 'call') {
      const flags = rng.pick([0, 0, 0, 0, 1, 2, 3])
      const data = new Uint8Array(32)
      data[31] = flags
      b.tx({ from, to: rng.chance(0.5) ? rng.pick(contracts) : rng.pick(callTargets), data, value: rng.pick([0n, 0n, 10n ** 12n]), gasLimit: BigInt(150_000 + rng.int(450_000)), ...legacy })
    } else {
      const init = rng.pick([childInit, childInit, destroyingInit, revertingInit])
      b.tx({ from, to: null, data: init, value: rng.pick([0n, 5n]), gasLimit: 400_000n, ...legacy })
      // Later txs may call what this created.
      callTargets.push(createAddr(from, nonce))
    }
  }
  const summary = `${hardfork}, ${nTx} txs (${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')})`
  return { seed, block: b.build(), summary }
}
