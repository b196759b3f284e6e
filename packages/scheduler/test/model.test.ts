// Model tests over the suite's own simple multi-version store (version-based validation):
// the real scheduler on real worker_threads, mock transactions, final state must equal
// serial execution for every strategy, 1-8 workers, random delays, and random (including
// wrong) graphs for `dag`. Seeded: SCHEDULER_SEED reproduces; failures print the block seed.
import test from 'ava'
import { ModelStore } from './support/model-store.js'
import { CAPACITY, MAX_KEYS, registerRandomCells } from './support/random-cells.js'

registerRandomCells(test, 'model store', () => ModelStore.create(CAPACITY, MAX_KEYS), 'model', Number(process.env.SCHEDULER_BLOCKS ?? 400))
