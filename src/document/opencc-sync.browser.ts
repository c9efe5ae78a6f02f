/**
 * The Traditional → Simplified converter for the synchronous `parse()` of the browser build: a browser cannot load
 * a module synchronously, so it is the converter that `parseAsync()` (or `loadSimplifier`) has loaded, if any.
 *
 * Note: importing opencc-js statically here instead would put its 0.1 MB in the first chunk of every application
 * that bundles gongwen, even one that only ever calls `parseAsync()`: bundlers place a module that is imported both
 * statically and with `import()` in the static importer's chunk.
 */
import { InputError } from '../errors.js'
import { loaded } from './opencc.js'
import type { Simplify, TraditionalVariant } from './traditional.js'

/**
 * The converter of a variant, if loaded: what the synchronous `parse()` of the browser build uses.
 * @param variant `tw` or `hk`
 * @returns a function from Traditional to Simplified text
 * @throws InputError when opencc has not been loaded yet
 */
export function simplifierSync(variant: TraditionalVariant): Simplify {
  const simplify = loaded(variant)
  if (simplify) return simplify
  throw new InputError(
    'unsupported-format',
    'Traditional Chinese input needs opencc, which the browser build loads on first use: call parseAsync() (or await loadSimplifier() before parse())',
  )
}
