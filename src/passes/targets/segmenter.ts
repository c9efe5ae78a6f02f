/**
 * Word segmentation and part-of-speech tags for metric phrases, behind a small interface so that the jieba binding
 * can be chosen: `@node-rs/jieba` (default: prebuilt, 0.13 s to load) or `nodejieba` (optional peer: compiled,
 * 1.1 s and 284 MB to load). Bindings load lazily, on the first clause that needs one, and at most once.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

/** A word and its jieba part-of-speech tag (n, v, m, q, …). */
export interface Token {
  word: string
  tag: string
}

export interface Segmenter {
  readonly name: SegmenterName
  /** Cut a text into words with tags; the words, joined, give the text back. */
  tag(text: string): Token[]
}

export type SegmenterName = 'node-rs' | 'nodejieba' | 'none'

const loaded = new Map<SegmenterName, Segmenter | Error>()

/** Where the trimmed dictionary sits: `data/` of the package, found from this module in dist/ or src/targets/. */
const DICTIONARY = 'data/jieba-dict.txt'
/** Directories between a module and the package root: dist/ is one, src/targets/ two. */
const MAX_DEPTH = 3

function packagedDictionary(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const candidate = join(dir, DICTIONARY)
    if (existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  return null
}

function load(name: Exclude<SegmenterName, 'none'>): Segmenter {
  const require = createRequire(import.meta.url)
  if (name === 'node-rs') {
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): { tag(text: string): Token[] } } }
    // Note: the package's trimmed dictionary (scripts/jieba-dict.mjs says why) loads in a fifth of the time of the
    // full one, which stays the fallback; `@node-rs/jieba/dict` would also read an IDF table tagging never uses.
    const jieba = Jieba.withDict(readFileSync(packagedDictionary() ?? require.resolve('@node-rs/jieba/dict.txt')))
    return { name, tag: (text) => jieba.tag(text) }
  }
  const nodejieba = require('nodejieba') as { tag(text: string): Token[] }
  return { name, tag: (text) => nodejieba.tag(text) }
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
      found = load(name)
    } catch (error) {
      found = new Error(
        `the ${name === 'node-rs' ? '@node-rs/jieba' : 'nodejieba'} segmenter could not be loaded (${(error as Error).message.split('\n')[0]}); metrics fall back to character rules`,
      )
    }
    loaded.set(name, found)
  }
  return found
}
