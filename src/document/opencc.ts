/**
 * The Traditional → Simplified converters of opencc-js, loaded only for Traditional input.
 *
 * Note: only the `t2cn` build is ever loaded (about 0.1 MB of dictionaries); the Simplified → Traditional
 * dictionaries are ten times larger and never needed. Converters are built once per variant and kept.
 */
import { createRequire } from 'node:module'
import type { Simplify, TraditionalVariant } from './traditional.js'

/** What `opencc-js/t2cn` exports that we use. */
interface OpenCC {
  Converter: (options: { from: string; to: string }) => Simplify
}

const built = new Map<TraditionalVariant, Simplify>()

function converter(opencc: OpenCC, variant: TraditionalVariant): Simplify {
  let simplify = built.get(variant)
  if (!simplify) {
    simplify = opencc.Converter({ from: variant, to: 'cn' })
    built.set(variant, simplify)
  }
  return simplify
}

/**
 * The converter of a variant, loaded with `import()`: what the CLI uses.
 * @param variant `tw` or `hk`
 * @returns a function from Traditional to Simplified text
 */
export async function loadSimplifier(variant: TraditionalVariant): Promise<Simplify> {
  const opencc = (await import('opencc-js/t2cn')) as unknown as OpenCC
  return converter(opencc, variant)
}

/**
 * The converter of a variant, loaded synchronously: what the synchronous `parse()` of the library uses.
 * @param variant `tw` or `hk`
 * @returns a function from Traditional to Simplified text
 */
export function simplifierSync(variant: TraditionalVariant): Simplify {
  const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC
  return converter(opencc, variant)
}
