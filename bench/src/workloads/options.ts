/** Workload knobs, named as in Grevm's gigagas benchmark. */

export interface WorkloadOptions {
  /** Number of externally owned accounts to draw from (NUM_EOA). */
  numEoa?: number
  /** Probability that a transaction touches the hot set (HOT_RATIO); the hot set is 10% of the accounts. */
  hotRatio?: number
  /** Multiplies the gas target of one gigagas. */
  scale?: number
  /** Simulated state-read latency (DB_LATENCY_US); recorded only, for now. */
  latencyUs?: number
  seed?: number
}

export type ResolvedOptions = Required<WorkloadOptions>

/** One gigagas: 47,620 raw transfers of 21,000 gas. */
export const GIGAGAS = 1_000_000_000n

export const DEFAULT_OPTIONS: ResolvedOptions = {
  numEoa: 100_000,
  hotRatio: 0,
  scale: 1,
  latencyUs: 0,
  seed: 1,
}

export function resolveOptions(opts: WorkloadOptions = {}): ResolvedOptions {
  const o: ResolvedOptions = { ...DEFAULT_OPTIONS }
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) (o as unknown as Record<string, number>)[k] = v
  if (!Number.isInteger(o.numEoa) || o.numEoa < 2) throw new RangeError(`numEoa must be an integer ≥ 2, got ${o.numEoa}`)
  if (!(o.hotRatio >= 0 && o.hotRatio <= 1)) throw new RangeError(`hotRatio must be in [0, 1], got ${o.hotRatio}`)
  if (!(o.scale > 0)) throw new RangeError(`scale must be > 0, got ${o.scale}`)
  if (!(o.latencyUs >= 0)) throw new RangeError(`latencyUs must be ≥ 0, got ${o.latencyUs}`)
  if (!Number.isInteger(o.seed)) throw new RangeError(`seed must be an integer, got ${o.seed}`)
  return o
}

/** The gas the block aims for: ⌈scale × 1 gigagas⌉. */
export function gasTarget(o: ResolvedOptions): bigint {
  return BigInt(Math.ceil(o.scale * Number(GIGAGAS)))
}
