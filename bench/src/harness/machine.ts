/** The machine a run happened on, for the table header and the JSON records. */
import { availableParallelism, cpus } from 'node:os'

export interface MachineInfo {
  cores: number
  cpu: string
  node: string
}

export function machineInfo(): MachineInfo {
  return { cores: availableParallelism(), cpu: cpus()[0]?.model.trim() ?? 'unknown', node: process.version }
}
