/**
 * A state location, at the granularity of the parallel engine's multi-version memory
 * (packages/executor/src/parallel/keys.ts), so that a predicted conflict is exactly a
 * conflict the engine would see:
 *
 *   kind      key                       what it stands for (keys.ts kind)
 *   account   'n' + addr                existence, nonce, has-storage flag (ACCOUNT)
 *   balance   'b' + addr                balance (BALANCE; lazy credits are deltas on it)
 *   code      'c' + addr                code hash (CODEHASH)
 *   storage   's' + addr + slot         one storage slot (STORAGE)
 *   wipe      'w' + addr                "all storage cleared" marker (WIPE)
 *
 * `addr` is 40 lower-case hex chars and `slot` 64, both without 0x (the BaseState
 * key format). Locations are plain strings so sets of them are cheap to build, to
 * compare and to send between threads.
 */

export type Location = string

export type LocationKind = 'account' | 'balance' | 'code' | 'storage' | 'wipe'

export interface DecodedLocation {
  kind: LocationKind
  /** 40 hex chars, no 0x. */
  address: string
  /** 64 hex chars, no 0x; storage only. */
  slot?: string
}

const PREFIX: Record<LocationKind, string> = { account: 'n', balance: 'b', code: 'c', storage: 's', wipe: 'w' }
const KIND: Record<string, LocationKind> = { n: 'account', b: 'balance', c: 'code', s: 'storage', w: 'wipe' }

/** The one-char prefix of a kind's locations. */
export const prefixOf = (kind: LocationKind): string => PREFIX[kind]

export const accountLoc = (address: string): Location => 'n' + address
export const balanceLoc = (address: string): Location => 'b' + address
export const codeLoc = (address: string): Location => 'c' + address
export const storageLoc = (address: string, slot: string): Location => 's' + address + slot
export const wipeLoc = (address: string): Location => 'w' + address

export function location(kind: LocationKind, address: string, slot?: string): Location {
  const a = strip(address)
  if (kind === 'storage') {
    if (slot === undefined) throw new TypeError('a storage location needs a slot')
    return storageLoc(a, strip(slot).padStart(64, '0'))
  }
  return PREFIX[kind] + a
}

export function decodeLocation(loc: Location): DecodedLocation {
  const kind = KIND[loc[0]]
  if (kind === undefined || loc.length !== (kind === 'storage' ? 105 : 41)) throw new TypeError(`not a location: ${loc}`)
  return kind === 'storage' ? { kind, address: loc.slice(1, 41), slot: loc.slice(41) } : { kind, address: loc.slice(1) }
}

/** Human-readable form, e.g. `balance(0xab…)` or `storage(0xab…, 0x00…05)`. */
export function formatLocation(loc: Location): string {
  const d = decodeLocation(loc)
  return d.slot === undefined ? `${d.kind}(0x${d.address})` : `${d.kind}(0x${d.address}, 0x${d.slot})`
}

/** The address a location belongs to (40 hex chars). */
export const addressOf = (loc: Location): string => loc.slice(1, 41)

function strip(h: string): string {
  return (h.startsWith('0x') ? h.slice(2) : h).toLowerCase()
}
