/**
 * The data model shared by every engine (sequential, parallel, reference).
 *
 * Addresses, hashes and storage slots are lower-case `0x` hex strings at the API
 * boundary (what a node speaks); quantities are `bigint`. Hot paths inside the
 * engines use bytes and typed arrays; these types are for input and results.
 */

/** Lower-case 0x-prefixed hex string. */
export type Hex = `0x${string}`

export interface AccessListItem {
  address: Hex
  storageKeys: Hex[]
}

export interface Authorization {
  chainId: bigint
  address: Hex
  nonce: bigint
  yParity: number
  r: bigint
  s: bigint
}

/** A transaction as the executor needs it, normalised from `eth_getBlockByNumber` JSON. */
export interface TxInput {
  index: number
  type: number // 0 legacy, 1 access list, 2 EIP-1559, 3 blob, 4 EIP-7702
  hash?: Hex
  from: Hex
  to: Hex | null
  nonce: bigint
  value: bigint
  gasLimit: bigint
  data: Uint8Array
  gasPrice?: bigint // legacy and type 1
  maxFeePerGas?: bigint // type 2, 3, 4
  maxPriorityFeePerGas?: bigint
  maxFeePerBlobGas?: bigint // type 3
  blobVersionedHashes?: Hex[]
  accessList: AccessListItem[]
  authorizationList?: Authorization[]
  chainId?: bigint
  /** Signature, when the input carried one: v (legacy), or yParity; r; s. */
  v?: bigint
  r?: bigint
  s?: bigint
}

export interface BlockHeaderInput {
  number: bigint
  hash?: Hex
  parentHash?: Hex
  coinbase: Hex
  timestamp: bigint
  gasLimit: bigint
  difficulty: bigint
  /** mixHash (pre-merge) / prevRandao (post-merge). */
  mixHash: Hex
  baseFeePerGas?: bigint
  excessBlobGas?: bigint
  blobGasUsed?: bigint
  parentBeaconBlockRoot?: Hex
  /** What the header claims, when present: checked against our results. */
  gasUsed?: bigint
  receiptsRoot?: Hex
  logsBloom?: Hex
  /** EIP-7685 (Prague on): the hash of the block's execution-layer requests. */
  requestsHash?: Hex
}

export interface PreStateAccount {
  balance: bigint
  nonce: bigint
  code: Uint8Array
  /** slot (0x + 64 hex) → value; zero values are omitted. */
  storage: Map<Hex, bigint>
}

export interface Withdrawal {
  index: bigint
  validatorIndex: bigint
  address: Hex
  /** In gwei, as in the header. */
  amount: bigint
}

export interface BlockInput {
  header: BlockHeaderInput
  /** ethereumjs hardfork name chosen for this block (mainnet rules, or the file's `hardfork`). */
  hardfork: string
  chainId: bigint
  transactions: TxInput[]
  uncles: { coinbase: Hex; number: bigint }[]
  withdrawals: Withdrawal[]
  /** Addresses (lower-case hex) → account, before the block. */
  preState: Map<Hex, PreStateAccount>
  /** BLOCKHASH answers: block number → hash. */
  blockHashes: Map<bigint, Hex>
}

/** A receipt's log; every field lower-case 0x hex (as each engine and the oracle write it). */
export interface LogEntry {
  address: Hex
  topics: Hex[]
  data: Hex
}

export interface Receipt {
  type: number
  /** 1 success, 0 failure (Byzantium on); undefined before Byzantium. */
  status?: 0 | 1
  cumulativeGasUsed: bigint
  logs: LogEntry[]
  logsBloom: Uint8Array
}

export interface TxResult {
  index: number
  receipt: Receipt
  /** Gas charged to the sender (after refunds and the EIP-7623 floor). */
  gasUsed: bigint
  /** Paid to the beneficiary by this transaction (priority fee × gas, or gasPrice × gas before 1559). */
  beneficiaryFee: bigint
  /** Address created by a top-level create transaction, if it succeeded. */
  contractAddress: Hex | null
  /** The EVM's exception for a failed (status 0) transaction, if any. */
  error?: string
}

/** One account's change over the block. Fields absent where unchanged. */
export interface AccountDiff {
  /** The account existed before and does not after (self-destruct, EIP-161). */
  deleted?: true
  balance?: bigint
  nonce?: bigint
  code?: Uint8Array
  /** slot → new value (0n = cleared) for slots whose value changed. */
  storage: Map<Hex, bigint>
}

/** Post-state as a diff against the pre-state; see `stateDiffHash` for its canonical form. */
export type StateDiff = Map<Hex, AccountDiff>

export interface BlockResult {
  txs: TxResult[]
  gasUsed: bigint
  logsBloom: Uint8Array
  /** Receipts trie root (meaningful from Byzantium on; computed always). */
  receiptsRoot: Uint8Array
  stateDiff: StateDiff
  /**
   * Prague on, with system calls (block/requests.ts): the execution-layer requests
   * (`type ‖ data`, non-empty ones, in type order) and the hash the header commits to.
   */
  requests?: Uint8Array[]
  requestsHash?: Uint8Array
}
