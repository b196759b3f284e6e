/**
 * Engine registry. An engine is named on the command line as
 * `name` or `name:key=value,key=value` (e.g. `parallel:workers=2,strategy=dag`);
 * a list of them is comma-separated, a `key=value` item without a colon
 * belonging to the engine before it. New engines register a factory here.
 */
import { type BlockInput, type BlockResult, executeSequential, loadReference } from './harness/executor.js'

export interface EngineSpec {
  name: string
  options: Record<string, string>
  /** As written back: `name` or `name:k=v,k=v` (options in the order given). */
  label: string
}

/** Counters an engine may report about a run (re-executions, aborts, ...), recorded as `stats`. */
export type EngineStats = Record<string, number>

export interface EngineRun {
  result: BlockResult
  stats?: EngineStats
}

export interface Engine {
  spec: EngineSpec
  run(block: BlockInput): Promise<EngineRun>
}

export interface EngineFactory {
  description: string
  /** Option keys the engine accepts; others are rejected when parsing. */
  options: readonly string[]
  create(spec: EngineSpec): Promise<Engine>
}

const registry = new Map<string, EngineFactory>()

export function registerEngine(name: string, factory: EngineFactory): void {
  if (registry.has(name)) throw new Error(`engine ${name} is already registered`)
  registry.set(name, factory)
}

export function engineNames(): string[] {
  return [...registry.keys()]
}

registerEngine('reference', {
  description: '@ethereumjs/vm runTx on a Merkle state manager (the oracle)',
  options: [],
  async create(spec) {
    const executeReference = await loadReference()
    return { spec, run: async (block) => ({ result: await executeReference(block) }) }
  },
})

registerEngine('sequential', {
  description: 'our engine, transactions in order',
  options: [],
  async create(spec) {
    return { spec, run: async (block) => ({ result: await executeSequential(block) }) }
  },
})

function labelOf(name: string, options: Record<string, string>): string {
  const kv = Object.entries(options).map(([k, v]) => `${k}=${v}`)
  return kv.length === 0 ? name : `${name}:${kv.join(',')}`
}

/** Parses one engine spec (`name` or `name:k=v,k=v`); with `known`, checks the name and option keys. */
export function parseEngineSpec(text: string, known = true): EngineSpec {
  const colon = text.indexOf(':')
  const name = (colon < 0 ? text : text.slice(0, colon)).trim()
  if (name === '') throw new SyntaxError(`empty engine name in "${text}"`)
  const options: Record<string, string> = {}
  if (colon >= 0) {
    for (const item of text.slice(colon + 1).split(',')) {
      const eq = item.indexOf('=')
      if (eq <= 0) throw new SyntaxError(`engine option "${item}" in "${text}" is not key=value`)
      const key = item.slice(0, eq).trim()
      if (Object.hasOwn(options, key)) throw new SyntaxError(`engine option ${key} given twice in "${text}"`)
      options[key] = item.slice(eq + 1).trim()
    }
  }
  if (known) {
    const factory = registry.get(name)
    if (factory === undefined) throw new SyntaxError(`unknown engine "${name}" (known: ${engineNames().join(', ')})`)
    for (const key of Object.keys(options)) {
      if (!factory.options.includes(key)) {
        throw new SyntaxError(`engine ${name} has no option "${key}" (options: ${factory.options.join(', ') || 'none'})`)
      }
    }
  }
  return { name, options, label: labelOf(name, options) }
}

/** Parses `--engines`: `reference,parallel:workers=2,strategy=dag,sequential` is three engines. */
export function parseEngineList(text: string, known = true): EngineSpec[] {
  const groups: string[] = []
  for (const item of text.split(',')) {
    const t = item.trim()
    if (t === '') continue
    if (t.includes('=') && !t.includes(':')) {
      if (groups.length === 0) throw new SyntaxError(`engine option "${t}" comes before any engine`)
      groups[groups.length - 1] += `,${t}`
    } else groups.push(t)
  }
  if (groups.length === 0) throw new SyntaxError('no engines given')
  return groups.map((g) => parseEngineSpec(g, known))
}

export async function createEngine(spec: EngineSpec): Promise<Engine> {
  const factory = registry.get(spec.name)
  if (factory === undefined) throw new Error(`unknown engine ${spec.name}`)
  return factory.create(spec)
}
