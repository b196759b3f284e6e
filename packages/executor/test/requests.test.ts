/**
 * Execution-layer requests (EIP-7685, Prague): deposits from the deposit contract's logs
 * (EIP-6110), withdrawal and consolidation requests dequeued by the post-block system calls
 * to the mainnet contracts (EIP-7002, EIP-7251). Expected requests are built by hand from the
 * transactions' inputs; every engine and the oracle must produce them and the same post-state.
 */
import { createHash } from 'node:crypto'

import test from 'ava'

import { executeSequential } from '../src/block/sequential.js'
import { CONSOLIDATION_QUEUE_ADDRESS, WITHDRAWAL_QUEUE_ADDRESS } from '../src/block/system-calls.js'
import { DEPOSIT_CONTRACT_ADDRESS, DEPOSIT_TOPIC } from '../src/block/requests.js'
import { InvalidBlockError } from '../src/errors.js'
import { executeReference } from '../src/reference/index.js'
import type { BlockInput } from '../src/types.js'
import { asm, push, raw } from './helpers/asm.js'
import { BlockBuilder } from './helpers/builder.js'
import { runBoth } from './helpers/engines.js'
import { ALICE, BOB, ETHER } from './helpers/keys.js'
import { Pools, checkParallel } from './helpers/parallel.js'

// Runtime code of the mainnet contracts (EIP-7002, EIP-7251 as deployed for Prague).
const WITHDRAWAL_QUEUE_CODE = raw(
  '3373fffffffffffffffffffffffffffffffffffffffe1460cb5760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff146101f457600182026001905f5b5f82111560685781019083028483029004916001019190604d565b909390049250505036603814608857366101f457346101f4575f5260205ff35b34106101f457600154600101600155600354806003026004013381556001015f35815560010160203590553360601b5f5260385f601437604c5fa0600101600355005b6003546002548082038060101160df575060105b5f5b8181146101835782810160030260040181604c02815460601b8152601401816001015481526020019060020154807fffffffffffffffffffffffffffffffff00000000000000000000000000000000168252906010019060401c908160381c81600701538160301c81600601538160281c81600501538160201c81600401538160181c81600301538160101c81600201538160081c81600101535360010160e1565b910180921461019557906002556101a0565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff14156101cd57505f5b6001546002828201116101e25750505f6101e8565b01600290035b5f555f600155604c025ff35b5f5ffd',
)
const CONSOLIDATION_QUEUE_CODE = raw(
  '3373fffffffffffffffffffffffffffffffffffffffe1460d35760115f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1461019a57600182026001905f5b5f82111560685781019083028483029004916001019190604d565b9093900492505050366060146088573661019a573461019a575f5260205ff35b341061019a57600154600101600155600354806004026004013381556001015f358155600101602035815560010160403590553360601b5f5260605f60143760745fa0600101600355005b6003546002548082038060021160e7575060025b5f5b8181146101295782810160040260040181607402815460601b815260140181600101548152602001816002015481526020019060030154905260010160e9565b910180921461013b5790600255610146565b90505f6002555f6003555b5f54807fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff141561017357505f5b6001546001828201116101885750505f61018e565b01600190035b5f555f6001556074025ff35b5f5ffd',
)
/** Stands in for the deposit contract: logs its call data as a DepositEvent. */
const DEPOSIT_LOGGER = asm('CALLDATASIZE', push(0), push(0), 'CALLDATACOPY', push(DEPOSIT_TOPIC), 'CALLDATASIZE', push(0), 'LOG1')

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill)
const cat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts))
const be64 = (v: bigint) => Uint8Array.from(Buffer.from(v.toString(16).padStart(16, '0'), 'hex'))
const le64 = (v: bigint) => be64(v).reverse()
const word = (v: number) => Uint8Array.from(Buffer.from(v.toString(16).padStart(64, '0'), 'hex'))
const pad32 = (b: Uint8Array) => cat(b, new Uint8Array((32 - (b.length % 32)) % 32))
const sha256 = (b: Uint8Array) => Uint8Array.from(createHash('sha256').update(b).digest())
const hex = (b: Uint8Array | undefined) => (b === undefined ? 'undefined' : Buffer.from(b).toString('hex'))

/** DepositEvent(pubkey, withdrawal_credentials, amount, signature, index) ABI-encoded: 576 bytes. */
function depositLog(f: Uint8Array[]): Uint8Array {
  const offsets = [160, 256, 320, 384, 512]
  return cat(...offsets.map(word), ...f.flatMap((b) => [word(b.length), pad32(b)]))
}

const pools = new Pools()
test.after.always(() => pools.closeAll())

async function allEngines(t: Parameters<typeof runBoth>[0], block: BlockInput) {
  const r = await runBoth(t, block)
  for (const strategy of ['blockstm', 'dag'] as const) {
    checkParallel(t, block, r, await (await pools.get(2)).execute(block, { strategy, minParallelGas: 0, minPredictedSpeedup: 0 }), `w2/${strategy}`)
  }
  return r
}

test('a Prague block queues a deposit, a withdrawal request and a consolidation: the requests and their hash', async (t) => {
  const pubkey = bytes(48, 0x11)
  const wdAmount = 0x0102030405060708n
  const source = bytes(48, 0x22)
  const target = bytes(48, 0x33)
  const deposit = [bytes(48, 0x44), bytes(32, 0x55), le64(32_000_000_000n), bytes(96, 0x66), le64(7n)]
  const b = new BlockBuilder('prague')
  b.account(ALICE, { balance: ETHER })
  b.account(WITHDRAWAL_QUEUE_ADDRESS, { nonce: 1n, code: WITHDRAWAL_QUEUE_CODE })
  b.account(CONSOLIDATION_QUEUE_ADDRESS, { nonce: 1n, code: CONSOLIDATION_QUEUE_CODE })
  b.account(DEPOSIT_CONTRACT_ADDRESS, { nonce: 1n, code: DEPOSIT_LOGGER })
  // The queues' fee with no excess is 1 wei.
  b.tx({ from: ALICE, to: WITHDRAWAL_QUEUE_ADDRESS, value: 1n, data: cat(pubkey, be64(wdAmount)), gasLimit: 300_000n })
  b.tx({ from: ALICE, to: CONSOLIDATION_QUEUE_ADDRESS, value: 1n, data: cat(source, target), gasLimit: 300_000n })
  b.tx({ from: ALICE, to: DEPOSIT_CONTRACT_ADDRESS, data: depositLog(deposit), gasLimit: 300_000n })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  const block = b.build()
  const r = await allEngines(t, block)
  t.deepEqual(r.txs.map((x) => x.receipt.status), [1, 1, 1, 1])
  const alice = raw(ALICE)
  const expected = [
    cat(Uint8Array.of(0), ...deposit),
    cat(Uint8Array.of(1), alice, pubkey, le64(wdAmount)),
    cat(Uint8Array.of(2), alice, source, target),
  ]
  t.deepEqual(r.requests?.map(hex), expected.map(hex))
  t.is(hex(r.requestsHash), hex(sha256(cat(...expected.map(sha256)))))
  // The queues were emptied: their head and tail pointers were reset, counts cleared.
  t.truthy(r.stateDiff.get(WITHDRAWAL_QUEUE_ADDRESS))
  t.truthy(r.stateDiff.get(CONSOLIDATION_QUEUE_ADDRESS))
})

test('a Prague block without the contracts has no requests: the hash of an empty list', async (t) => {
  const b = new BlockBuilder('prague')
  b.account(ALICE, { balance: ETHER })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  const r = await allEngines(t, b.build())
  t.deepEqual(r.requests, [])
  t.is(hex(r.requestsHash), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  t.is((await executeSequential(b.build(), { systemCalls: false })).requestsHash, undefined)
})

test('before Prague a block carries no requests', async (t) => {
  const b = new BlockBuilder('cancun')
  b.account(ALICE, { balance: ETHER })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  const r = await allEngines(t, b.build())
  t.is(r.requests, undefined)
})

test('a deposit log without the contract’s layout makes the block invalid in every engine', async (t) => {
  const b = new BlockBuilder('prague')
  b.account(ALICE, { balance: ETHER })
  b.account(DEPOSIT_CONTRACT_ADDRESS, { nonce: 1n, code: DEPOSIT_LOGGER })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  b.tx({ from: ALICE, to: DEPOSIT_CONTRACT_ADDRESS, data: bytes(575, 1), gasLimit: 300_000n })
  const block = b.build()
  const message = /EIP-6110.*transaction 1 log 0/
  await t.throwsAsync(executeReference(block), { instanceOf: InvalidBlockError, message })
  await t.throwsAsync(executeSequential(block), { instanceOf: InvalidBlockError, message })
  await t.throwsAsync((await pools.get(2)).execute(block, { minParallelGas: 0, minPredictedSpeedup: 0 }), { instanceOf: InvalidBlockError, message })
})

test('a failing post-block call makes the block invalid', async (t) => {
  const b = new BlockBuilder('prague')
  b.account(ALICE, { balance: ETHER })
  b.account(WITHDRAWAL_QUEUE_ADDRESS, { nonce: 1n, code: asm(push(0), push(0), 'REVERT') })
  b.tx({ from: ALICE, to: BOB, value: 1n, gasLimit: 21_000n })
  const block = b.build()
  const message = /EIP-7002/
  await t.throwsAsync(executeReference(block), { instanceOf: InvalidBlockError, message })
  await t.throwsAsync(executeSequential(block), { instanceOf: InvalidBlockError, message })
  await t.throwsAsync((await pools.get(2)).execute(block, { minParallelGas: 0, minPredictedSpeedup: 0 }), { instanceOf: InvalidBlockError, message })
})
