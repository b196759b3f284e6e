/**
 * `blockstm exec` with the parallel engine: observed edges (--observe-edges) in the JSON stats,
 * a count in the text output, a usage error (exit 2) with any other engine; the `scheduler`
 * line (counters and wasted time, or why the block ran sequentially); --no-sender-edges.
 */
import test from 'ava'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const block = 'fixtures/mainnet/9069000.json.gz'
const cli = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', '--conditions=blockstm-src', 'packages/executor/src/cli/main.ts', 'exec', block, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 })

test('exec --engine parallel --observe-edges --json: stats.observedEdges, forward edges ascending by target', (t) => {
  const out = JSON.parse(cli(['--engine', 'parallel', '--min-parallel-gas', '0', '--observe-edges', '--json'])) as { match: boolean; txCount: number; stats: { observedEdges: Array<[number, number]> } }
  t.true(out.match)
  const edges = out.stats.observedEdges
  t.true(edges.length > 0)
  for (let k = 0; k < edges.length; k++) {
    const [from, to] = edges[k]!
    t.true(from >= 0 && from < to && to < out.txCount, `edge ${k}: [${from}, ${to}]`)
    if (k > 0) t.true(to > edges[k - 1]![1], `edge ${k} after edge ${k - 1}`)
  }
})

test('exec --observe-edges: a count in the text output, a usage error without the parallel engine', (t) => {
  const text = cli(['--engine', 'parallel', '--min-parallel-gas', '0', '--observe-edges'])
  t.regex(text, /^observed {5}\d+ edges \(.*\), allowing at most [\d.]+x on 2 workers \(gas-weighted; [\d.]+x by execution time\)$/m)
  const m = /^scheduler {4}adaptive on 2 workers: (\d+) executions \((\d+) re-executions\), ([\d.]+) ms executing, ([\d.]+) ms of it wasted; (\d+) stopped early on stale reads$/m.exec(text)
  t.truthy(m, text)
  const txs = Number(/^block \d+: (\d+) txs/.exec(text)?.[1])
  t.is(Number(m![1]) - Number(m![2]), txs, 'each transaction executed once, plus re-executions')
  t.true(Number(m![4]) <= Number(m![3]) && Number(m![3]) > 0)
  const small = cli(['--engine', 'parallel', '--observe-edges'])
  t.regex(small, /^scheduler {4}none: ran on the sequential engine \(contract gas \d+ < minParallelGas \d+\)$/m)
  t.notRegex(cli(['--engine', 'parallel']), /^observed/m, 'no observed line without --observe-edges')
  t.regex(small, /^observed {5}none: ran on the sequential engine \(contract gas \d+ < minParallelGas \d+\)$/m)
  const e = t.throws(() => cli(['--observe-edges']))
  t.is((e as unknown as { status: number }).status, 2)
  t.regex((e as unknown as { stderr: string }).stderr, /--observe-edges needs --engine parallel/)
})

test('exec: a payout batch from the beneficiary runs sequentially for its sender edges; --no-sender-edges keeps it on the workers', (t) => {
  const run = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', '--conditions=blockstm-src', 'packages/executor/src/cli/main.ts', 'exec', 'fixtures/mainnet/11814555.json.gz', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 })
  const withEdges = run(['--engine', 'parallel', '--min-parallel-gas', '0'])
  t.regex(withEdges, /^scheduler {4}none: ran on the sequential engine \(sender edges allow at most 1\.\d\dx on 2 workers\)$/m)
  t.regex(withEdges, /^MATCH$/m)
  const without = run(['--engine', 'parallel', '--min-parallel-gas', '0', '--no-sender-edges'])
  t.regex(without, /^scheduler {4}adaptive on 2 workers: \d+ executions/m)
  t.regex(without, /^MATCH$/m)
})
