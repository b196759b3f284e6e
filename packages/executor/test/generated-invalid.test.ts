/**
 * Generated blocks with an invalid transaction at index 1 (after a valid one): both engines must
 * refuse the block, naming the transaction and the reason.
 */
import test from 'ava'

import type { InvalidTxReason } from '../src/errors.js'
import { asm, push } from './helpers/asm.js'
import { BlockBuilder } from './helpers/builder.js'
import type { TxSpec } from './helpers/builder.js'
import { expectInvalidBoth } from './helpers/engines.js'
import { ALICE, BOB, CAROL, ETHER, GWEI, addr } from './helpers/keys.js'

const CONTRACT = addr(0xc0)

interface Case {
  name: string
  reason: InvalidTxReason
  hardfork?: string
  gasLimit?: bigint
  tx: TxSpec
}

const CASES: Case[] = [
  { name: 'nonce too low', reason: 'NONCE_TOO_LOW', tx: { from: BOB, to: ALICE, nonce: 4n, gasLimit: 21_000n } },
  { name: 'nonce too high', reason: 'NONCE_TOO_HIGH', tx: { from: BOB, to: ALICE, nonce: 6n, gasLimit: 21_000n } },
  {
    name: 'balance below the upfront cost',
    reason: 'INSUFFICIENT_FUNDS',
    tx: { from: CAROL, to: ALICE, gasLimit: 21_000n },
  },
  {
    name: 'value above the balance',
    reason: 'INSUFFICIENT_FUNDS',
    tx: { from: BOB, to: ALICE, value: 2n * ETHER, gasLimit: 21_000n },
  },
  { name: 'intrinsic gas too low', reason: 'INTRINSIC_GAS_TOO_LOW', tx: { from: BOB, to: ALICE, gasLimit: 20_999n } },
  {
    name: 'intrinsic gas too low for its calldata',
    reason: 'INTRINSIC_GAS_TOO_LOW',
    tx: { from: BOB, to: ALICE, gasLimit: 21_100n, data: new Uint8Array(10).fill(1) },
  },
  {
    name: 'maxFeePerGas below the base fee',
    reason: 'FEE_CAP_BELOW_BASE_FEE',
    tx: { from: BOB, to: ALICE, gasLimit: 21_000n, maxFeePerGas: GWEI - 1n, maxPriorityFeePerGas: 0n },
  },
  {
    name: 'legacy gasPrice below the base fee',
    reason: 'FEE_CAP_BELOW_BASE_FEE',
    tx: { from: BOB, to: ALICE, gasLimit: 21_000n, type: 0, gasPrice: GWEI - 1n },
  },
  { name: 'sender has code (EIP-3607)', reason: 'SENDER_NOT_EOA', tx: { from: CONTRACT, to: ALICE, gasLimit: 21_000n } },
  {
    name: 'gas limit above the block gas limit',
    reason: 'GAS_LIMIT_ABOVE_BLOCK',
    tx: { from: BOB, to: ALICE, gasLimit: 30_000_001n },
  },
  {
    // tx0 used 21,000 of the block's 100,000; 79,001 no longer fits (whatever tx0's gas limit was).
    name: 'gas limit above what is left in the block',
    reason: 'BLOCK_GAS_EXHAUSTED',
    gasLimit: 100_000n,
    tx: { from: BOB, to: ALICE, gasLimit: 79_001n },
  },
  {
    name: 'a type 2 transaction before London',
    reason: 'TX_TYPE_NOT_ACTIVE',
    hardfork: 'berlin',
    tx: { from: BOB, to: ALICE, gasLimit: 21_000n, type: 2 },
  },
  {
    name: 'maxFeePerBlobGas below the blob base fee',
    reason: 'BLOB_FEE_CAP_BELOW_BLOB_BASE_FEE',
    tx: { from: BOB, to: ALICE, gasLimit: 21_000n, type: 3, maxFeePerBlobGas: 0n },
  },
]

for (const c of CASES) {
  test(`invalid: ${c.name}`, async (t) => {
    const hardfork = c.hardfork ?? 'cancun'
    const b = new BlockBuilder(hardfork, { gasLimit: c.gasLimit ?? 30_000_000n })
    b.account(ALICE, { balance: ETHER })
    b.account(BOB, { balance: ETHER, nonce: 5n })
    b.account(CAROL, { balance: 1000n })
    b.account(CONTRACT, { balance: ETHER, nonce: 1n, code: asm(push(1), 'POP') })
    b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 60_000n, type: 0 })
    b.tx(c.tx)
    await expectInvalidBoth(t, b.build(), 1, c.reason)
  })
}
