/** `pnpm bench gen --workload W [knobs] --out FILE.json[.gz]`: write a fixture file. */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { generateWorkloadDetailed, isWorkloadName, WORKLOAD_NAMES } from '../workloads/index.js'
import { parseInteger, parseNumber, UsageError } from './flags.js'

export function genCommand(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      workload: { type: 'string' },
      out: { type: 'string' },
      scale: { type: 'string' },
      'hot-ratio': { type: 'string' },
      'latency-us': { type: 'string' },
      'num-eoa': { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  })
  const w = values.workload
  if (w === undefined || !isWorkloadName(w)) throw new UsageError(`gen needs --workload (${WORKLOAD_NAMES.join(', ')})`)
  if (values.out === undefined) throw new UsageError('gen needs --out FILE.json[.gz]')
  const num = (flag: 'scale' | 'hot-ratio' | 'latency-us'): number | undefined =>
    values[flag] === undefined ? undefined : parseNumber(flag, values[flag])
  const int = (flag: 'num-eoa' | 'seed'): number | undefined =>
    values[flag] === undefined ? undefined : parseInteger(flag, values[flag])
  const { fixture, predictedGas } = generateWorkloadDetailed(w, {
    scale: num('scale'),
    hotRatio: num('hot-ratio'),
    latencyUs: num('latency-us'),
    numEoa: int('num-eoa'),
    seed: int('seed'),
  })
  const text = JSON.stringify(fixture)
  writeFileSync(values.out, values.out.endsWith('.gz') ? gzipSync(text) : text)
  console.error(
    `wrote ${values.out}: ${w}, ${fixture.block.transactions.length} txs, ${predictedGas} gas, ${Object.keys(fixture.prestate).length} prestate accounts`,
  )
  return 0
}
