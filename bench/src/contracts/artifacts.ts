/**
 * The committed contract artifacts (bench/contracts/artifacts/*.json), loaded
 * by the workload generators. Reading them (instead of compiling) keeps fixture
 * generation independent of solc; build-contracts --check keeps them honest.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Hex } from '../workloads/hex.js'

export const CONTRACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'contracts')
export const ARTIFACTS_DIR = join(CONTRACTS_DIR, 'artifacts')

export interface StorageEntry {
  label: string
  slot: number
  /** Byte offset inside the slot, for packed variables. */
  offset: number
  type: string
}

export interface ContractArtifact {
  contractName: string
  source: string
  compiler: { version: string; settings: unknown }
  abi: unknown[]
  runtimeBytecode: Hex
  storageLayout: StorageEntry[]
}

export const CONTRACT_NAMES = ['Pair', 'Router', 'Token'] as const
export type ContractName = (typeof CONTRACT_NAMES)[number]

const cache = new Map<ContractName, ContractArtifact>()

export function loadArtifact(name: ContractName): ContractArtifact {
  let a = cache.get(name)
  if (a === undefined) {
    a = JSON.parse(readFileSync(join(ARTIFACTS_DIR, `${name}.json`), 'utf8')) as ContractArtifact
    cache.set(name, a)
  }
  return a
}

/**
 * The slot of a named state variable, checked against the compiled layout so a
 * reordered contract fails loudly instead of generating a wrong prestate.
 */
export function slotOf(name: ContractName, label: string): number {
  const entry = loadArtifact(name).storageLayout.find((s) => s.label === label)
  if (entry === undefined) throw new Error(`${name} has no storage variable ${label}`)
  return entry.slot
}
