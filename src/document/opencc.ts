/**
 * The Traditional → Simplified converters of opencc-js, loaded only for Traditional input.
 *
 * Note: only the `t2cn` build is ever loaded (about 0.1 MB of dictionaries); the Simplified → Traditional
 * dictionaries are ten times larger and never needed. Converters are built once per variant and kept.
 */
import type { Simplify, TraditionalVariant } from './traditional.js'

/** What `opencc-js/t2cn` exports that we use. */
export interface OpenCC {
  Converter: (options: { from: string; to: string }) => Simplify
}

const built = new Map<TraditionalVariant, Simplify>()

/**
 * The converter of a variant, built on first use and kept.
 * @param opencc the loaded `opencc-js/t2cn`
 * @param variant `tw` or `hk`
 * @returns a function from Traditional to Simplified text
 */
export function converter(opencc: OpenCC, variant: TraditionalVariant): Simplify {
  let simplify = built.get(variant)
  if (!simplify) {
    simplify = opencc.Converter({ from: variant, to: 'cn' })
    built.set(variant, simplify)
  }
  return simplify
}

/**
 * The converter of a variant, if it has been built.
 * @param variant `tw` or `hk`
 * @returns the converter, or undefined
 */
export function loaded(variant: TraditionalVariant): Simplify | undefined {
  return built.get(variant)
}

/**
 * The converter of a variant, loaded with `import()`: what the CLI and `parseAsync()` use.
 * @param variant `tw` or `hk`
 * @returns a function from Traditional to Simplified text
 */
export async function loadSimplifier(variant: TraditionalVariant): Promise<Simplify> {
  const opencc = (await import('opencc-js/t2cn')) as unknown as OpenCC
  return converter(opencc, variant)
}
