/**
 * `blockstm exec --observe-edges`: the parallel engine's observed edges in the JSON stats,
 * a count in the text output, and a usage error (exit 2) with any other engine.
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
  t.regex(cli(['--engine', 'parallel', '--min-parallel-gas', '0', '--observe-edges']), /^observed {5}\d+ edges \(.*\), allowing at most [\d.]+x on 2 workers \(gas-weighted\)$/m)
  t.regex(cli(['--engine', 'parallel', '--observe-edges']), /^observed {5}none: ran on the sequential engine \(contract gas \d+ < minParallelGas \d+\)$/m)
  const e = t.throws(() => cli(['--observe-edges']))
  t.is((e as unknown as { status: number }).status, 2)
  t.regex((e as unknown as { stderr: string }).stderr, /--observe-edges needs --engine parallel/)
})
