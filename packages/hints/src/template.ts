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
import { decodeLocation, location, prefixOf, storageLoc } from './location.js'
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
  // Nested mappings (allowances) cost twice the outer ones' hashes: only when needed.
  let slots = slotTable(roles, false)
  if (!storageSlots(a).every((slot) => slots.has(slot))) slots = slotTable(roles, true)
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

/** The storage slots (64 hex chars) among a simulation's reads, writes and deltas. */
function storageSlots(a: TxAccess): string[] {
  const out: string[] = []
  for (const locs of [a.reads, a.writes, a.deltas]) {
    for (const loc of locs) if (loc.charCodeAt(0) === STORAGE) out.push(decodeLocation(loc).slot!)
  }
  return out
}

const STORAGE = 's'.charCodeAt(0)

/** Every slot a role-keyed mapping (or, with `nested`, a nested mapping) at a small index would use. */
function slotTable(roles: RoleValues, nested: boolean): Map<string, SlotExpr> {
  const table = new Map<string, SlotExpr>()
  const keyed = KEY_ROLES.filter((r) => roles[r] !== undefined)
  for (let k = 0; k <= MAX_INDEX; k++) {
    const base = slotIndex(k)
    for (const a of keyed) {
      const outer = mappingSlot(roles[a]!, base)
      if (!table.has(outer)) table.set(outer, { map: a, k })
      if (!nested) continue
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
  // Each distinct slot expression once (a transfer reads and writes the same two
  // balances), then each distinct location string once: the reads and writes that share
  // it add one string, whose hash the first Set computes for all.
  const slots = new Array<string>(c.slots.length)
  for (let i = 0; i < slots.length; i++) {
    const slot = resolveSlot(c.slots[i]!, roles)
    if (slot === undefined) return undefined
    slots[i] = slot
  }
  const locs = new Array<Location>(c.locations.length)
  for (let i = 0; i < locs.length; i++) {
    const loc = resolveLocation(c.locations[i]!, roles, slots)
    if (loc === undefined) return undefined
    locs[i] = loc
  }
  return { reads: pick(c.reads, locs), writes: pick(c.writes, locs), deltas: pick(c.deltas, locs), source: 'static' }
}

/**
 * A template's distinct locations, numbered, with their distinct slot expressions
 * numbered too; reads, writes and deltas are lists of location numbers.
 */
interface Compiled {
  slots: SlotExpr[]
  locations: CompiledLocation[]
  reads: number[]
  writes: number[]
  deltas: number[]
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
  const slotIds = new Map<string, number>()
  const locations: CompiledLocation[] = []
  const locationIds = new Map<string, number>()
  const compile = (locs: TemplateLocation[]): number[] =>
    locs.map((l) => {
      let slot = -1
      if (l.slot !== undefined) {
        const key = JSON.stringify(l.slot)
        const id = slotIds.get(key)
        slot = id ?? slots.push(l.slot) - 1
        if (id === undefined) slotIds.set(key, slot)
      }
      const key = JSON.stringify([l.kind, l.address, slot])
      let id = locationIds.get(key)
      if (id === undefined) locationIds.set(key, (id = locations.push({ kind: l.kind, address: l.address, slot }) - 1))
      return id
    })
  c = { slots, locations, reads: compile(t.reads), writes: compile(t.writes), deltas: compile(t.deltas) }
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
 * The concrete location for these roles and resolved slots; undefined if it needs a
 * role the call lacks. Role addresses are normalised (40 lower-case hex chars) by
 * rolesOf, fixed ones and slots come from decodeLocation or mappingSlot in that form
 * already, so the string is built once, without normalising again.
 */
function resolveLocation(l: CompiledLocation, roles: RoleValues, slots: readonly string[]): Location | undefined {
  const address = 'role' in l.address ? roles[l.address.role] : l.address.fixed
  if (address === undefined) return undefined
  if (l.slot < 0) return address.length === 40 ? prefixOf(l.kind) + address : location(l.kind, address)
  const slot = slots[l.slot]!
  return l.kind === 'storage' && slot.length === 64 ? storageLoc(address, slot) : location(l.kind, address, slot)
}

function pick(ids: readonly number[], locs: readonly Location[]): Set<Location> {
  const out = new Set<Location>()
  for (const i of ids) out.add(locs[i]!)
  return out
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
