/** `@blockstm/executor/reference`: the independent oracle every engine is compared with. */
export { executeReference } from './execute.js'
export type { ReferenceOptions } from './execute.js'
export { ReferenceInvalidTxError } from './errors.js'
