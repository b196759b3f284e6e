// The same model tests over the real @blockstm/mvmemory (value-based validation).
import test from 'ava'
import { MvStore } from './support/mv-store.js'
import { CAPACITY, MAX_KEYS, registerRandomCells } from './support/random-cells.js'

registerRandomCells(test, 'mvmemory', () => MvStore.create(CAPACITY, MAX_KEYS), 'mv', Number(process.env.SCHEDULER_BLOCKS ?? 400))
