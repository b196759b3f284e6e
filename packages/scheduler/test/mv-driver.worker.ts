// Worker thread of the model tests over the real @blockstm/mvmemory.
import { MvStore } from './support/mv-store.js'
import { serveBlocks } from './support/worker-loop.js'

serveBlocks((shared) => new MvStore(shared as ConstructorParameters<typeof MvStore>[0]))
