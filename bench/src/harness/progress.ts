/**
 * Progress on stderr: a redrawn bar on a terminal, one plain line per step
 * otherwise (CI logs, pipes), so stdout stays the clean markdown table.
 */
export class Progress {
  private done = 0
  private readonly tty = process.stderr.isTTY === true

  constructor(
    private readonly total: number,
    private readonly enabled = true,
  ) {}

  step(label: string): void {
    this.done++
    if (!this.enabled) return
    if (this.tty) {
      const width = 30
      // Clamped: the total is an estimate (warm-ups by gas), which the steps may pass.
      const filled = Math.min(width, Math.round((this.done / Math.max(1, this.total)) * width))
      const bar = '#'.repeat(filled) + '.'.repeat(width - filled)
      process.stderr.write(`\r\x1b[K[${bar}] ${this.done}/${this.total} ${label}`)
    } else process.stderr.write(`[${this.done}/${this.total}] ${label}\n`)
  }

  note(line: string): void {
    if (!this.enabled) return
    process.stderr.write(this.tty ? `\r\x1b[K${line}\n` : `${line}\n`)
  }

  finish(): void {
    if (this.enabled && this.tty) process.stderr.write('\r\x1b[K')
  }
}
