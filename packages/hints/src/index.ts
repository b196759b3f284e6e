/**
 * @blockstm/hints: predicted read/write sets and a dependency graph for a block,
 * from simulating each transaction alone and from static analysis, to steer the
 * parallel executor's `dag` strategy and to warm a slow state store.
 */
export { simulateHints, HintsEngine } from './hints.js'
export type { BlockHints, HintMode, HintOptions, HintTimings, UnknownCalls } from './hints.js'
export type { TxAccess, AccessSource } from './access.js'
export { buildGraph, predecessors, edgeSet } from './graph.js'
export type { EdgeMode, GraphOptions } from './graph.js'
export { accuracy } from './accuracy.js'
export type { Accuracy, SetAccuracy } from './accuracy.js'
export { edgeCoverage } from './coverage.js'
export type { EdgeCoverage } from './coverage.js'
export { recordSequential } from './sequential-record.js'
export { prefetchOf, warmCache } from './prefetch.js'
export type { Prefetch } from './prefetch.js'
export { Simulator } from './simulator.js'
export type { SimulatedTx } from './simulator.js'
export { RecordingReader } from './recording-reader.js'
export { TemplateCache, learnTemplate, applyTemplate, MAX_INDEX } from './template.js'
export type { AccessTemplate, TemplateLocation, AddressExpr, SlotExpr } from './template.js'
export { ERC20_SELECTORS, classify, orderingKeys, plainTransferAccess, senderOnlyAccess } from './static.js'
export { mappingSlot, nestedMappingSlot, slotIndex } from './mapping.js'
export { location, decodeLocation, formatLocation, accountLoc, balanceLoc, codeLoc, storageLoc, wipeLoc } from './location.js'
export type { Location, LocationKind, DecodedLocation } from './location.js'
