/**
 * Compiles bench/contracts/*.sol with the pinned solc-js and turns the output
 * into the committed artifact files (runtime code, ABI, storage layout).
 *
 * Runtime code is what goes into the prestate (contracts are never deployed by a
 * transaction), so the artifact keeps `deployedBytecode`, not the init code.
 * CBOR metadata is switched off so the bytes depend only on source + compiler.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import solc from 'solc'

import { CONTRACTS_DIR, type ContractArtifact, type StorageEntry } from './artifacts.js'

/** The compiler settings baked into every artifact (the solc version is pinned in bench/package.json). */
export const COMPILER_SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  metadata: { appendCBOR: false, bytecodeHash: 'none' },
} as const

interface SolcOutput {
  errors?: { severity: string; formattedMessage: string }[]
  contracts: Record<
    string,
    Record<
      string,
      {
        abi: unknown[]
        evm: { deployedBytecode: { object: string } }
        storageLayout: {
          storage: { label: string; slot: string; offset: number; type: string }[]
          types: Record<string, { label: string }> | null
        }
      }
    >
  >
}

/** Compiles every .sol file; returns artifacts keyed by contract name (sources' own contracts only). */
export function compileContracts(dir: string = CONTRACTS_DIR): Map<string, ContractArtifact> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sol'))
    .sort()
  const sources: Record<string, { content: string }> = {}
  for (const f of files) sources[f] = { content: readFileSync(join(dir, f), 'utf8') }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      ...COMPILER_SETTINGS,
      outputSelection: { '*': { '*': ['abi', 'evm.deployedBytecode.object', 'storageLayout'] } },
    },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input))) as SolcOutput
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error')
  if (errors.length > 0) throw new Error(`solc failed:\n${errors.map((e) => e.formattedMessage).join('\n')}`)

  const artifacts = new Map<string, ContractArtifact>()
  for (const file of files) {
    for (const [name, c] of Object.entries(output.contracts[file] ?? {})) {
      const code = c.evm.deployedBytecode.object
      if (code.length === 0) continue // interfaces
      const types = c.storageLayout.types ?? {}
      const storage: StorageEntry[] = c.storageLayout.storage.map((s) => ({
        label: s.label,
        slot: Number(s.slot),
        offset: s.offset,
        type: types[s.type]?.label ?? s.type,
      }))
      artifacts.set(name, {
        contractName: name,
        source: file,
        compiler: { version: solc.version(), settings: COMPILER_SETTINGS },
        abi: c.abi,
        runtimeBytecode: `0x${code}`,
        storageLayout: storage,
      })
    }
  }
  return artifacts
}

/** The exact text written for an artifact, so `--check` compares bytes. */
export function artifactText(a: ContractArtifact): string {
  return `${JSON.stringify(a, null, 2)}\n`
}
