/**
 * The jieba bindings of the browser build, loaded when a notice first needs one (a browser cannot load code
 * synchronously: until then `bindSync` says so, and the synchronous path reads metrics by character rules):
 * - `jieba-js` (default): jieba's tagging in JavaScript over the package's trimmed dictionary (data/jieba-dict.txt,
 *   a chunk of 0.8 MB, 0.37 MB gzipped): the same tags, so the same notices, as `@node-rs/jieba` in Node;
 * - `jieba-wasm`: jieba-rs compiled to WebAssembly (4 MB, 2.8 MB gzipped), with its own full dictionary, which reads
 *   a few metrics differently.
 */
import { SegmenterPending, type Segmenter, type SegmenterName, type Token, type WasmSource } from './binding.js'

/** The binding the browser build uses unless told otherwise. */
export const DEFAULT_SEGMENTER: SegmenterName = 'jieba-js'

/** What `jieba-wasm` exports that we use: its web build has an `init` as default export, its other builds none. */
interface JiebaWasm {
  default?: (options?: { module_or_path: WasmSource }) => Promise<unknown>
  tag(text: string, hmm?: boolean): Token[]
}

const ready = new Map<SegmenterName, Segmenter>()

/** Why a native binding cannot be had here. */
const NATIVE = 'a native Node addon, which this build has not: use jieba-js, jieba-wasm or none'

/**
 * The binding, when it has been loaded.
 * @param name which binding
 * @returns the segmenter
 * @throws SegmenterPending when it is not loaded yet; an Error for the native bindings
 */
export function bindSync(name: Exclude<SegmenterName, 'none'>): Segmenter {
  if (name === 'node-rs' || name === 'nodejieba') throw new Error(NATIVE)
  const found = ready.get(name)
  if (!found) throw new SegmenterPending(`${name} is not loaded yet`)
  return found
}

/** jieba-wasm: fetched, compiled and started. */
async function loadWasm(wasm: WasmSource | undefined): Promise<Segmenter> {
  const jieba = (await import('jieba-wasm')) as unknown as JiebaWasm
  if (typeof jieba.default === 'function') await jieba.default(wasm === undefined ? undefined : { module_or_path: wasm })
  // Note: jieba-rs builds its dictionary on the first call; made here, that time is spent loading, not parsing.
  jieba.tag('一', false)
  return { name: 'jieba-wasm', tag: (text) => jieba.tag(text, false) }
}

/**
 * Load a binding.
 * @param name which binding
 * @param wasm for jieba-wasm: where its WebAssembly is, when not beside its module (as bundlers place it)
 * @returns the segmenter
 */
export async function bind(name: Exclude<SegmenterName, 'none'>, wasm?: WasmSource): Promise<Segmenter> {
  if (name === 'node-rs' || name === 'nodejieba') throw new Error(NATIVE)
  let found = ready.get(name)
  if (!found) {
    if (name === 'jieba-wasm') found = await loadWasm(wasm)
    else {
      const [{ createTagger }, { default: dictionary }] = await Promise.all([import('./jieba-js.js'), import('./jieba-dict.js')])
      const tagger = createTagger(dictionary)
      found = { name, tag: (text) => tagger.tag(text) }
    }
    ready.set(name, found)
  }
  return found
}
