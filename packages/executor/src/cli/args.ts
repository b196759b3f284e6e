/** Minimal flag parsing: `--name value`, `--flag`, positionals. Unknown flags are errors. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export interface ParsedArgs {
  positionals: string[]
  flags: Map<string, string | true>
}

export function parseArgs(argv: string[], valued: string[], booleans: string[]): ParsedArgs {
  const flags = new Map<string, string | true>()
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) {
      positionals.push(a)
      continue
    }
    const [name, inline] = a.slice(2).split('=', 2)
    if (booleans.includes(name)) flags.set(name, true)
    else if (valued.includes(name)) {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new UsageError(`--${name} needs a value`)
      flags.set(name, v)
    } else throw new UsageError(`unknown option --${name}`)
  }
  return { positionals, flags }
}
