/**
 * Two worker threads open the same LMDB directory read-only (each its own handle, as
 * the parallel engine's workers will) and read the same values as the main thread;
 * each also opens it through `openBaseState` from a structured-cloned spec.
 *
 * Workers cannot load TypeScript through tsx here, so the test bundles a small worker
 * with esbuild (as scripts/bundle-workers.mjs does for the engine), keeping `lmdb`
 * external: its native binding must be loaded from node_modules, not bundled.
 */
import test from 'ava'
import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

import { loadBlockFile } from '../src/index.js'
import type { AccountRecord } from '../src/state/base.js'
import { importBlockState } from '../src/state/import.js'
import { LmdbState } from '../src/state/lmdb.js'
import type { BaseStateSpec } from '../src/state/open.js'

const pkg = fileURLToPath(new URL('..', import.meta.url))
const FIXTURE = fileURLToPath(new URL('../../../fixtures/mainnet/19426587.json.gz', import.meta.url))

const WORKER_SRC = `
import { parentPort, workerData } from 'node:worker_threads'
import { LmdbState } from './src/state/lmdb.ts'
import { openBaseState } from './src/state/open.ts'

const { dir, spec, accounts, slots, hashes } = workerData
const show = (r) => (r === undefined ? 'none' : r.nonce + '/' + r.balance + '/' + r.codeHash + '/' + r.hasStorage)
const hex = (b) => (b === undefined ? 'none' : Buffer.from(b).toString('hex'))
async function readAll(s) {
  const out = []
  for (const a of accounts) {
    const r = await s.account(a)
    out.push(show(r))
    if (r !== undefined && r.codeHash !== '${'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'}') out.push(hex(await s.code(r.codeHash)))
  }
  for (const [a, k] of slots) out.push(hex(await s.storage(a, k)))
  for (const n of hashes) out.push(hex(await s.blockHash(BigInt(n))))
  return out
}
const direct = LmdbState.open(dir)
const first = await readAll(direct)
await direct.close()
const viaSpec = await readAll(openBaseState(spec, { preState: new Map(), blockHashes: new Map() }))
parentPort.postMessage({ first, viaSpec })
`

test('two worker threads open the same LMDB read-only and read the same values', async (t) => {
  const block = await loadBlockFile(FIXTURE)
  const dir = mkdtempSync(join(tmpdir(), 'blockstm-storage-workers-'))
  // Inside packages/executor so the external `lmdb` import resolves from its node_modules.
  const outDir = join(pkg, 'node_modules', '.cache', 'blockstm-storage-test')
  mkdirSync(outDir, { recursive: true })
  const outfile = join(outDir, `worker-${process.pid}.mjs`)
  try {
    await importBlockState(block, dir)
    await build({
      stdin: { contents: WORKER_SRC, resolveDir: pkg, sourcefile: 'storage-worker.ts', loader: 'ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['lmdb'],
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    })

    const accounts = [...block.preState.keys()].map((a) => a.slice(2))
    accounts.push('ff'.repeat(20)) // absent
    const slots: [string, string][] = []
    for (const [a, acc] of block.preState) for (const s of acc.storage.keys()) slots.push([a.slice(2), s.slice(2)])
    slots.push([accounts[0], 'ee'.repeat(32)]) // unset
    const hashes = [...block.blockHashes.keys()].map(String)
    hashes.push('1')

    // The main thread's answers, from its own handle.
    const main = LmdbState.open(dir)
    const show = (r: AccountRecord | undefined) => (r === undefined ? 'none' : `${r.nonce}/${r.balance}/${r.codeHash}/${r.hasStorage}`)
    const hex = (b: Uint8Array | undefined) => (b === undefined ? 'none' : Buffer.from(b).toString('hex'))
    const expected: string[] = []
    for (const a of accounts) {
      const r = main.account(a)
      expected.push(show(r))
      if (r !== undefined && r.codeHash !== 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470') expected.push(hex(main.code(r.codeHash)))
    }
    for (const [a, k] of slots) expected.push(hex(main.storage(a, k)))
    for (const n of hashes) expected.push(hex(main.blockHash(BigInt(n))))

    const spec: BaseStateSpec = { kind: 'lmdb', dir, latencyUs: 20 }
    const run = () =>
      new Promise<{ first: string[]; viaSpec: string[] }>((resolve, reject) => {
        const w = new Worker(outfile, { workerData: { dir, spec, accounts, slots, hashes } })
        w.once('message', (m) => {
          resolve(m)
          void w.terminate()
        })
        w.once('error', reject)
        w.once('exit', (code) => code !== 0 && reject(new Error(`worker exited ${code}`)))
      })
    const [a, b] = await Promise.all([run(), run()])
    await main.close()
    t.true(expected.length > 200)
    t.deepEqual(a.first, expected)
    t.deepEqual(b.first, expected)
    t.deepEqual(a.viaSpec, expected)
    t.deepEqual(b.viaSpec, expected)
  } finally {
    rmSync(dir, { recursive: true, force: true })
    rmSync(outfile, { force: true })
    rmSync(outfile + '.map', { force: true })
  }
})
