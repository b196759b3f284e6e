/** Flag values shared by the commands: knob lists and numbers, with errors that name the flag. */

export class UsageError extends Error {}

export function parseNumber(flag: string, text: string): number {
  const n = Number(text)
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${flag}: "${text}" is not a number`)
  return n
}

export function parseInteger(flag: string, text: string): number {
  const n = parseNumber(flag, text)
  if (!Number.isInteger(n)) throw new UsageError(`--${flag}: "${text}" is not an integer`)
  return n
}

/** `0,0.1,0.3` → [0, 0.1, 0.3] (a sweep of the knob). */
export function parseNumberList(flag: string, text: string): number[] {
  const list = text.split(',').map((t) => parseNumber(flag, t))
  if (list.length === 0) throw new UsageError(`--${flag}: empty list`)
  return list
}
