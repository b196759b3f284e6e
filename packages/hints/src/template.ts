/**
 * Learned access templates: one simulated call, rewritten in terms of roles (sender,
 * callee, beneficiary, address arguments) and storage-layout facts (base slot index k
 * of a mapping), then applied to every other call of the same function on contracts
 * with the same code — without executing them.
 *
 * For an ERC20 `transfer(to, amount)` the simulation writes
 * keccak256(pad32(sender) ++ pad32(k)) and keccak256(pad32(arg0) ++ pad32(k)); the
 * learner finds the k (0 for the bench Token) by trying base indices 0..MAX_INDEX for
 * every role; allowances (`approve`, `transferFrom`) are nested mappings
 * keccak256(pad32(b) ++ keccak256(pad32(a) ++ pad32(k))). Slots that match nothing are
 * kept as constants (totalSupply, a paused flag, an owner).
 */
import type { TxAccess } from './access.js'
import type { TxInput } from './deps.js'
import { decodeLocation, location, storageLoc } from './location.js'
import type { Location, LocationKind } from './location.js'
import { mappingSlot, nestedMappingSlot, slotIndex } from './mapping.js'
import { KEY_ROLES, ROLES, distinctRoles, freeRoleValues, roleValues } from './roles.js'
import { addressArguments } from './static.js'
import type { Role, RoleValues } from './roles.js'

/** Largest mapping base slot index the learner tries. */
export const MAX_INDEX = 31

export type AddressExpr = { role: Role } | { fixed: string }
export type SlotExpr = { fixed: string } | { map: Role; k: number } | { nested: [Role, Role]; k: number }

export interface TemplateLocation {
  kind: LocationKind
  address: AddressExpr
  slot?: SlotExpr
}

export interface AccessTemplate {
  /** `${codeHash}:${selector}`. */
  key: string
  reads: TemplateLocation[]
  writes: TemplateLocation[]
  deltas: TemplateLocation[]
  /** Index (in its block) of the transaction it was learned from. */
  learnedFrom: number
  /** Storage slots that were kept as constants (0 for a plain ERC20 transfer). */
  constantSlots: number
  /**
   * Set for an unknown call learned with its contract arguments pinned (HintOptions
   * unknownCalls 'learn'): the contracts among its address arguments, part of `key`, kept
   * as fixed addresses; roles arg0/arg1 are then its other address arguments (freeRoleValues).
   */
  pinned?: string[]
}

/**
 * Learns a template from one simulated call, or returns undefined when the call is
 * no good to learn from: it failed or was invalid (a reverted transfer writes
 * nothing), or two roles share an address (a self-transfer cannot tell sender
 * from recipient).
 */
export function learnTemplate(key: string, index: number, tx: TxInput, coinbase: string, a: TxAccess, pinned?: string[]): AccessTemplate | undefined {
  if (a.status !== 1 || a.invalid !== undefined) return undefined
  const roles = rolesOf(tx, coinbase, pinned)
  if (!distinctRoles(roles)) return undefined
  const slots = slotTable(roles)
  let constantSlots = 0
  const express = (locs: Set<Location>): TemplateLocation[] => {
    const out: TemplateLocation[] = []
    for (const loc of locs) {
      const d = decodeLocation(loc)
      const role = ROLES.find((r) => roles[r] === d.address)
      const t: TemplateLocation = { kind: d.kind, address: role !== undefined ? { role } : { fixed: d.address } }
      if (d.slot !== undefined) {
        const s = slots.get(d.slot)
        if (s === undefined) constantSlots++
        t.slot = s ?? { fixed: d.slot }
      }
      out.push(t)
    }
    return out
  }
  const t: AccessTemplate = { key, reads: express(a.reads), writes: express(a.writes), deltas: express(a.deltas), learnedFrom: index, constantSlots }
  if (pinned !== undefined) t.pinned = pinned
  return t
}

function rolesOf(tx: TxInput, coinbase: string, pinned: string[] | undefined): RoleValues {
  return pinned === undefined ? roleValues(tx, coinbase) : freeRoleValues(tx, coinbase, addressArguments(tx), pinned)
}

/** Every slot a role-keyed mapping (or nested mapping) at a small index would use. */
function slotTable(roles: RoleValues): Map<string, SlotExpr> {
  const table = new Map<string, SlotExpr>()
  const keyed = KEY_ROLES.filter((r) => roles[r] !== undefined)
  for (let k = 0; k <= MAX_INDEX; k++) {
    const base = slotIndex(k)
    for (const a of keyed) {
      const outer = mappingSlot(roles[a]!, base)
      if (!table.has(outer)) table.set(outer, { map: a, k })
      for (const b of keyed) {
        if (b === a) continue
        const inner = mappingSlot(roles[b]!, outer)
        if (!table.has(inner)) table.set(inner, { nested: [a, b], k })
      }
    }
  }
  return table
}

/** The access a template predicts for `tx`; undefined if `tx` lacks a role it needs. */
export function applyTemplate(t: AccessTemplate, tx: TxInput, coinbase: string): TxAccess | undefined {
  const c = compiled(t)
  const roles = rolesOf(tx, coinbase, t.pinned)
  // Each distinct slot expression once: a transfer reads and writes the same two balances.
  const slots = new Array<string | undefined>(c.slots.length)
  for (let i = 0; i < slots.length; i++) {
    const slot = resolveSlot(c.slots[i]!, roles)
    if (slot === undefined) return undefined
    slots[i] = slot
  }
  const a: TxAccess = { reads: new Set(), writes: new Set(), deltas: new Set(), source: 'static' }
  if (!resolveAll(c.reads, roles, slots, a.reads) || !resolveAll(c.writes, roles, slots, a.writes) || !resolveAll(c.deltas, roles, slots, a.deltas)) return undefined
  return a
}

/** A template's locations with their slot expressions numbered (each computed once per call). */
interface Compiled {
  slots: SlotExpr[]
  reads: CompiledLocation[]
  writes: CompiledLocation[]
  deltas: CompiledLocation[]
}

interface CompiledLocation {
  kind: LocationKind
  address: AddressExpr
  /** Index into Compiled.slots, or -1: not a storage location. */
  slot: number
}

const compiledTemplates = new WeakMap<AccessTemplate, Compiled>()

function compiled(t: AccessTemplate): Compiled {
  let c = compiledTemplates.get(t)
  if (c !== undefined) return c
  const slots: SlotExpr[] = []
  const ids = new Map<string, number>()
  const compile = (locs: TemplateLocation[]): CompiledLocation[] =>
    locs.map((l) => {
      if (l.slot === undefined) return { kind: l.kind, address: l.address, slot: -1 }
      const key = JSON.stringify(l.slot)
      let id = ids.get(key)
      if (id === undefined) ids.set(key, (id = slots.push(l.slot) - 1))
      return { kind: l.kind, address: l.address, slot: id }
    })
  c = { slots, reads: compile(t.reads), writes: compile(t.writes), deltas: compile(t.deltas) }
  compiledTemplates.set(t, c)
  return c
}

function resolveSlot(s: SlotExpr, roles: RoleValues): string | undefined {
  if ('fixed' in s) return s.fixed
  if ('map' in s) {
    const key = roles[s.map]
    return key === undefined ? undefined : mappingSlot(key, slotIndex(s.k))
  }
  const [x, y] = s.nested
  return roles[x] === undefined || roles[y] === undefined ? undefined : nestedMappingSlot(roles[x]!, roles[y]!, s.k)
}

/**
 * Adds the concrete locations of `locs` for these roles and resolved slots; false if
 * one needs a role the call lacks. Role addresses are normalised (40 lower-case hex
 * chars) by rolesOf, fixed ones and slots come from decodeLocation or mappingSlot in
 * that form already, so each location string is built once.
 */
function resolveAll(locs: readonly CompiledLocation[], roles: RoleValues, slots: (string | undefined)[], into: Set<Location>): boolean {
  for (const l of locs) {
    const address = 'role' in l.address ? roles[l.address.role] : l.address.fixed
    if (address === undefined) return false
    if (l.slot < 0) {
      into.add(location(l.kind, address))
      continue
    }
    const slot = slots[l.slot]!
    into.add(l.kind === 'storage' && slot.length === 64 ? storageLoc(address, slot) : location(l.kind, address, slot))
  }
  return true
}

/**
 * Templates learned so far, by code hash and selector. Pass the same cache for
 * every block: a token's layout is learned once, not once per block.
 */
export class TemplateCache {
  private readonly templates = new Map<string, AccessTemplate>()
  private readonly failures = new Map<string, number>()

  get(key: string): AccessTemplate | undefined {
    return this.templates.get(key)
  }
  set(t: AccessTemplate): void {
    this.templates.set(t.key, t)
  }
  /** Counts a failed attempt to learn `key`. */
  fail(key: string): void {
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1)
  }
  failuresOf(key: string): number {
    return this.failures.get(key) ?? 0
  }
  get size(): number {
    return this.templates.size
  }
  values(): IterableIterator<AccessTemplate> {
    return this.templates.values()
  }
}
