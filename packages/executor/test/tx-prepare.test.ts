/**
 * prepareTx's shortcuts against the plain rules: intrinsic gas from BlockEnv.gas (and
 * the base cost alone for a plain call) equals the sum over Common.param, and state keys
 * handed in by decodeTx equal those derived from the 0x strings.
 */
import test from 'ava'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { makeBlockEnv } from '../src/block/env.js'
import { loadBlockFile } from '../src/input/parse.js'
import { calldataFloorGas, intrinsicGas } from '../src/tx/intrinsic.js'
import { prepareTx } from '../src/tx/prepared.js'
import type { BlockEnv } from '../src/block/env.js'
import type { TxInput } from '../src/types.js'

const dir = fileURLToPath(new URL('../../../fixtures/mainnet/', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.json.gz'))

/** The intrinsic gas rules written out with Common.param on every term. */
function plainIntrinsic(tx: TxInput, env: BlockEnv): bigint {
  const p = (name: string) => env.common.param(name)
  let zeros = 0n
  for (const b of tx.data) if (b === 0) zeros++
  let gas = p('txGas') + p('txDataZeroGas') * zeros + p('txDataNonZeroGas') * (BigInt(tx.data.length) - zeros)
  if (tx.to === null && env.eip.homestead) gas += p('txCreationGas')
  if (tx.to === null && env.eip.e3860) gas += p('initCodeWordGas') * BigInt(Math.ceil(tx.data.length / 32))
  if (tx.type >= 1) for (const item of tx.accessList) gas += p('accessListAddressGas') + p('accessListStorageKeyGas') * BigInt(item.storageKeys.length)
  if (tx.type === 4) gas += p('perEmptyAccountCost') * BigInt(tx.authorizationList!.length)
  return gas
}

test('intrinsic gas and the calldata floor equal the plain rules on every mainnet transaction; keys handed in equal keys derived', async (t) => {
  let plainCalls = 0
  for (const f of files) {
    const block = await loadBlockFile(dir + f)
    const env = makeBlockEnv(block)
    for (const tx of block.transactions) {
      t.is(intrinsicGas(tx, env), plainIntrinsic(tx, env), `${f} tx ${tx.index}`)
      if (env.eip.e7623) {
        let tokens = 0n
        for (const b of tx.data) tokens += b === 0 ? 1n : 4n
        t.is(calldataFloorGas(tx, env), env.common.param('txGas') + env.common.param('totalCostFloorPerToken') * tokens)
      }
      if (tx.data.length === 0 && tx.to !== null) plainCalls++
      const derived = prepareTx(tx, env)
      const given = prepareTx(tx, env, { from: tx.from.slice(2).toLowerCase(), to: tx.to === null ? undefined : tx.to.slice(2).toLowerCase() })
      t.is(given.callerKey, derived.callerKey)
      t.is(given.toKey, derived.toKey)
      t.is(given.maxCost, derived.maxCost)
      t.is(given.upfrontGasCost, derived.upfrontGasCost)
    }
  }
  t.true(plainCalls > 100, 'the shortcut is exercised')
})
