/**
 * Replaces opcode handlers in one EVM's opcode table (`_opcodeMap`), each only where the
 * entry is the stock one by name, so a different @ethereumjs/evm layout keeps the stock
 * handlers. Per EVM: @ethereumjs/vm's EVM in the reference engine keeps them.
 */
import type { EVM } from '@ethereumjs/evm'

export type Replacement<H> = [op: number, name: string, handler: H]

export function replaceStockHandlers<H>(evm: EVM, handlers: ReadonlyArray<Replacement<H>>): void {
  const map = (evm as unknown as { _opcodeMap?: ({ opcodeInfo?: { name: string }; opHandler: unknown } | undefined)[] })._opcodeMap
  if (map === undefined) return
  for (const [op, name, handler] of handlers) {
    const e = map[op]
    if (e?.opcodeInfo?.name === name) map[op] = { ...e, opHandler: handler }
  }
}
