/** One JSON record per workload × knob setting × engine (what `--json` writes and `plot` reads). */
import type { EngineStats } from '../engines.js'
import type { MachineInfo } from './machine.js'

export interface BenchRecord {
  /** A generated workload's name, or a block file's (`mainnet-12244000`). */
  workload: string
  /** The block file measured (`pnpm bench --fixtures`); generated workloads have none. */
  fixture?: string
  /** Engine label as given (`parallel:workers=2`), its name and options apart for plotting. */
  engine: string
  engineName: string
  engineOptions: Record<string, string>
  hotRatio: number
  latencyUs: number
  numEoa: number
  scale: number
  seed: number
  txCount: number
  /** Gas used by the block (as executed). */
  gas: number
  runs: number
  /** Untimed warm-up rounds before them. */
  warmups?: number
  /** Null when the engine FAILED: no speed is reported for a wrong or missing result. */
  medianMs: number | null
  minMs: number | null
  maxMs: number | null
  /** Every timed run in order (round by round), so spread, warm-up tails and bimodal runs can be seen. */
  timesMs?: number[]
  mgasPerSec: number | null
  /** Speedup over the first engine: this one's Mgas/s / the first's (= the first's median time / this one's, when both run one block per run; the first engine is 1). */
  ratioToFirst: number | null
  verified: boolean
  /** Engine set-up paid once before the timed runs (worker start-up), excluded from them. */
  startupMs?: number
  /** Blocks executed per run (`independent:workers=N` runs N copies); Mgas/s and the ratio count them all. */
  gasMultiplier?: number
  error?: string
  stats?: EngineStats
}

export interface BenchReport {
  machine: MachineInfo
  date: string
  records: BenchRecord[]
}
