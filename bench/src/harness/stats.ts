/** Summary statistics over run times. */

export interface Summary {
  medianMs: number
  minMs: number
  maxMs: number
}

export function summarize(ms: readonly number[]): Summary {
  if (ms.length === 0) throw new RangeError('no samples')
  const s = [...ms].sort((a, b) => a - b)
  const mid = s.length >> 1
  const medianMs = s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  return { medianMs, minMs: s[0], maxMs: s[s.length - 1] }
}

/** Million gas per second at `ms` milliseconds. */
export function mgasPerSec(gas: bigint, ms: number): number {
  return Number(gas) / 1e6 / (ms / 1000)
}
