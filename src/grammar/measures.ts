/**
 * The unit grammar: the unit right after a numeral (家, 亿元, 万千瓦, 个百分点, 元/吨) and the `每…` phrase a value is
 * per (每千人口, 每人每年). Reads one clause at a time; every reader is bounded by the longest lexicon word.
 */
import { CHINESE_DIGITS, LARGE_SCALES, SCALE_WORD_BREAK, SMALL_SCALES } from '../lexicon/numerals.js'
import { charAt, codeAt, isAsciiLetter, isDigit } from '../util/chars.js'
import {
  BARE_UNIT_SCALES,
  COUNTER_UNITS,
  LATIN_UNITS,
  MEASURE_UNITS,
  NON_SCALABLE_UNITS,
  PER_MAX_LENGTH,
  PER_NOUNS,
  PER_WORD,
  UNIT_ALIASES,
  UNIT_SCALE_PREFIXES,
} from '../lexicon/measures.js'

/** A unit read right after a numeral. */
export interface UnitMatch {
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

interface UnitWord {
  text: string
  unit: string
  latin: boolean
}

const SLASH = '/'
const COUNTER_GE = '个'
/** After a scale, the start of 分之/分点: the scale belongs to a fraction or percent word. */
const FRACTION_BREAK = SCALE_WORD_BREAK

let byFirst: Map<string, UnitWord[]> | null = null
let scalePrefixes: [string, number][] | null = null
let perNouns: Map<string, string[]> | null = null
const nonScalable = new Set(NON_SCALABLE_UNITS)

function unitIndex(): Map<string, UnitWord[]> {
  if (byFirst) return byFirst
  const index = new Map<string, UnitWord[]>()
  const add = (text: string, latin: boolean): void => {
    const first = charAt(text, 0)
    const list = index.get(first) ?? []
    if (list.some((w) => w.text === text)) return
    list.push({ text, unit: UNIT_ALIASES[text] ?? text, latin })
    index.set(first, list)
  }
  for (const t of COUNTER_UNITS) add(t, false)
  for (const t of MEASURE_UNITS) add(t, false)
  for (const t of Object.keys(UNIT_ALIASES)) if (!isAsciiLetter(codeAt(t, 0))) add(t, false)
  for (const t of LATIN_UNITS) add(t, true)
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length)
  byFirst = index
  return index
}

function prefixes(): [string, number][] {
  scalePrefixes ??= Object.entries(UNIT_SCALE_PREFIXES).sort((a, b) => b[0].length - a[0].length)
  return scalePrefixes
}

/** The longest unit word (no scale) at `at`; Latin units must not run on into more letters. */
function matchWord(s: string, at: number): UnitWord | null {
  const list = unitIndex().get(charAt(s, at))
  if (!list) return null
  for (const w of list) {
    if (!s.startsWith(w.text, at)) continue
    if (w.latin && isAsciiLetter(codeAt(s, at + w.text.length))) continue
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
  for (const [text, power] of prefixes()) {
    if (!s.startsWith(text, at)) continue
    const w = matchWord(s, at + text.length)
    if (!w || nonScalable.has(w.unit)) continue
    const length = text.length + w.text.length
    if (!best || length > best.length) best = { length, unit: w.unit, scale: power }
  }
  if (best || !allowBareScale) return best
  for (const text of BARE_UNIT_SCALES) {
    // 万分之 is a fraction word, not a scale
    if (!s.startsWith(text, at) || s.startsWith(FRACTION_BREAK, at + text.length)) continue
    return { length: text.length, unit: null, scale: UNIT_SCALE_PREFIXES[text] ?? 0 }
  }
  return null
}

/**
 * The longest unit starting exactly at `at` (right after a numeral), with its scale prefix and `/per` part.
 * @param s the clause (normalized view)
 * @param at where the unit would start
 * @returns the unit, or null when none starts there
 */
export function readUnit(s: string, at: number): UnitMatch | null {
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

function perNounIndex(): Map<string, string[]> {
  if (perNouns) return perNouns
  const index = new Map<string, string[]>()
  for (const n of PER_NOUNS) {
    const list = index.get(charAt(n, 0)) ?? []
    list.push(n)
    index.set(charAt(n, 0), list)
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length)
  perNouns = index
  return index
}

/** Length of the longest per-noun or unit at `at` that ends by `limit`, or 0. */
function perNounLength(s: string, at: number, limit: number): number {
  let best = 0
  for (const n of perNounIndex().get(charAt(s, at)) ?? []) {
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
    const afterGe = charAt(s, j) === COUNTER_GE ? perNounLength(s, j + 1, cap) : 0
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
