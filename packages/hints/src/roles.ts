/**
 * The parties of a call, by role: what a learned template refers to instead of
 * concrete addresses, so one simulated ERC20 transfer describes every transfer of
 * tokens with the same code.
 */
import type { TxInput } from './deps.js'
import { hexOf } from './hex.js'

export type Role = 'sender' | 'to' | 'coinbase' | 'arg0' | 'arg1'
export const ROLES: readonly Role[] = ['sender', 'to', 'coinbase', 'arg0', 'arg1']

/** Roles that can key a mapping (the coinbase never does in a call's own logic). */
export const KEY_ROLES: readonly Role[] = ['sender', 'arg0', 'arg1', 'to']

export type RoleValues = Partial<Record<Role, string>>

/** 4-byte selector as 8 hex chars, or undefined for calldata shorter than 4 bytes. */
export function selectorOf(data: Uint8Array): string | undefined {
  return data.length >= 4 ? hexOf(data, 0, 4) : undefined
}

/** The i-th ABI word of the arguments as an address, if it is one (top 12 bytes zero, not zero). */
export function addressArg(data: Uint8Array, i: number): string | undefined {
  const start = 4 + 32 * i
  if (data.length < start + 32) return undefined
  for (let b = start; b < start + 12; b++) if (data[b] !== 0) return undefined
  let any = 0
  for (let b = start + 12; b < start + 32; b++) any |= data[b]!
  return any === 0 ? undefined : hexOf(data, start + 12, start + 32)
}

/** Addresses are 40 lower-case hex chars without 0x (the Location form). */
export function roleValues(tx: TxInput, coinbase: string): RoleValues {
  const v: RoleValues = { sender: tx.from.slice(2).toLowerCase(), coinbase }
  if (tx.to !== null) v.to = tx.to.slice(2).toLowerCase()
  const a0 = addressArg(tx.data, 0)
  const a1 = addressArg(tx.data, 1)
  if (a0 !== undefined) v.arg0 = a0
  if (a1 !== undefined) v.arg1 = a1
  return v
}

/**
 * Roles for a template learned with its contract arguments pinned (template.ts, `pinned`):
 * sender, callee, coinbase, and as arg0/arg1 the first two address arguments (`addresses`,
 * as static.ts's addressArguments finds them) that are not pinned and not already a role.
 */
export function freeRoleValues(tx: TxInput, coinbase: string, addresses: readonly string[], pinned: readonly string[]): RoleValues {
  const v: RoleValues = { sender: tx.from.slice(2).toLowerCase(), coinbase }
  if (tx.to !== null) v.to = tx.to.slice(2).toLowerCase()
  const free = addresses.filter((a) => !pinned.includes(a) && a !== v.to && a !== coinbase)
  if (free[0] !== undefined) v.arg0 = free[0]
  if (free[1] !== undefined) v.arg1 = free[1]
  return v
}

/** Whether no two roles share an address (otherwise a template could not tell them apart). */
export function distinctRoles(v: RoleValues): boolean {
  const seen = new Set<string>()
  for (const r of ROLES) {
    const a = v[r]
    if (a === undefined) continue
    if (seen.has(a)) return false
    seen.add(a)
  }
  return true
}
