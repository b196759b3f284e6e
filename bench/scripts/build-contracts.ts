/**
 * Recompiles bench/contracts/*.sol into bench/contracts/artifacts/*.json.
 *   tsx bench/scripts/build-contracts.ts          write the artifacts
 *   tsx bench/scripts/build-contracts.ts --check  exit 1 if the committed ones differ
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { ARTIFACTS_DIR } from '../src/contracts/artifacts.js'
import { artifactText, compileContracts } from '../src/contracts/compile.js'

/** Files that differ (or are missing / extra) between the compiler's output and the committed artifacts. */
export function diffArtifacts(): string[] {
  const built = compileContracts()
  const problems: string[] = []
  for (const [name, a] of built) {
    const path = join(ARTIFACTS_DIR, `${name}.json`)
    if (!existsSync(path)) problems.push(`${name}.json missing`)
    else if (readFileSync(path, 'utf8') !== artifactText(a)) problems.push(`${name}.json differs`)
  }
  for (const f of readdirSync(ARTIFACTS_DIR)) {
    if (f.endsWith('.json') && !built.has(f.slice(0, -5))) problems.push(`${f} has no source contract`)
  }
  return problems
}

function main(): void {
  if (process.argv.includes('--check')) {
    const problems = diffArtifacts()
    if (problems.length > 0) {
      console.error(`contract artifacts out of date (run: pnpm exec tsx bench/scripts/build-contracts.ts):\n  ${problems.join('\n  ')}`)
      process.exit(1)
    }
    console.log('contract artifacts up to date')
    return
  }
  for (const [name, a] of compileContracts()) {
    writeFileSync(join(ARTIFACTS_DIR, `${name}.json`), artifactText(a))
    console.log(`wrote ${name}.json (${(a.runtimeBytecode.length - 2) / 2} bytes runtime)`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) main()
