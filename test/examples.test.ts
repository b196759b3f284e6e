/**
 * Every package README points at runnable examples: run each one as a user would (through
 * tsx, the workspace's source condition), check what it claims in its output, and keep each
 * README's "prints" block equal to what its example really prints.
 */
import test from 'ava'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
const PACKAGES = ['mvmemory', 'scheduler', 'executor', 'hints']

interface Run { code: number | null; stdout: string; stderr: string }

function runExample(path: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', '--conditions=blockstm-src', path, ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr })
    })
  })
}

const readme = (pkg: string): string => readFileSync(join(root, 'packages', pkg, 'README.md'), 'utf8')
const examples = (pkg: string): string[] => readdirSync(join(root, 'packages', pkg, 'examples')).filter((f) => f.endsWith('.ts'))

/** The fenced block right after a line that is exactly "prints", if the README has one. */
function printsBlock(text: string): string | undefined {
  const m = /\nprints\n\n```\n([\s\S]*?)```/.exec(text)
  return m?.[1]
}

function ok(t: import('ava').ExecutionContext, r: Run, label: string): void {
  t.is(r.code, 0, `${label} exited ${r.code}:\n${r.stderr.slice(-2000)}`)
}

test('every example is named in its README, and every example path a README names exists', (t) => {
  for (const pkg of PACKAGES) {
    const text = readme(pkg)
    for (const f of examples(pkg)) t.true(text.includes(`examples/${f}`), `packages/${pkg}/README.md does not mention examples/${f}`)
    for (const m of text.matchAll(/(?:packages\/[a-z]+\/)?examples\/[\w-]+\.ts/g)) {
      const rel = m[0].startsWith('packages/') ? m[0] : `packages/${pkg}/${m[0]}`
      t.true(existsSync(join(root, rel)), `packages/${pkg}/README.md names ${m[0]}, which does not exist`)
    }
  }
})

test('mvmemory example prints exactly what its README says', async (t) => {
  const r = await runExample('packages/mvmemory/examples/basic.ts')
  ok(t, r, 'mvmemory/basic')
  const want = printsBlock(readme('mvmemory'))
  t.truthy(want, 'the README has a "prints" block')
  t.is(r.stdout, want ?? '')
})

for (const strategy of ['blockstm', 'dag', 'adaptive', 'sequential']) {
  test(`scheduler example (${strategy}): 4 worker threads match serial execution, trace printed`, async (t) => {
    const r = await runExample('packages/scheduler/examples/basic.ts', [strategy])
    ok(t, r, `scheduler/basic ${strategy}`)
    t.regex(r.stdout, new RegExp(`^strategy=${strategy} workers=4 txs=64 done=true matches serial: true$`, 'm'))
    t.regex(r.stdout, /^executions=\d+ reExecutions=\d+ validations=\d+/m)
    const trace = r.stdout.split('first trace lines:\n')[1]?.trim().split('\n') ?? []
    t.is(trace.length, 6)
    // Any scheduler event: a worker may sleep, be deferred or abort before the sixth record.
    for (const line of trace) t.regex(String((JSON.parse(line) as { ev?: unknown }).ev), /^((exec|validate)_(start|end)|abort|wait|resume|defer|sleep|wake|done)$/, line)
  })
}

test('executor example: receipts root as in the header, parallel equal to sequential', async (t) => {
  const r = await runExample('packages/executor/examples/basic.ts')
  ok(t, r, 'executor/basic')
  t.regex(r.stdout, /^receipts root matches header: true$/m)
  t.regex(r.stdout, /^parallel equals sequential: true; strategy adaptive, executions \d+, re-executions \d+$/m)
})

test('executor storage example: LMDB, with and without read latency, gives the in-memory result', async (t) => {
  const r = await runExample('packages/executor/examples/storage.ts')
  ok(t, r, 'executor/storage')
  const same = [...r.stdout.matchAll(/\(same result: (\w+)\)/g)].map((m) => m[1])
  t.true(same.length >= 2, r.stdout)
  t.deepEqual(same, same.map(() => 'true'))
  t.regex(r.stdout, /^ {2}base reads per tx: [\d.]+/m)
})

test('hints example: every true edge predicted, recall 1, dag with the hints equal to sequential', async (t) => {
  const r = await runExample('packages/hints/examples/basic.ts')
  ok(t, r, 'hints/basic')
  const m = /^edges: (\d+)\/(\d+) found/m.exec(r.stdout)
  t.truthy(m, r.stdout)
  t.is(m![1], m![2])
  t.regex(r.stdout, /\(recall 1\.00\)/)
  t.regex(r.stdout, /same post-state as sequential: true$/m)
})
