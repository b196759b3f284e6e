/** The executor's public API for tests, examples and scripts (see src/deps.ts for why the path). */
export * from '@blockstm/executor'
