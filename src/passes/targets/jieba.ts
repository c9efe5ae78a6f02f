/**
 * The jieba bindings of the Node build, loaded synchronously: `@node-rs/jieba` with the package's trimmed
 * dictionary, `nodejieba`, `jieba-js` over the same dictionary, and `jieba-wasm` (its Node build, ready when
 * required).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import type { Segmenter, SegmenterName, Token, WasmSource } from './binding.js'
import { createTagger } from './jieba-js.js'

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
    if (existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  return null
}

/** What `jieba-wasm` exports that we use. */
interface JiebaWasm {
  tag(text: string, hmm?: boolean): Token[]
}

/**
 * Load a binding now.
 * @param name which binding
 * @returns the segmenter
 * @throws when the binding cannot be loaded
 */
export function bindSync(name: Exclude<SegmenterName, 'none'>): Segmenter {
  const require = createRequire(import.meta.url)
  if (name === 'node-rs') {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): { tag(text: string): Token[] } } }
    // Note: the package's trimmed dictionary (scripts/jieba-dict.mjs says why) loads in a fifth of the time of the
    // full one, which stays the fallback; `@node-rs/jieba/dict` would also read an IDF table tagging never uses.
    const jieba = Jieba.withDict(readFileSync(packagedDictionary() ?? require.resolve('@node-rs/jieba/dict.txt')))
    return { name, tag: (text) => jieba.tag(text) }
  }
  if (name === 'jieba-js') {
    const tagger = createTagger(readFileSync(packagedDictionary() ?? require.resolve('@node-rs/jieba/dict.txt'), 'utf8'))
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
