/**
 * Word segmentation and part-of-speech tags for metric phrases, behind a small interface so that the jieba binding
 * can be chosen: `@node-rs/jieba` (Node default: prebuilt, 0.13 s to load), `nodejieba` (optional peer: compiled,
 * 1.1 s and 284 MB to load), `jieba-js` (the browser default: the same tags as node-rs, in JavaScript) or
 * `jieba-wasm` (jieba-rs in WebAssembly, with its full dictionary). Bindings load lazily, on the first
 * clause that needs one, and at most once; which bindings a build has, and how they load, is the business of
 * `#jieba` (src/passes/targets/jieba.ts for Node, jieba.browser.ts for browsers).
 */
import { bind, bindSync, DEFAULT_SEGMENTER } from '#jieba'
import { SegmenterPending, type Segmenter, type SegmenterName, type WasmSource } from './binding.js'

export { DEFAULT_SEGMENTER }
export type { Segmenter, SegmenterName, Token, WasmSource } from './binding.js'

const loaded = new Map<SegmenterName, Segmenter | Error>()
/** Bindings that a parse asked for before they were loaded (only those that load asynchronously). */
const pending = new Set<SegmenterName>()

/** The package of a binding, for messages. */
const PACKAGES: Readonly<Record<Exclude<SegmenterName, 'none'>, string>> = {
  'node-rs': '@node-rs/jieba',
  nodejieba: 'nodejieba',
  'jieba-js': 'jieba-js',
  'jieba-wasm': 'jieba-wasm',
}

function unavailable(name: Exclude<SegmenterName, 'none'>, error: unknown): Error {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return new Error(`the ${PACKAGES[name]} segmenter could not be loaded (${reason}); metrics fall back to character rules`)
}

/**
 * The segmenter of that name, loaded on first use.
 * @param name which binding; `none` uses character rules only
 * @returns the segmenter, or an Error saying why it could not load (the caller degrades to character rules)
 */
export function segmenter(name: SegmenterName): Segmenter | Error | null {
  if (name === 'none') return null
  let found = loaded.get(name)
  if (!found) {
    try {
      found = bindSync(name)
    } catch (error) {
      if (error instanceof SegmenterPending) {
        // Not kept: the binding is still to be loaded, and will be.
        pending.add(name)
        return new Error(`the ${PACKAGES[name]} segmenter is not loaded yet (parseAsync() loads it, or await loadSegmenter()); metrics fall back to character rules`)
      }
      found = unavailable(name, error)
    }
    loaded.set(name, found)
  }
  return found
}

/**
 * Whether a parse has asked for a binding that loads asynchronously and is not loaded yet.
 * @param name the binding
 */
export function segmenterPending(name: SegmenterName): boolean {
  return pending.has(name) && !loaded.has(name)
}

/**
 * Load a segmenter ahead of a parse: what the synchronous `parse()` of the browser build needs first (`parseAsync()`
 * loads it by itself when a notice needs it). In Node it only loads the binding earlier than the first target would.
 * @param name which binding (the build's default when not given)
 * @param options `wasm`: where jieba-wasm's WebAssembly is, when not beside its module
 * @returns the segmenter, or an Error saying why it could not load; null for `none`
 */
export async function loadSegmenter(name: SegmenterName = DEFAULT_SEGMENTER, options: { wasm?: WasmSource } = {}): Promise<Segmenter | Error | null> {
  if (name === 'none') return null
  let found = loaded.get(name)
  if (!found) {
    try {
      found = await bind(name, options.wasm)
    } catch (error) {
      found = unavailable(name, error)
    }
    loaded.set(name, found)
    pending.delete(name)
  }
  return found
}
