#!/usr/bin/env node
/**
 * blockstm CLI.
 *
 *   blockstm exec FILE [--engine sequential|reference|parallel] [--json]
 *   blockstm verify DIR [--engine E]      every fixture file in DIR, one line each
 *   blockstm import FILE DIR               pre-state into an LMDB store (then exec --state DIR)
 *
 * exec exit codes: 0 results match the header, 1 mismatch, 2 bad input or usage.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { InputError, InvalidBlockError, InvalidTransactionError } from '../errors.js'
import { loadBlockFile } from '../input/parse.js'
import { summarize } from '../block/verify.js'
import { ENGINES } from './engines.js'
import { UsageError, parseArgs } from './args.js'

const USAGE = `usage:
  blockstm exec FILE [--engine sequential|reference|parallel] [--workers N] [--strategy adaptive|blockstm|dag|sequential] [--min-parallel-gas G] [--no-sender-edges] [--state DIR] [--latency-us L] [--recover-senders] [--no-system-calls] [--observe-edges] [--json]
  blockstm verify DIR [--engine E] [--workers N] [--strategy S] [--min-parallel-gas G] [--no-sender-edges]
  blockstm import FILE DIR      write FILE's pre-state into an LMDB store at DIR (for --state)`

async function runOne(file: string, flags: Map<string, string | true>) {
  const engineName = String(flags.get('engine') ?? 'sequential')
  const engine = ENGINES[engineName]
  if (engine === undefined) throw new UsageError(`unknown engine ${engineName} (known: ${Object.keys(ENGINES).join(', ')})`)
  const block = await loadBlockFile(file)
  if (flags.has('recover-senders')) {
    const { recoverSenders } = await import('../tx/recover.js')
    await recoverSenders(block)
  }
  const t0 = performance.now()
  const { result, stats } = await engine(block, flags)
  const ms = performance.now() - t0
  return { summary: { ...summarize(block, result), ms: Math.round(ms * 1000) / 1000, engine: engineName, ...(stats ? { stats } : {}) }, block }
}

async function exec(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, ['engine', 'workers', 'strategy', 'min-parallel-gas', 'state', 'latency-us'], ['json', 'recover-senders', 'no-system-calls', 'observe-edges', 'no-sender-edges'])
  if (positionals.length !== 1) throw new UsageError('exec takes exactly one FILE')
  if (flags.has('observe-edges') && flags.get('engine') !== 'parallel') throw new UsageError('--observe-edges needs --engine parallel')
  const { summary } = await runOne(positionals[0], flags)
  if (flags.has('json')) process.stdout.write(JSON.stringify(summary) + '\n')
  else {
    const e = summary.expected
    process.stdout.write(
      [
        `block ${summary.number}: ${summary.txCount} txs, ${summary.ms} ms (${summary.engine})`,
        `gasUsed      ${summary.gasUsed}${e.gasUsed === null ? '' : e.gasUsed === summary.gasUsed ? '  ok' : `  expected ${e.gasUsed}`}`,
        `receiptsRoot ${summary.receiptsRoot}${e.receiptsRoot === null ? '  (not checkable)' : e.receiptsRoot === summary.receiptsRoot ? '  ok' : `  expected ${e.receiptsRoot}`}`,
        `logsBloom    ${e.logsBloom === null ? '(not checkable)' : e.logsBloom === summary.logsBloom ? 'ok' : 'MISMATCH'}`,
        `stateDiff    ${summary.stateDiffHash}`,
        ...(summary.requestsHash === undefined ? [] : [`requestsHash ${summary.requestsHash}${e.requestsHash === null ? '  (not checkable)' : e.requestsHash === summary.requestsHash ? '  ok' : `  expected ${e.requestsHash}`}`]),
        ...schedulerLine(summary.stats),
        ...observedLine(summary.stats, flags.has('observe-edges')),
        summary.match ? 'MATCH' : 'MISMATCH',
      ].join('\n') + '\n',
    )
  }
  return summary.match ? 0 : 1
}

/** The parallel engine's run in one line: strategy, executions, and the execution time that re-executions wasted; or why it ran sequentially. */
function schedulerLine(stats: Record<string, unknown> | undefined): string[] {
  if (stats === undefined) return []
  if (stats.sequentialFallback === true) return [`scheduler    none: ran on the sequential engine (${String(stats.fallbackReason)})`]
  if (typeof stats.executionMs !== 'number') return []
  const ms = (v: unknown): string => (typeof v === 'number' ? v.toFixed(1) : '?')
  return [
    `scheduler    ${String(stats.strategy)} on ${String(stats.workers)} workers: ${String(stats.executions)} executions (${String(stats.reExecutions)} re-executions), ` +
      `${ms(stats.executionMs)} ms executing, ${ms(stats.wastedExecutionMs)} ms of it wasted` +
      (typeof stats.staleAborts === 'number' ? `; ${stats.staleAborts} stopped early on stale reads` : ''),
  ]
}

/** With --observe-edges: how many transactions read a lower one's write (the edges themselves are in --json's stats). */
function observedLine(stats: Record<string, unknown> | undefined, asked: boolean): string[] {
  if (!asked) return []
  const edges = stats?.observedEdges
  if (!Array.isArray(edges)) return stats?.fallbackReason === undefined ? [] : [`observed     none: ran on the sequential engine (${String(stats.fallbackReason)})`]
  const p = stats?.observedParallelism as { bound: number } | undefined
  const byTime = stats?.observedParallelismByTime as { bound: number } | undefined
  const bound = p === undefined ? '' : `, allowing at most ${p.bound.toFixed(2)}x on ${String(stats?.workers)} workers (gas-weighted${byTime === undefined ? '' : `; ${byTime.bound.toFixed(2)}x by execution time`})`
  return [`observed     ${edges.length} edges (transactions that read a lower one's write; --json lists them)${bound}`]
}

async function verify(args: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(args, ['engine', 'workers', 'strategy', 'min-parallel-gas', 'state', 'latency-us'], ['recover-senders', 'no-system-calls', 'no-sender-edges'])
  if (positionals.length !== 1) throw new UsageError('verify takes exactly one DIR')
  const dir = positionals[0]
  const files = readdirSync(dir)
    .filter((f) => /\.json(\.gz)?$/.test(f))
    .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b))
  let matched = 0
  for (const f of files) {
    const { summary } = await runOne(join(dir, f), flags)
    if (summary.match) matched++
    process.stdout.write(`${summary.match ? 'MATCH   ' : 'MISMATCH'} ${f} (${summary.txCount} txs, ${summary.ms} ms)\n`)
  }
  process.stdout.write(`${matched}/${files.length} match\n`)
  return matched === files.length ? 0 : 1
}

async function importCmd(args: string[]): Promise<number> {
  const { positionals } = parseArgs(args, [], [])
  if (positionals.length !== 2) throw new UsageError('import takes FILE DIR')
  const { importFixtureFile } = await import('../state/import.js')
  const stats = await importFixtureFile(positionals[0], positionals[1])
  process.stdout.write(JSON.stringify(stats, (_, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n')
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  try {
    if (cmd === 'exec') return await exec(rest)
    if (cmd === 'import') return await importCmd(rest)
    if (cmd === 'verify') return await verify(rest)
    throw new UsageError(cmd === undefined ? 'no command' : `unknown command ${cmd}`)
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`${e.message}\n${USAGE}\n`)
    else if (e instanceof InputError) process.stderr.write(`bad input: ${e.message}\n`)
    else if (e instanceof InvalidTransactionError || e instanceof InvalidBlockError) process.stderr.write(`invalid block: ${e.message}\n`)
    else throw e
    return 2
  }
}

process.exitCode = await main(process.argv.slice(2))
