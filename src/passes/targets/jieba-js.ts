/**
 * jieba's part-of-speech tagging in plain JavaScript: a port of what `@node-rs/jieba` (jieba-rs) does for
 * `tag(text)` (no HMM) over a dictionary of `word freq tag` lines, for runtimes without native addons.
 *
 * Note: written by hand because gongwen tags with a trimmed dictionary (data/jieba-dict.txt) and must read the same
 * metrics in every build: jieba-wasm can only add words to the full dictionary compiled into it, and the WebAssembly
 * build of @node-rs/jieba needs shared memory, which a page served without cross-origin isolation headers does not
 * get. The algorithm is jieba's: blocks of Han characters, letters and digits are cut along the most probable route
 * through the words of the dictionary; everything else is cut character by character, runs of whitespace kept
 * whole. test/jieba-js.test.ts holds it to @node-rs/jieba token for token.
 */
import type { Token } from './binding.js'

/** A word of the dictionary. */
export interface Entry {
  freq: number
  tag: string
}

/** What jieba-rs cuts along dictionary routes: Han characters (every CJK block), ASCII letters, digits and `+#&._%-`. */
const BLOCK =
  /[\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{F900}-\u{FAFF}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]+/gu
/** What jieba-rs keeps whole between blocks: CRLF, or one whitespace character. */
const SKIP = /\r\n|\s/gu
const ASCII_ALNUM = /^[A-Za-z0-9]$/
const SPACES = /\s+/
const ASCII_DIGIT = /[0-9]/
/** A surrogate without its pair: the native binding, reading UTF-8, sees U+FFFD there. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A tagger over one dictionary. */
export interface Tagger {
  /** Cut a text into words with tags, as `@node-rs/jieba`'s `tag(text)` does. */
  tag(text: string): Token[]
}

/**
 * The words of a dictionary as the tagger looks them up: a word's entry, or whether some word begins with it.
 * `STEM`: no word is this, but some word begins with it; `undefined`: no word begins with it.
 */
export interface Lexicon {
  /** The natural logarithm of the sum of all frequencies. */
  readonly logTotal: number
  look(word: string): Entry | typeof STEM | undefined
}

/** What `Lexicon.look` returns for the beginning of a word that is no word itself. */
export const STEM = 0
/** A word that is no word of the dictionary nor the start of one, among the answers kept. */
const MISSING = Symbol('missing')
/** Answers kept before they are all dropped: a bound on memory, far above what a notice asks. */
const MAX_ANSWERS = 100_000

/**
 * A dictionary read whole into a map: quick to look up, slow to build (60,000 words: about 40 ms).
 * @param dictionary lines of `word freq tag`, as jieba's dict.txt
 */
export function mapLexicon(dictionary: string): Lexicon {
  const words = new Map<string, Entry>()
  /** Every word and every beginning of one: a route stops growing where its characters begin no word. */
  const stems = new Set<string>()
  for (const line of dictionary.split('\n')) {
    const [word, freq, tag] = line.trim().split(SPACES)
    if (!word) continue
    words.set(word, { freq: Number(freq) || 0, tag: tag ?? '' })
    for (let end = 1; end <= word.length; end++) {
      // A stem never ends inside a surrogate pair.
      const code = word.charCodeAt(end - 1)
      if (code < 0xd800 || code > 0xdbff) stems.add(word.slice(0, end))
    }
  }
  let total = 0
  for (const entry of words.values()) total += entry.freq
  return {
    logTotal: Math.log(total),
    look: (word) => (stems.has(word) ? (words.get(word) ?? STEM) : undefined),
  }
}

const NEWLINE = 0x0a

/**
 * A dictionary looked up where it lies, by binary search: nothing to build, so the first metric of a process does
 * not wait for 60,000 words to be read (into @node-rs/jieba: about 35 ms, most of the CLI's start-up above node's
 * own). The bytes are searched as a Latin-1 string (one character a byte: UTF-8 byte order, which is code point
 * order), so that every step is a built-in string operation: a look-up costs a few microseconds before V8 has
 * compiled anything, where a loop over the bytes would wait for the interpreter.
 *
 * Note: the lines must be in byte order of their words, one line a word, each `word freq tag` with single spaces;
 * data/jieba-dict.txt is (test/jieba-js.test.ts checks it).
 * @param bytes the dictionary
 * @param total the sum of its frequencies, when known (else summed here, once)
 */
export function sortedLexicon(bytes: Uint8Array, total?: number): Lexicon {
  const text = latin1(bytes)
  const size = text.length
  /** Where the word of the line that begins at `start` ends. */
  const wordEnd = (start: number): number => {
    const space = text.indexOf(' ', start)
    const nl = text.indexOf('\n', start)
    return space >= 0 && (space < nl || nl < 0) ? space : nl >= 0 ? nl : size
  }
  /** The beginning of the first line in [lo, hi) whose word does not sort before `key` (hi when none). */
  const lowerBound = (key: string, lo: number, hi: number): number => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      // Back to the beginning of mid's line (a line is 14 bytes on average: a loop beats lastIndexOf's call).
      let start = mid
      while (start > lo && text.charCodeAt(start - 1) !== NEWLINE) start--
      if (text.slice(start, wordEnd(start)) < key) {
        const nl = text.indexOf('\n', start)
        lo = nl < 0 || nl + 1 > hi ? hi : nl + 1
      } else hi = start
    }
    return lo
  }
  const entryAt = (end: number): Entry => {
    const nl = text.indexOf('\n', end)
    const [freq, tag] = text.slice(end + 1, nl < 0 ? size : nl).trim().split(' ')
    return { freq: Number(freq) || 0, tag: tag ?? '' }
  }
  if (total === undefined) {
    total = 0
    // Note: not \S, which in Latin-1 takes bytes 0x85 and 0xA0 (parts of UTF-8 characters) for spaces.
    for (const m of text.matchAll(/^[^ \n]+ (\d+)/gm)) total += Number(m[1])
  }
  const find = (word: string): Entry | typeof STEM | undefined => {
    const key = unescape(encodeURIComponent(word))
    const start = lowerBound(key, 0, size)
    if (start >= size || !text.startsWith(key, start)) return undefined
    const end = wordEnd(start)
    return end - start === key.length ? entryAt(end) : STEM
  }
  // Note: a text asks for the same words again and again (2,000 characters of the seed: 5,019 looks, 1,743 words),
  // and a search is some twenty steps into the dictionary, run cold at every command: answers are kept.
  const answers = new Map<string, Entry | typeof STEM | typeof MISSING>()
  return {
    logTotal: Math.log(total),
    look(word) {
      const known = answers.get(word)
      if (known !== undefined) return known === MISSING ? undefined : known
      const found = find(word)
      if (answers.size >= MAX_ANSWERS) answers.clear()
      answers.set(word, found ?? MISSING)
      return found
    },
  }
}

/** Bytes as a string of one character a byte. */
function latin1(bytes: Uint8Array): string {
  const B = (globalThis as { Buffer?: { from(b: ArrayBuffer, o: number, l: number): { toString(e: string): string } } }).Buffer
  if (B) return B.from(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  // Note: not TextDecoder('latin1'), which decodes windows-1252 (0x80–0x9F become other characters).
  let out = ''
  for (let at = 0; at < bytes.length; at += 0x8000) {
    // bounded: 32,768 arguments a call
    out += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  }
  return out
}

/**
 * Read a dictionary.
 * @param dictionary lines of `word freq tag`, as jieba's dict.txt, or a lexicon over one
 * @returns a tagger over it
 */
export function createTagger(dictionary: string | Lexicon): Tagger {
  const lexicon = typeof dictionary === 'string' ? mapLexicon(dictionary) : dictionary
  const logTotal = lexicon.logTotal

  /** Cut a block along its most probable route; lone ASCII letters and digits in a row make one word. */
  const cutBlock = (block: string, out: string[]): void => {
    const chars = Array.from(block)
    const n = chars.length
    const score = new Float64Array(n + 1)
    const next = new Int32Array(n + 1)
    for (let i = n - 1; i >= 0; i--) {
      let best = -Infinity
      let bestEnd = -1
      let word = ''
      for (let j = i; j < n; j++) {
        word += chars[j]
        const entry = lexicon.look(word)
        if (entry === undefined) break
        if (entry === STEM) continue
        // Note: jieba-rs keeps the last of equal maxima, the longer word.
        const s = Math.log(entry.freq) - logTotal + (score[j + 1] as number)
        if (s >= best) {
          best = s
          bestEnd = j + 1
        }
      }
      if (bestEnd < 0) {
        // No word starts here: the character alone, at frequency 1.
        best = -logTotal + (score[i + 1] as number)
        bestEnd = i + 1
      }
      score[i] = best
      next[i] = bestEnd
    }
    let run = ''
    for (let i = 0; i < n; ) {
      const end = next[i] as number
      const piece = chars.slice(i, end).join('')
      if (end - i === 1 && ASCII_ALNUM.test(piece)) run += piece
      else {
        if (run) out.push(run)
        run = ''
        out.push(piece)
      }
      i = end
    }
    if (run) out.push(run)
  }

  /** Between blocks: whitespace kept whole, every other character a word. */
  const cutGap = (gap: string, out: string[]): void => {
    let at = 0
    for (const m of gap.matchAll(SKIP)) {
      for (const ch of gap.slice(at, m.index)) out.push(ch)
      out.push(m[0])
      at = m.index + m[0].length
    }
    for (const ch of gap.slice(at)) out.push(ch)
  }

  const tagOf = (word: string): string => {
    const entry = lexicon.look(word)
    if (entry) return entry.tag
    let letters = 0
    let digits = 0
    for (const ch of word) {
      if (ASCII_ALNUM.test(ch)) {
        letters++
        if (ASCII_DIGIT.test(ch)) digits++
      }
    }
    return letters === 0 ? 'x' : letters === digits ? 'm' : 'eng'
  }

  return {
    tag(input) {
      const text = input.replace(LONE_SURROGATE, '\ufffd')
      const cut: string[] = []
      let at = 0
      for (const m of text.matchAll(BLOCK)) {
        if (m.index > at) cutGap(text.slice(at, m.index), cut)
        cutBlock(m[0], cut)
        at = m.index + m[0].length
      }
      if (at < text.length) cutGap(text.slice(at), cut)
      return cut.map((word) => ({ word, tag: tagOf(word) }))
    },
  }
}
