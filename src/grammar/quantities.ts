/**
 * The quantity scanner: every numeral of a clause with its unit, the comparator words around it (不少于20家, 100家以上,
 * 70余个, 控制在…以内), ranges (10—15家, 1万—2万人), lists that share a unit or a comparator (3、5、8家), the `每…`
 * rate it is per, the aspiration or commitment words before it, and the kind of change it states.
 *
 * It does not decide what is a goal. It marks obvious non-quantities in `flags` so the caller can drop them cheaply:
 * `date` (2023年, 3月, 15日), `ordinal` (第七届), `docnumber` (〔2022〕18号), `latin` (5G, PM2.5), `version` (3.0版),
 * `score` ((0.5分)), `marker` (a list marker at the start of the clause: 1. · (1) · 二十九、).
 */
import {
  ASPIRATION_WORDS,
  BETWEEN_CONNECTORS,
  BETWEEN_END,
  type BoundWord,
  COMMITMENT_WORDS,
  type ComparatorWord,
  GROWTH_WORDS,
  INCREASE_WORDS,
  INFIX_COMPARATORS,
  KIND_WORD_EXCLUSIONS,
  LEVEL_WORDS,
  LIST_SEPARATORS,
  PREFIX_COMPARATORS,
  RESPECTIVELY,
  PREFIX_FILLERS,
  RANGE_CONNECTORS,
  REDUCTION_WORDS,
  SHARE_WORDS,
  SUFFIX_COMPARATORS,
  TO_MARKERS,
} from '../lexicon/comparators.js'
import { HALF_WORD_BLOCKERS, MULTIPLE_UNIT, ORDINAL_PREFIX, YEAR_CHARACTER } from '../lexicon/numerals.js'
import {
  HALVED_UNITS,
  measuresWhere,
  PERCENT_UNITS,
  POINTS_UNITS,
  SCORE_UNITS,
  UNIT_HALF,
} from '../lexicon/measures.js'
import { DOC_NUMBER_CLOSE, DOC_NUMBER_END, DOC_NUMBER_OPEN, VERSION_WORD } from '../lexicon/quantities.js'
import { charAt, charTable, codeAt, isDigit, oneOf, wordIndex } from '../util/chars.js'
import { compareDecimal, decimalToNumber, scaleDecimal } from './decimal.js'
import { isDateValue } from './dates.js'
import { findNumerals, type Numeral, readNumeral } from './numerals.js'
import { findPerPhrases, type PerPhrase, readMeasure, type MeasureMatch } from './measures.js'

/** How the number bounds the quantity. */
export type Comparator = 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'between'

/** What the number states: a level to reach, a change, a share, a multiple. */
export type QuantityKind = 'level' | 'increase' | 'growth' | 'share' | 'points' | 'multiple' | 'reduction'

/** Marks of numbers that are obviously not quantities: the caller drops them. */
export type QuantityFlag = 'date' | 'ordinal' | 'docnumber' | 'latin' | 'version' | 'score' | 'marker'

/** A quantity found in a clause. Offsets index the string given to {@link scanQuantities}. */
export interface Quantity {
  /** The whole expression, comparator words included. */
  start: number
  end: number
  text: string
  /** The numeric part: first number to unit end. */
  numberStart: number
  numberEnd: number
  /** The value; null for a range. */
  value: number | null
  /** The exact value as a decimal string; null for a range. */
  valueText: string | null
  min?: number
  max?: number
  minText?: string
  maxText?: string
  unit: string | null
  /** What the value is per: a `每…` phrase (每千人口, 每人每年) or the part after `/` (元/吨 → 吨). */
  per: string | null
  comparator: Comparator
  /** The words that set the comparator, as printed (以上, 不少于, 余, — for a range). */
  comparatorText: string | null
  /** 力争, 争取… earlier in the same sentence (up to `;` or `。`). */
  aspiration: boolean
  /** 确保, 必须… earlier in the same sentence. */
  commitment: boolean
  kind: QuantityKind
  form: Numeral['form']
  flags: QuantityFlag[]
}

/** Characters that end a sub-clause: kind words, `每…` phrases and list sharing do not cross them. */
const SUB_CLAUSE_ENDS = ',;。!?\n'
/** Characters that end a sentence: aspiration and commitment words do not cross them. */
const SENTENCE_ENDS = ';。!?\n'
const SPACE = ' '
const NEWLINE = '\n'
const OPEN_PAREN = '('
const CLOSE_PAREN = ')'
const MARKER_ENDS = '.、)'
/** A range of two years with no unit (2023—2025) is a period too. */
const YEAR_UNIT = YEAR_CHARACTER
const DOT = '.'
/** How far before a list 分别 may stand: 分别稳定在, 分别不低于, 分别增长到. */
const RESPECTIVELY_WINDOW = 12
/** From here on a character is CJK: 余/多 before one that is not a unit starts a word (多元, 多式), not a bound. */
const CJK_START = 0x3400

type HitType = 'aspiration' | 'commitment' | 'growth' | 'reduction' | 'share' | 'level' | 'to'

interface Hit {
  start: number
  end: number
  type: HitType
}

interface Bound {
  start: number
  end: number
  text: string
  comparator: BoundWord
}

interface Draft {
  first: Numeral
  second: Numeral | null
  start: number
  end: number
  numberStart: number
  numberEnd: number
  unit: string | null
  /** Scale of the unit text after the first number (10余万人 → 4). */
  unitScale: number
  unitPer: string | null
  valueText: string
  maxText: string | null
  comparator: Comparator
  comparatorText: string | null
  prefix: Bound | null
  infix: Bound | null
  suffix: Bound | null
}

const byLength = (a: ComparatorWord, b: ComparatorWord): number => b.text.length - a.text.length
/**
 * Prefix words by their last character, longest first: the word before a number ends right before it, so one lookup
 * of that character leaves the few words that may end there.
 */
const prefixesByLast = lastCharIndex([...PREFIX_COMPARATORS].sort(byLength))
const suffixWords = [...SUFFIX_COMPARATORS].sort(byLength)
const infixWords = [...INFIX_COMPARATORS].sort(byLength)
const nonRateUnits = measuresWhere((m) => m.flags?.rate === false)

// ---------------------------------------------------------------- comparator words

function lastCharIndex(words: readonly ComparatorWord[]): Map<number, ComparatorWord[]> {
  const index = new Map<number, ComparatorWord[]>()
  for (const w of words) {
    const last = w.text.charCodeAt(w.text.length - 1)
    const list = index.get(last)
    if (list) list.push(w)
    else index.set(last, [w])
  }
  return index
}

function readPrefix(s: string, n: Numeral, floor: number, at: number): Bound | null {
  let p = at
  while (p - 1 >= floor && charAt(s, p - 1) === SPACE) p--
  const direct = prefixEndingAt(s, p, n, floor, false)
  if (direct || p - 1 <= floor || !oneOf(PREFIX_FILLERS, charAt(s, p - 1))) return direct
  return prefixEndingAt(s, p - 1, n, floor, true)
}

/** The prefix word that ends right at `p` (before a filler character when `filled`). */
function prefixEndingAt(s: string, p: number, n: Numeral, floor: number, filled: boolean): Bound | null {
  const words = prefixesByLast.get(codeAt(s, p - 1))
  if (words === undefined) return null
  for (const w of words) {
    if (filled && w.filler === false) continue
    const start = p - w.text.length
    if (start < floor || !s.startsWith(w.text, start)) continue
    if (w.notAfter && oneOf(w.notAfter, charAt(s, start - 1))) continue
    if (w.chineseOnly && n.form !== 'chinese') continue
    return { start, end: p, text: w.text, comparator: w.comparator }
  }
  return null
}

function readSuffix(s: string, at: number): Bound | null {
  for (const w of suffixWords) {
    if (!s.startsWith(w.text, at)) continue
    if (w.notBefore && oneOf(w.notBefore, charAt(s, at + w.text.length))) continue
    return { start: at, end: at + w.text.length, text: w.text, comparator: w.comparator }
  }
  return null
}

/** 余/多 between a number and its unit (70余个, 10多万人); not 多 starting a word (5多元化 is no such thing). */
function readInfix(s: string, at: number): Bound | null {
  for (const w of infixWords) {
    if (!s.startsWith(w.text, at)) continue
    const next = at + w.text.length
    const after = codeAt(s, next)
    if (readMeasure(s, next) === null && after >= CJK_START) continue
    return { start: at, end: next, text: w.text, comparator: w.comparator }
  }
  return null
}

// ---------------------------------------------------------------- one quantity

/** 一年半, 两米半: a half after a whole number and its unit (of time or measure, with no scale), not 半导体. */
function halfAfter(s: string, n: Numeral, unit: MeasureMatch): boolean {
  if (unit.unit === null || unit.scale !== 0 || !HALVED_UNITS.has(unit.unit) || n.valueText.includes(DOT)) return false
  return charAt(s, unit.end) === UNIT_HALF && !oneOf(HALF_WORD_BLOCKERS, charAt(s, unit.end + 1))
}

/**
 * Whether the space before a number parts every character of a letter-spaced run (`第 1 0 条`), not a word from a
 * number typeset apart (`不少于 5 项`, `建成 500 个以上`): a single character stands between it and the space before.
 */
function letterSpaced(s: string, space: number): boolean {
  const word = charAt(s, space - 1)
  return word === '' || word === SPACE || isDigit(codeAt(s, space - 1)) || space < 2 || charAt(s, space - 2) === SPACE
}

/**
 * The unit right after a number, or after one space: `200 万元`, `10 kV` (typeset apart, or spaced by the markup a
 * notice was read from). A bare scale is not taken across a space; nor is a unit after a number with a space before it
 * (in a letter-spaced run, `第 1 0 条`, spaces part every character) or after a number that opens the text, which is
 * the number of a heading (`1.3 场景驱动…`).
 */
function unitAfter(s: string, n: Numeral, at: number, lead: number): MeasureMatch | null {
  const unit = readMeasure(s, at)
  if (unit !== null || charAt(s, at) !== SPACE) return unit
  const before = charAt(s, n.start - 1)
  if (before === NEWLINE || n.start === lead) return null
  if (before === SPACE && letterSpaced(s, n.start - 1)) return null
  const spaced = readMeasure(s, at + 1)
  return spaced !== null && spaced.unit !== null ? spaced : null
}

/**
 * @param perStart where a `每…` phrase right before the number starts (超每千人6.6批次: the prefix stands before it),
 *   else the number's start
 */
function buildDraft(s: string, n: Numeral, floor: number, perStart: number, lead: number): Draft {
  let pos = n.end
  const infix = n.latin ? null : readInfix(s, pos)
  if (infix) pos = infix.end
  const unit: MeasureMatch | null = n.latin || n.unit !== null ? null : unitAfter(s, n, pos, lead)
  if (unit) pos = unit.end
  const half = unit !== null && halfAfter(s, n, unit)
  if (half) pos++
  const suffix = n.latin ? null : readSuffix(s, pos)
  const prefix = readPrefix(s, n, floor, perStart)
  const decider = suffix ?? infix ?? prefix
  return {
    first: n,
    second: null,
    start: prefix?.start ?? n.start,
    end: suffix?.end ?? pos,
    numberStart: n.start,
    numberEnd: pos,
    unit: unit?.unit ?? n.unit,
    unitScale: unit?.scale ?? 0,
    unitPer: unit?.per ?? null,
    valueText: half ? `${n.valueText}.5` : scaleDecimal(n.valueText, unit?.scale ?? 0),
    maxText: null,
    comparator: decider?.comparator ?? 'eq',
    comparatorText: decider?.text ?? null,
    prefix,
    infix,
    suffix,
  }
}

interface RangeEnd {
  numeral: Numeral
  consumedNext: boolean
}

function rangeSecond(s: string, d: Draft, at: number, next: Numeral | undefined): RangeEnd | null {
  if (next && next.start === at) return { numeral: next, consumedNext: true }
  // 百分之五至八, 三至五家: a lone Chinese numeral is a number here.
  if (d.first.form === 'arabic' || d.first.form === 'mixed') return null
  const n = readNumeral(s, at, { lenient: true })
  return n ? { numeral: n, consumedNext: false } : null
}

/** 10—15家, 1万—2万人, 1—2万人, 百分之十至十五: join the number after a connector into a range. */
function tryRange(s: string, d: Draft, next: Numeral | undefined): { draft: Draft; consumedNext: boolean } | null {
  const n = d.first
  // A range may follow a prefix (约10—15家: the text keeps it) but not a bound of its own (10家以上—).
  if (n.latin || d.suffix || d.infix) return null
  const dash = RANGE_CONNECTORS.find((c) => s.startsWith(c, d.numberEnd))
  // 在20与30之间: 与 and 和 join a range only when 之间 closes it; else they join a list (65%和55%).
  const connector = dash ?? BETWEEN_CONNECTORS.find((c) => s.startsWith(c, d.numberEnd))
  if (connector === undefined) return null
  const second = rangeSecond(s, d, d.numberEnd + connector.length, next)
  if (!second || second.numeral.latin) return null
  const n2 = second.numeral
  const unit2 = n2.unit === null ? unitAfter(s, n2, n2.end, -1) : null
  const u2 = unit2?.unit ?? n2.unit
  if (d.unit !== null && u2 !== null && d.unit !== u2) return null
  const maxText = scaleDecimal(n2.valueText, unit2?.scale ?? 0)
  let minText = d.valueText
  // 1—2万人 is 10000 to 20000: the first end borrows the scale of the second when it is smaller than its mantissa.
  const scale2 = n2.scale + (unit2?.scale ?? 0)
  if (n.scale + d.unitScale === 0 && scale2 > 0 && d.unit === null) {
    if (compareDecimal(n.valueText, scaleDecimal(maxText, -scale2)) < 0) minText = scaleDecimal(n.valueText, scale2)
  }
  if (!(compareDecimal(minText, maxText) < 0)) return null
  const numberEnd = unit2?.end ?? n2.end
  const closed = dash === undefined
  if (closed && !s.startsWith(BETWEEN_END, numberEnd)) return null
  return {
    draft: {
      ...d,
      second: n2,
      end: closed ? numberEnd + BETWEEN_END.length : numberEnd,
      numberEnd,
      unit: d.unit ?? u2,
      unitPer: d.unitPer ?? unit2?.per ?? null,
      valueText: minText,
      maxText,
      comparator: 'between',
      comparatorText: connector,
    },
    consumedNext: second.consumedNext,
  }
}

// ---------------------------------------------------------------- lists

/** 3、5、8家 and 10亿元、20亿元、100亿元以上: members share a unit backwards and comparators both ways. */
function shareAcrossLists(s: string, drafts: Draft[], from: number): void {
  let groupStart = 0
  for (let k = 1; k <= drafts.length; k++) {
    const prev = drafts[k - 1]
    const cur = drafts[k]
    const linked = prev !== undefined && cur !== undefined && LIST_SEPARATORS.includes(s.slice(prev.end, cur.start).trim())
    if (linked) continue
    if (k - groupStart > 1) shareInGroup(drafts.slice(groupStart, k), s, from)
    groupStart = k
  }
}

function shareInGroup(group: Draft[], s: string, from: number): void {
  for (let k = group.length - 2; k >= 0; k--) {
    const d = group[k]
    const next = group[k + 1]
    if (!d || !next || d.unit !== null || next.unit === null || d.second || d.first.unit !== null) continue
    // 1、2023年…: a list marker before a date, not the first member of a list of years
    if (isMarker(s, d, from) && isDateValue(next.first, next.unit)) continue
    d.unit = next.unit
    d.unitScale = next.unitScale
    d.valueText = scaleDecimal(d.first.valueText, next.unitScale)
  }
  const last = group[group.length - 1]
  const first = group[0]
  // 分别稳定在3900万头、13.5亿只以上: after 分别 the bound at the end holds for every member, whatever its unit.
  const each = first !== undefined && respectivelyBefore(s, first.start, from)
  if (last?.suffix) shareComparator(group, last, last.suffix, each)
  if (first?.prefix) shareComparator(group, first, first.prefix, each)
}

/**
 * Whether 分别 stands shortly before `at` in its sub-clause (not before `from`).
 * Note: a bounded window, so that many lists in one long clause stay linear.
 */
function respectivelyBefore(s: string, at: number, from: number): boolean {
  const floor = Math.max(from, at - RESPECTIVELY_WINDOW)
  for (let p = at - RESPECTIVELY.length; p >= floor; p--) {
    if (oneOf(SUB_CLAUSE_ENDS, charAt(s, p + RESPECTIVELY.length - 1))) return false
    if (s.startsWith(RESPECTIVELY, p)) return true
  }
  return false
}

function shareComparator(group: Draft[], owner: Draft, bound: Bound, anyUnit: boolean): void {
  for (const d of group) {
    if (d === owner || d.comparator !== 'eq' || (d.unit !== owner.unit && !(anyUnit && d.unit !== null))) continue
    d.comparator = bound.comparator
    d.comparatorText = bound.text
  }
}

// ---------------------------------------------------------------- context: kind, aspiration, per

interface HitWord {
  text: string
  type: HitType | null
}

let hitIndex: Map<number, HitWord[]> | null = null

let hitFirsts: Uint8Array | null = null

function hitWords(): Map<number, HitWord[]> {
  if (hitIndex) return hitIndex
  const words: HitWord[] = []
  const add = (list: readonly string[], type: HitType | null): void => {
    for (const text of list) words.push({ text, type })
  }
  // Exclusions first so that 增加值 is never 增加.
  add(KIND_WORD_EXCLUSIONS, null)
  add(ASPIRATION_WORDS, 'aspiration')
  add(COMMITMENT_WORDS, 'commitment')
  add(INCREASE_WORDS, 'growth')
  add(GROWTH_WORDS, 'growth')
  add(REDUCTION_WORDS, 'reduction')
  add(SHARE_WORDS, 'share')
  add(LEVEL_WORDS, 'level')
  hitIndex = wordIndex(words, (w) => w.text)
  hitFirsts = charTable([[words.map((w) => w.text), 1]])
  return hitIndex
}

/** Kind, aspiration and commitment words of `[from, to)`, left to right, longest match first. */
function findHits(s: string, from: number, to: number): Hit[] {
  const hits: Hit[] = []
  const index = hitWords()
  const firsts = hitFirsts as Uint8Array
  let i = from
  while (i < to) {
    // Most characters start no word: jump to the next one that may (a table lookup per character: a regular
    // expression test() per candidate cost several times as much).
    while (i < to && firsts[codeAt(s, i)] === 0) i++
    if (i >= to) break
    const w = index.get(codeAt(s, i))?.find((x) => s.startsWith(x.text, i))
    if (!w) {
      i++
      continue
    }
    const end = i + w.text.length
    if (w.type !== null) {
      // 提高到, 降低至: the verb reaches a level rather than stating a change.
      const reaches = (w.type === 'growth' || w.type === 'reduction') && oneOf(TO_MARKERS, charAt(s, end))
      hits.push({ start: i, end, type: reaches ? 'to' : w.type })
    }
    i = end
  }
  return hits
}

function isPercentish(d: Draft): boolean {
  const f = d.first.form
  return (d.unit !== null && PERCENT_UNITS.has(d.unit)) || f === 'fraction' || f === 'percent-words' || f === 'tenths'
}

type LastHits = Partial<Record<HitType, Hit>>

function recent(last: LastHits, types: readonly HitType[], after: number): Hit | null {
  let best: Hit | null = null
  for (const t of types) {
    const h = last[t]
    if (h && h.start > after && (!best || h.start > best.start)) best = h
  }
  return best
}

function kindOf(d: Draft, last: LastHits, subStart: number): QuantityKind {
  if (d.unit !== null && POINTS_UNITS.has(d.unit)) return 'points'
  if (d.unit === MULTIPLE_UNIT || d.first.form === 'multiple-words') return 'multiple'
  if (isPercentish(d)) {
    const h = recent(last, ['growth', 'reduction', 'share', 'to'], subStart)
    if (!h) return 'level'
    if (h.type === 'growth') return 'growth'
    if (h.type === 'reduction') return 'reduction'
    if (h.type === 'share') return 'share'
    return recent(last, ['share'], subStart) ? 'share' : 'level'
  }
  const h = recent(last, ['growth', 'reduction', 'level', 'to'], subStart)
  if (h?.type === 'growth') return 'increase'
  if (h?.type === 'reduction') return 'reduction'
  return 'level'
}

// ---------------------------------------------------------------- flags

function firstNonSpace(s: string, from: number): number {
  let first = from
  while (charAt(s, first) === SPACE) first++
  return first
}

/**
 * A whole number that opens the text as a list marker does (`1000.加强`, `3、`, `(12)`), with no digit after its
 * mark: what isMarker flags later, known from the numeral alone.
 */
function isEvidentMarker(s: string, n: Numeral, lead: number): boolean {
  if ((n.form !== 'arabic' && n.form !== 'chinese') || n.valueText.includes(DOT)) return false
  const opened = n.start === lead || (n.start === lead + 1 && charAt(s, lead) === OPEN_PAREN)
  const mark = charAt(s, n.end)
  if (!opened || !oneOf(MARKER_ENDS, mark) || (n.start > lead && mark !== CLOSE_PAREN)) return false
  return !isDigit(codeAt(s, n.end + 1))
}

function isMarker(s: string, d: Draft, from: number): boolean {
  const n = d.first
  if (d.unit !== null || d.second || n.valueText.includes(DOT) || n.form === 'fraction') return false
  const first = firstNonSpace(s, from)
  if (n.start === first) return oneOf(MARKER_ENDS, charAt(s, n.end))
  return charAt(s, first) === OPEN_PAREN && n.start === first + 1 && charAt(s, n.end) === CLOSE_PAREN
}

function flagsOf(s: string, d: Draft, from: number): QuantityFlag[] {
  const n = d.first
  const flags: QuantityFlag[] = []
  if (n.latin || d.second?.latin) flags.push('latin')
  const after = charAt(s, n.end)
  if (after === VERSION_WORD || charAt(s, d.numberEnd) === VERSION_WORD || (after === DOT && isDigit(codeAt(s, n.end + 1)))) {
    flags.push('version')
  }
  if (isDateValue(n, d.unit) && (!d.second || isDateValue(d.second, d.unit))) flags.push('date')
  else if (d.second && d.unit === null && isDateValue(n, YEAR_UNIT) && isDateValue(d.second, YEAR_UNIT)) flags.push('date')
  let p = n.start
  while (p > 0 && charAt(s, p - 1) === SPACE) p--
  if (charAt(s, p - 1) === ORDINAL_PREFIX) flags.push('ordinal')
  const before = charAt(s, n.start - 1)
  if ((oneOf(DOC_NUMBER_OPEN, before) && oneOf(DOC_NUMBER_CLOSE, after)) || (oneOf(DOC_NUMBER_CLOSE, before) && after === DOC_NUMBER_END)) {
    flags.push('docnumber')
  }
  if (before === OPEN_PAREN && d.unit !== null && SCORE_UNITS.has(d.unit) && charAt(s, d.numberEnd) === CLOSE_PAREN) flags.push('score')
  if (isMarker(s, d, from)) flags.push('marker')
  return flags
}

// ---------------------------------------------------------------- the scanner

function toQuantity(s: string, d: Draft, context: { per: string | null; aspiration: boolean; commitment: boolean; kind: QuantityKind; flags: QuantityFlag[] }): Quantity {
  const range = d.maxText !== null
  const q: Quantity = {
    start: d.start,
    end: d.end,
    text: s.slice(d.start, d.end),
    numberStart: d.numberStart,
    numberEnd: d.numberEnd,
    value: range ? null : decimalToNumber(d.valueText),
    valueText: range ? null : d.valueText,
    unit: d.unit,
    per: context.per,
    comparator: d.comparator,
    comparatorText: d.comparatorText,
    aspiration: context.aspiration,
    commitment: context.commitment,
    kind: context.kind,
    form: d.first.form,
    flags: context.flags,
  }
  if (d.maxText !== null) {
    q.min = decimalToNumber(d.valueText)
    q.max = decimalToNumber(d.maxText)
    q.minText = d.valueText
    q.maxText = d.maxText
  }
  return q
}

/** Numerals outside `每…` phrases (每10万人 is a rate, not a count). */
function numeralsOutside(numerals: Numeral[], phrases: PerPhrase[]): Numeral[] {
  if (phrases.length === 0) return numerals
  const out: Numeral[] = []
  let k = 0
  for (const n of numerals) {
    while (k < phrases.length && (phrases[k]?.end ?? 0) <= n.start) k++
    const p = phrases[k]
    if (p && p.start <= n.start && n.start < p.end) continue
    out.push(n)
  }
  return out
}

/** How to scan. */
export interface ScanOptions {
  /**
   * Leave out numbers that are evidently no quantities (ordinals like 第七届, numbers glued to letters like 5G)
   * instead of returning them flagged: faster for callers that drop flagged quantities anyway.
   */
  skipEvidentNonQuantities?: boolean
}

/**
 * Every quantity of a clause, left to right.
 * @param clause the clause, or a longer text (normalized view); offsets index it
 * @param from where to start
 * @param to where to stop: quantities end by it
 * @param options what to leave out
 */
export function scanQuantities(clause: string, from = 0, to = clause.length, options: ScanOptions = {}): Quantity[] {
  const stop = Math.max(0, Math.min(Number.isFinite(to) ? Math.floor(to) : clause.length, clause.length))
  const start = Math.max(0, Math.min(Number.isFinite(from) ? Math.floor(from) : 0, stop))
  const s = stop < clause.length ? clause.slice(0, stop) : clause
  let found = findNumerals(s, start, stop, options.skipEvidentNonQuantities)
  // Ordinals (第七届), numbers glued to letters (5G) and list markers (`1000.`, `(12)`) are known for what they are
  // before any unit is read.
  if (options.skipEvidentNonQuantities) {
    const lead = firstNonSpace(s, start)
    found = found.filter((n) => !n.latin && charAt(s, n.start - 1) !== ORDINAL_PREFIX && !isEvidentMarker(s, n, lead))
  }
  // Most sentences hold no number: nothing else needs reading then.
  if (found.length === 0) return []
  const phrases = findPerPhrases(s, start, stop)
  const numerals = numeralsOutside(found, phrases)

  const drafts: Draft[] = []
  const lead = firstNonSpace(s, start)
  let before = 0
  for (let k = 0; k < numerals.length; k++) {
    const n = numerals[k]
    if (!n) continue
    const floor = drafts[drafts.length - 1]?.end ?? start
    while (before < phrases.length && (phrases[before]?.end ?? 0) <= n.start) before++
    const per = phrases[before - 1]
    let d = buildDraft(s, n, floor, per && per.start >= floor && firstNonSpace(s, per.end) === n.start ? per.start : n.start, lead)
    const range = tryRange(s, d, numerals[k + 1])
    if (range) {
      d = range.draft
      if (range.consumedNext) k++
    }
    // A lenient second end may run past the next numeral: drop what it covers.
    while ((numerals[k + 1]?.start ?? Number.POSITIVE_INFINITY) < d.end) k++
    drafts.push(d)
  }
  shareAcrossLists(s, drafts, start)

  const hits = findHits(s, start, stop)
  const last: LastHits = {}
  let hit = 0
  let cursor = start
  let subStart = start - 1
  let sentenceStart = start - 1
  let phrase = 0
  let lastPhrase: PerPhrase | null = null
  const out: Quantity[] = []
  for (const d of drafts) {
    for (; cursor < d.start; cursor++) {
      const ch = charAt(s, cursor)
      if (oneOf(SUB_CLAUSE_ENDS, ch)) subStart = cursor
      if (oneOf(SENTENCE_ENDS, ch)) sentenceStart = cursor
    }
    for (let h = hits[hit]; h && h.end <= d.start; h = hits[++hit]) last[h.type] = h
    for (let p = phrases[phrase]; p && p.end <= d.numberStart; p = phrases[++phrase]) lastPhrase = p
    const ratePer = lastPhrase && lastPhrase.start > subStart && !(d.unit !== null && nonRateUnits.has(d.unit))
      ? lastPhrase.text
      : null
    out.push(
      toQuantity(s, d, {
        per: d.unitPer ?? ratePer,
        aspiration: (last.aspiration?.start ?? -1) > sentenceStart,
        commitment: (last.commitment?.start ?? -1) > sentenceStart,
        kind: kindOf(d, last, subStart),
        flags: flagsOf(s, d, start),
      }),
    )
  }
  return out
}
