/**
 * `pnpm bench …` entry point:
 *   pnpm bench [--workload W|all] [--engines E,…] [knobs] [--runs N] [--json FILE] [--quick]
 *   pnpm bench gen --workload W [knobs] --out FILE.json[.gz]
 *   pnpm bench plot --json FILE --x latencyUs|hotRatio|workers [--out FILE.svg]
 * See bench/README.md.
 */
import { benchCommand } from './cli/bench.js'
import { UsageError } from './cli/flags.js'
import { genCommand } from './cli/gen.js'
import { plotCommand } from './cli/plot.js'

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  if (cmd === 'gen') return genCommand(rest)
  if (cmd === 'plot') return plotCommand(rest)
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log('usage: see bench/README.md (pnpm bench [--quick] | pnpm bench gen … | pnpm bench plot …)')
    return 0
  }
  return benchCommand(argv)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`bench: ${e.message}`)
      process.exitCode = 2
    } else if (e instanceof SyntaxError) {
      console.error(`bench: ${e.message}`)
      process.exitCode = 2
    } else {
      console.error(e)
      process.exitCode = 1
    }
  },
)
