/**
 * The Traditional → Simplified converter, loaded synchronously, for the synchronous `parse()` of the Node build.
 * The browser build has its own module (`#opencc-sync` in package.json picks it).
 */
import { createRequire } from 'node:module'
import { converter, type OpenCC } from './opencc.js'
import type { Simplify, TraditionalVariant } from './traditional.js'

/**
 * The converter of a variant, loaded synchronously: what the synchronous `parse()` of the library uses.
 * @param variant `tw` or `hk`
 * @returns a function from Traditional to Simplified text
 */
export function simplifierSync(variant: TraditionalVariant): Simplify {
  const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC
  return converter(opencc, variant)
}
