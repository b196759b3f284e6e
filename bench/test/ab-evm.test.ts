/**
 * bench/scripts/ab-evm.ts runs: the sequential engine with our EVM patches on and off in one
 * process, both sides' results checked equal, medians and the ratio printed.
 */
import test from 'ava'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', '--conditions=blockstm-src', 'bench/scripts/ab-evm.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 })

test('ab-evm: a small block with every patch off on the stock side: same results, medians and the ratio printed', (t) => {
  const out = run(['--workload', 'uniswap', '--scale', '0.002', '--runs', '2', '--warmup', '1', '--off', 'BLOCKSTM_STOCK_WORDS,BLOCKSTM_STOCK_CALLS,BLOCKSTM_STOCK_STEPS'])
  t.regex(out, /^uniswap at scale 0\.002, \d+ txs, 2 runs after 1 warm-ups; stock side: BLOCKSTM_STOCK_WORDS BLOCKSTM_STOCK_CALLS BLOCKSTM_STOCK_STEPS$/m)
  t.regex(out, /^patched [\d.]+ ms, stock [\d.]+ ms, patched\/stock [\d.]+$/m)
})

test('ab-evm: an unknown switch is a usage error (exit 2)', (t) => {
  const e = t.throws(() => run(['--off', 'BLOCKSTM_NOPE']))
  t.is((e as unknown as { status: number }).status, 2)
  t.regex((e as unknown as { stderr: string }).stderr, /not BLOCKSTM_NOPE/)
})
