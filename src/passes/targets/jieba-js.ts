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
interface Entry {
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
 * Read a dictionary.
 * @param dictionary lines of `word freq tag`, as jieba's dict.txt
 * @returns a tagger over it
 */
export function createTagger(dictionary: string): Tagger {
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
  const logTotal = Math.log(total)

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
        if (!stems.has(word)) break
        const entry = words.get(word)
        if (!entry) continue
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
    const entry = words.get(word)
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
