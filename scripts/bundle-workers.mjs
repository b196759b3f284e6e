#!/usr/bin/env node
// Bundles every worker entry (`*.worker.ts`) into one self-contained ESM file, so a
// worker thread starts from a single module instead of resolving hundreds, and loads
// the same way in tests, in the bench and from a built package.
//
//   packages/<p>/src/**/x.worker.ts   -> packages/<p>/dist/workers/x.js
//   packages/<p>/test/**/x.worker.ts  -> packages/<p>/dist/test-workers/x.js
//   bench/src/**/x.worker.ts          -> bench/dist/workers/x.js
import { build } from 'esbuild'
import { readdirSync, statSync } from 'node:fs'
import { join, basename, dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function walk(dir, out = []) {
  let names
  try { names = readdirSync(dir) } catch { return out }
  for (const n of names) {
    if (n === 'node_modules' || n === 'dist') continue
    const p = join(dir, n)
    if (statSync(p).isDirectory()) walk(p, out)
    else if (n.endsWith('.worker.ts')) out.push(p)
  }
  return out
}

const pkgDirs = readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p))
pkgDirs.push(join(root, 'bench'))

const jobs = []
for (const pkg of pkgDirs) {
  for (const [sub, outSub] of [['src', 'workers'], ['test', 'test-workers']]) {
    for (const entry of walk(join(pkg, sub))) {
      const outfile = join(pkg, 'dist', outSub, basename(entry).replace(/\.worker\.ts$/, '.js'))
      jobs.push(
        build({
          entryPoints: [entry],
          outfile,
          bundle: true,
          platform: 'node',
          format: 'esm',
          target: 'node20',
          sourcemap: true,
          conditions: ['blockstm-src'],
          logLevel: 'warning',
          // Native bindings load from node_modules at run time, never from a bundle.
          external: ['lmdb'],
          // CommonJS dependencies (e.g. `debug`) call require() on Node built-ins.
          banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
        }).then(() => relative(root, outfile)),
      )
    }
  }
}
const done = await Promise.all(jobs)
if (process.argv.includes('--verbose')) for (const f of done) console.log('bundled', f)
