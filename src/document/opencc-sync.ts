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
  return converter(loadOpencc(), variant)
}

/**
 * opencc's `t2cn` build: in the built package the entry `opencc-t2cn.js` next to this chunk (opencc-js is bundled,
 * not installed), in the sources (tests) the opencc-js package of the development install.
 */
function loadOpencc(): OpenCC {
  const require = createRequire(import.meta.url)
  try {
    return require('./opencc-t2cn.js') as OpenCC
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error
    return require('opencc-js/t2cn') as OpenCC
  }
}
