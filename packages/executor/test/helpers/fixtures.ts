/** Mainnet fixtures from /work/shared/fixtures/mainnet (see its README), parsed by the input layer. */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

import { parseBlockJson } from '../../src/input/parse.js'
import type { BlockInput } from '../../src/types.js'

export const MAINNET_FIXTURES = '/work/shared/fixtures/mainnet'

export function loadMainnetBlock(number: number): BlockInput {
  const json: unknown = JSON.parse(gunzipSync(readFileSync(`${MAINNET_FIXTURES}/${number}.json.gz`)).toString('utf8'))
  return parseBlockJson(json)
}
