/**
 * One execution slot: everything a transaction in flight needs for itself — its
 * own EVM (journal, warm sets, transient storage), state view, read and write
 * sets, and its own scheduler handle (taskTx/taskIncarnation are per handle).
 * A worker runs several slots when base reads have latency, so that while one
 * transaction awaits storage, another executes.
 */
import { MVMemory } from '@blockstm/mvmemory'
import { Scheduler } from '@blockstm/scheduler'
import type { SchedulerShared } from '@blockstm/scheduler'
import type { EVM } from '@ethereumjs/evm'

import type { BlockEnv } from '../block/env.js'
import { makeEvm } from '../block/evm.js'
import type { BaseState } from '../state/base.js'
import { TxState } from '../state/tx-state.js'
import { MvStateReader } from './mv-reader.js'
import { MvWriter } from './mv-writes.js'
import type { LocationCache } from './location-cache.js'
import type { SharedReadSets } from './read-sets.js'

export interface Slot {
  sched: Scheduler
  reader: MvStateReader
  writer: MvWriter
  txState: TxState
  evm: EVM
}

export async function makeSlot(env: BlockEnv, mv: MVMemory, base: BaseState, sched: SchedulerShared, workerId: number, locs: LocationCache, recordLog?: SharedReadSets): Promise<Slot> {
  const reader = new MvStateReader(mv, base, locs, recordLog)
  const txState = new TxState(reader)
  return {
    sched: Scheduler.fromShared(sched, workerId),
    reader,
    writer: new MvWriter(mv, locs),
    txState,
    evm: await makeEvm(env, txState, base),
  }
}
