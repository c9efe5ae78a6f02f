/**
 * The measure grammar: the measurement unit right after a numeral (家, 亿元, 万千瓦, 个百分点, 元/吨) and the `每…`
 * phrase a value is per (每千人口, 每人每年). Reads one clause at a time; every reader is bounded by the longest
 * lexicon word. The words are records of `lexicon/measures.ts`, compiled here into a first-character index.
 */
import { CHINESE_DIGITS, LARGE_SCALES, SCALE_WORD_BREAK, SMALL_SCALES } from '../lexicon/numerals.js'
import { charAt, codeAt, isAsciiLetter, isDigit, wordIndex } from '../util/chars.js'
import {
  canonicalOf,
  MEASURE_SCALES,
  MEASURES,
  measuresWhere,
  PER_COUNTER,
  PER_MAX_LENGTH,
  PER_NOUNS,
  PER_WORD,
  type Scale,
} from '../lexicon/measures.js'

/** A measure read right after a numeral. */
export interface MeasureMatch {
  start: number
  end: number
  /** As printed, scale and `/per` included. */
  text: string
  /** The canonical unit (`个百分点` → `百分点`), or null for a bare scale (`10余万`). */
  unit: string | null
  /** Power of ten contributed by the unit text: 4 for 万千瓦, 8 for 亿元, 0 for 家. */
  scale: number
  /** What the unit is per, as printed after `/` (元/吨 → 吨), or null. */
  per: string | null
}

/** A `每…` phrase: what a value is per. */
export interface PerPhrase {
  start: number
  end: number
  text: string
}

/** A written form of a unit as the reader matches it: compiled once from its lexicon record. */
interface MeasureWord {
  text: string
  unit: string
  latin: boolean
  /** Characters after which it starts a word instead (`项目`); empty for most. */
  wordStarts: string
}

const SLASH = '/'
/** After a scale, the start of 分之/分点: the scale belongs to a fraction or percent word. */
const FRACTION_BREAK = SCALE_WORD_BREAK

let byFirst: Map<number, MeasureWord[]> | null = null
let scales: Scale[] | null = null
let bareScales: Scale[] | null = null
let perNouns: Map<number, string[]> | null = null
const nonScalable = measuresWhere((m) => m.flags?.scalable === false)

/** The measure records compiled into the reader's first-character index, once, at first use. */
function measureIndex(): Map<number, MeasureWord[]> {
  byFirst ??= wordIndex(
    MEASURES.map((m): MeasureWord => ({ text: m.word, unit: canonicalOf(m), latin: m.flags?.latin === true, wordStarts: m.flags?.wordStarts ?? '' })),
    (w) => w.text,
  )
  return byFirst
}

function prefixes(): Scale[] {
  scales ??= [...MEASURE_SCALES].sort((a, b) => b.word.length - a.word.length)
  return scales
}

/** Scale words that may stand without a unit after `余`/`多`, longest first. */
function bare(): Scale[] {
  bareScales ??= prefixes().filter((x) => x.bare !== false)
  return bareScales
}

const GREEK_FIRST = 0x370
const GREEK_LAST = 0x3ff
const OHM_SIGN = 0x2126

/** Whether a character goes on a Latin unit's word: a Latin or Greek letter (mΩ is milliohms, not metres; μm). */
function gluedToLatin(code: number): boolean {
  return isAsciiLetter(code) || (code >= GREEK_FIRST && code <= GREEK_LAST) || code === OHM_SIGN
}

/** The longest unit word (no scale) at `at`; Latin units must not run on into more letters. */
function matchWord(s: string, at: number): MeasureWord | null {
  const list = measureIndex().get(codeAt(s, at))
  if (!list) return null
  for (const w of list) {
    if (!s.startsWith(w.text, at)) continue
    if (w.latin && gluedToLatin(codeAt(s, at + w.text.length))) continue
    if (w.wordStarts !== '' && at + w.text.length < s.length && w.wordStarts.includes(s.charAt(at + w.text.length))) continue
    return w
  }
  return null
}

interface Core {
  length: number
  unit: string | null
  scale: number
}

/** Scale prefix and unit word at `at`, longest first; a plain unit wins a tie (千瓦 is a unit, not 千 + 瓦). */
function readCore(s: string, at: number, allowBareScale: boolean): Core | null {
  const direct = matchWord(s, at)
  let best: Core | null = direct ? { length: direct.text.length, unit: direct.unit, scale: 0 } : null
  for (const { word, power } of prefixes()) {
    if (!s.startsWith(word, at)) continue
    const w = matchWord(s, at + word.length)
    if (!w || nonScalable.has(w.unit)) continue
    const length = word.length + w.text.length
    if (!best || length > best.length) best = { length, unit: w.unit, scale: power }
  }
  if (best || !allowBareScale) return best
  for (const { word, power } of bare()) {
    // 万分之 is a fraction word, not a scale
    if (!s.startsWith(word, at) || s.startsWith(FRACTION_BREAK, at + word.length)) continue
    return { length: word.length, unit: null, scale: power }
  }
  return null
}

/**
 * The longest measure starting exactly at `at` (right after a numeral), with its scale prefix and `/per` part.
 * @param s the clause (normalized view)
 * @param at where the measure would start
 * @returns the measure, or null when none starts there
 */
export function readMeasure(s: string, at: number): MeasureMatch | null {
  if (at < 0 || at >= s.length) return null
  const core = readCore(s, at, true)
  if (!core) return null
  let end = at + core.length
  let per: string | null = null
  if (core.unit !== null && s.startsWith(SLASH, end)) {
    const after = readCore(s, end + 1, false)
    if (after) {
      per = s.slice(end + 1, end + 1 + after.length)
      end += 1 + after.length
    }
  }
  return { start: at, end, text: s.slice(at, end), unit: core.unit, scale: core.scale, per }
}

function perNounIndex(): Map<number, string[]> {
  perNouns ??= wordIndex(PER_NOUNS, (n) => n)
  return perNouns
}

/** Length of the longest per-noun or unit at `at` that ends by `limit`, or 0. */
function perNounLength(s: string, at: number, limit: number): number {
  let best = 0
  for (const n of perNounIndex().get(codeAt(s, at)) ?? []) {
    if (n.length > best && at + n.length <= limit && s.startsWith(n, at)) best = n.length
  }
  const core = readCore(s, at, false)
  if (core && core.length > best && at + core.length <= limit) best = core.length
  return best
}

function isNumeralChar(ch: string): boolean {
  return ch in CHINESE_DIGITS || ch in SMALL_SCALES || ch in LARGE_SCALES
}

/**
 * The `每…` phrase starting exactly at `at` (每千人口, 每人每年, 每个乡镇, 每5年), not running past `limit`.
 * @param s the clause (normalized view)
 * @param at where `每` is
 * @param limit where the phrase must end by
 */
export function readPerAt(s: string, at: number, limit = s.length): PerPhrase | null {
  const stop = Math.min(limit, s.length)
  let i = at
  while (i < stop && charAt(s, i) === PER_WORD) {
    const cap = Math.min(stop, i + PER_MAX_LENGTH)
    let j = i + 1
    // An optional number: 每千人口, 每10万人, 每5年.
    while (j < cap) {
      const c = codeAt(s, j)
      if (isDigit(c) || (c === 0x2e && isDigit(codeAt(s, j + 1))) || isNumeralChar(charAt(s, j))) j++
      else break
    }
    // 每个乡镇: the noun after 个 when there is one, else 个 itself (每个).
    const afterGe = charAt(s, j) === PER_COUNTER ? perNounLength(s, j + 1, cap) : 0
    const noun = afterGe > 0 ? afterGe + 1 : perNounLength(s, j, cap)
    if (noun === 0) break
    i = j + noun
  }
  return i > at ? { start: at, end: i, text: s.slice(at, i) } : null
}

/**
 * Every `每…` phrase in `[from, to)`, left to right.
 * @param s the clause (normalized view)
 * @param from where to start
 * @param to where to stop
 */
export function findPerPhrases(s: string, from = 0, to = s.length): PerPhrase[] {
  const out: PerPhrase[] = []
  const stop = Math.min(to, s.length)
  // Note: search the clause only; indexOf over the rest of a long text, clause after clause, would be quadratic.
  const clause = s.slice(Math.max(0, from), stop)
  const base = Math.max(0, from)
  let i = clause.indexOf(PER_WORD)
  while (i >= 0) {
    const p = readPerAt(s, base + i, stop)
    if (p) out.push(p)
    i = clause.indexOf(PER_WORD, p ? p.end - base : i + 1)
  }
  return out
}
