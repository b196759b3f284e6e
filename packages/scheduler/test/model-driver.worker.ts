// Worker thread of the model tests over the suite's own ModelStore (one per pool slot, reused for many blocks).
import { ModelStore } from './support/model-store.js'
import { serveBlocks } from './support/worker-loop.js'

serveBlocks((shared) => new ModelStore(shared as ConstructorParameters<typeof ModelStore>[0]))
