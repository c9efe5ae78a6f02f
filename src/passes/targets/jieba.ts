/**
 * The jieba bindings of the Node build, loaded synchronously: `@node-rs/jieba` with the package's trimmed
 * dictionary (its first characters tagged by jieba-js over the dictionary unread, the same tags), `nodejieba`, `jieba-js` over the same dictionary, and `jieba-wasm` (its Node build, ready when
 * required).
 */
import { fs } from '../../util/node-fs.js'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import type { Segmenter, SegmenterName, Token, WasmSource } from './binding.js'
import { createTagger, sortedLexicon, type Tagger } from './jieba-js.js'

/** The binding the Node build uses unless told otherwise. */
export const DEFAULT_SEGMENTER: SegmenterName = 'node-rs'

/** Where the trimmed dictionary sits: `data/` of the package, found from this module in dist/ or src/passes/targets/. */
const DICTIONARY = 'data/jieba-dict.txt'
/** Directories between a module and the package root: dist/ is one, src/passes/targets/ three. */
const MAX_DEPTH = 3

/** The path of the package's trimmed dictionary, if it is there. */
function packagedDictionary(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const candidate = join(dir, DICTIONARY)
    if (fs.existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  return null
}

/** What `jieba-wasm` exports that we use. */
interface JiebaWasm {
  tag(text: string, hmm?: boolean): Token[]
}

/** The size and the sum of frequencies of data/jieba-dict.txt (test/jieba-js.test.ts holds them to the file). */
export const PACKAGED = { bytes: 831_054, total: 58_396_951 }

/**
 * Characters tagged in JavaScript before the native binding is loaded: `sortedLexicon`'s binary search costs about
 * 5 µs a character once compiled (more before), and @node-rs/jieba's dictionary about 35 ms to build, the cost of
 * some 7,000 characters. The seed tags 321; a notice of many targets switches after its first few dozen.
 */
const NATIVE_AFTER = 5_000

/** The packaged dictionary, looked up where it lies, when it is there. */
function packagedTagger(): Tagger | null {
  const path = packagedDictionary()
  if (!path) return null
  const bytes = fs.readFileSync(path)
  return createTagger(sortedLexicon(bytes, bytes.length === PACKAGED.bytes ? PACKAGED.total : undefined))
}

/**
 * @node-rs/jieba over the packaged dictionary, with the first characters tagged by jieba-js over the same dictionary
 * unread (the same tags: test/jieba-js.test.ts): a notice with a few metrics never waits for the native dictionary
 * to be built, a long one or a batch gets the native speed. Where the addon cannot be loaded (no build for the
 * platform, an install without it), jieba-js tags the rest.
 */
function nodeRs(require: NodeJS.Require): Segmenter {
  let native: { tag(text: string): Token[] } | null = null
  const loadNative = (): { tag(text: string): Token[] } => {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): { tag(text: string): Token[] } } }
    // Note: the package's trimmed dictionary (scripts/jieba-dict.mjs says why) loads in a fifth of the time of the
    // full one, which stays the fallback; `@node-rs/jieba/dict` would also read an IDF table tagging never uses.
    return Jieba.withDict(fs.readFileSync(packagedDictionary() ?? require.resolve('@node-rs/jieba/dict.txt')))
  }
  const early = packagedTagger()
  // Note: with the packaged dictionary, the package is not looked for until the budget is spent (resolving it cost
  // 1.4 ms of a cold run); where it is missing, jieba-js goes on with the same tags.
  if (!early) native = loadNative()
  let budget = NATIVE_AFTER
  return {
    name: 'node-rs',
    tag(text) {
      if (native) return native.tag(text)
      budget -= text.length
      if (budget < 0) {
        try {
          native = loadNative()
        } catch {
          // The addon of this platform is missing: the JavaScript tagger gives the same tags.
          budget = Infinity
        }
      }
      return (native ?? (early as Tagger)).tag(text)
    },
  }
}

/**
 * Load a binding now.
 * @param name which binding
 * @returns the segmenter
 * @throws when the binding cannot be loaded
 */
export function bindSync(name: Exclude<SegmenterName, 'none'>): Segmenter {
  const require = createRequire(import.meta.url)
  if (name === 'node-rs') return nodeRs(require)
  if (name === 'jieba-js') {
    const tagger = packagedTagger() ?? createTagger(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8'))
    return { name, tag: (text) => tagger.tag(text) }
  }
  if (name === 'jieba-wasm') {
    const jieba = require('jieba-wasm') as JiebaWasm
    return { name, tag: (text) => jieba.tag(text, false) }
  }
  const nodejieba = require('nodejieba') as { tag(text: string): Token[] }
  return { name, tag: (text) => nodejieba.tag(text) }
}

/**
 * Load a binding (in Node every binding loads synchronously).
 * @param name which binding
 * @param _wasm unused in Node: jieba-wasm's Node build finds its WebAssembly itself
 * @returns the segmenter
 */
export async function bind(name: Exclude<SegmenterName, 'none'>, _wasm?: WasmSource): Promise<Segmenter> {
  return bindSync(name)
}
