/**
 * The numeral grammar: Arabic (1,200 · 20.1), Chinese (二十九 · 一百零五 · 二〇二三), mixed (1.2万 · 3万4000 · 2.2万亿),
 * and the words that are numbers of their own (百分之三十 · 三成 · 五分之一 · 一半 · 翻两番 · 倍增).
 *
 * A lone Chinese numeral character is read only when a counter or unit follows it (两个, 三家, 一所): 一些, 统一,
 * 第一, 十分 and the like are words. A bare scale (千, 万, 千亿) is read only after 近/超/过/逾/破/约/达 or before 余/多
 * (近千家, 超千亿元, 千余家). Arabic digits glued to Latin letters (5G, PM2.5, IPV6) are returned with `latin: true`
 * and nothing after them is read; the caller drops them.
 */
import { charAt, charTable, codeAt, isAsciiLetter, isDigit, NO_UNIT, oneOf } from '../util/chars.js'
import { INFIX_COMPARATORS, RANGE_CONNECTORS } from '../lexicon/comparators.js'
import {
  ARABIC_SMALL_SCALES,
  BARE_SCALE_LICENSORS,
  CHINESE_DIGITS,
  CHINESE_POINT,
  DISCOUNT_BLOCKERS,
  DISCOUNT_WORD,
  DOUBLING,
  FRACTION_WORD,
  HALF_WORD_BLOCKERS,
  HALF_WORDS,
  KILO_UNIT_STARTS,
  LARGE_SCALES,
  MAX_DISCOUNT,
  MAX_TENTHS,
  MULTIPLE_UNIT,
  MULTIPLE_WORDS,
  NUMERAL_CHARACTERS,
  NUMERAL_IDIOMS,
  type NumeralCharacter,
  ORDINAL_PREFIX,
  PERCENT_WORDS,
  ROUGH_COUNT_WORDS,
  SCALE_WORD_BREAK,
  SMALL_SCALES,
  TENTHS_BLOCKERS,
  TENTHS_HALF,
  TENTHS_UNIT,
  TENTHS_WORD,
  YEAR_CHARACTER,
  YEAR_DIGIT_VALUES,
  YEAR_DIGITS,
} from '../lexicon/numerals.js'
import { LONE_NUMERAL_BLOCKED, MEASURE_SCALES, MEASURE_WORDS } from '../lexicon/measures.js'
import { compareDecimal, decimalToNumber, divideDecimal, normalizeDecimal, scaleDecimal } from './decimal.js'
import { readMeasure } from './measures.js'

/** How a numeral is written. */
export type NumeralForm = 'arabic' | 'chinese' | 'mixed' | 'fraction' | 'percent-words' | 'tenths' | 'multiple-words'

/** A number as written in a clause. */
export interface Numeral {
  start: number
  end: number
  /** As in the input. */
  text: string
  value: number
  /** The exact value as a decimal string (1.2万 → "12000"). */
  valueText: string
  form: NumeralForm
  /** The unit the words imply: `%` for 百分之/成, `‰` for 千分之, `倍` for 翻一番/倍增; else null. */
  unit: string | null
  /** Power of ten of the scale characters the numeral ends in (1.2万 → 4, 三千万 → 7, 1200 → 0). */
  scale: number
  /** Digits glued to Latin letters (5G, PM2.5, IPV6): not a quantity. */
  latin: boolean
}

/** Options of {@link readNumeral}. */
export interface ReadNumeralOptions {
  /** Accept a lone Chinese numeral with nothing after it (the second end of 百分之五至八). */
  lenient?: boolean
}

const COMMA = 0x2c
const DOT = 0x2e
const HYPHEN = 0x2d
const THOUSANDS_GROUP = 3
const MAX_THOUSANDS_LEAD = 3
const WAN = 4
const YI = 8
const TEN = 10n
/**
 * Length of a Chinese decimal of one digit on each side of 点 (三点五): with no unit after it, the shape of slogans
 * (一点一策, 三点一线), so it needs a unit like a lone numeral. 十五点七 and 零点五 do not.
 */
const PAIRED_DECIMAL_LENGTH = 3
/** Longest run of Chinese numeral characters read as one numeral: 九千九百九十九万九千九百九十九亿… is far shorter. */
const MAX_CHINESE_RUN = 32

// ---------------------------------------------------------------- character sets

/**
 * The numeral characters of the lexicon that pass a test, as one string (for `oneOf`, a table or a character class).
 * @param test what a character must be
 */
function charsWhere(test: (c: NumeralCharacter) => boolean): string {
  let out = ''
  for (const c of NUMERAL_CHARACTERS) if (test(c)) out += c.char
  return out
}

const everyday = (c: NumeralCharacter): boolean => c.style === 'everyday'
const isScale = (c: NumeralCharacter, power: number): boolean => c.kind !== 'digit' && c.value === power
/** Digits one to nine and 十: what months, days and small counts are written with (no zero: 二十, 十五). */
const oneToTen = (c: NumeralCharacter): boolean => (c.kind === 'digit' && c.value > 0) || (c.kind === 'small-scale' && c.value === 1)

/** 千 in both forms: before 瓦/伏/米… it is the kilo- of a unit, not a scale. */
const THOUSAND_CHARS = charsWhere((c) => isScale(c, 3))
/** 十 in both forms: may stand for 一十 at the start (十五). */
const TEN_CHARS = charsWhere((c) => isScale(c, 1))
/** 亿 in both forms: 万亿 is one scale. */
const YI_CHARS = charsWhere((c) => isScale(c, YI))
/** Zeros: a four-digit run holding one is a year written digit by digit (二〇二三). */
const ZERO_CHARS = charsWhere((c) => c.kind === 'digit' && c.value === 0)
/** 两 is a digit before counters and scales but never inside a year or after a decimal point. */
const LIANG_CHARS = charsWhere((c) => c.countOnly === true)

/** Everyday Chinese numeral characters, digits and scales (〇 零 一 两 十 百 千 万 亿…): no 大写 壹, no Traditional 兩. */
export const EVERYDAY_NUMERAL_CHARS = charsWhere(everyday)

/**
 * Characters a number is written with in a text as printed: Arabic digits, the decimal point in both widths, and the
 * everyday Chinese numeral characters.
 */
const NUMBER_CHARS = `0123456789.．${EVERYDAY_NUMERAL_CHARS}`

/**
 * Whether a character of a text as printed is one a number is written with (`3`, `．`, `三`, `万`).
 * @param ch one character
 */
export const isNumberChar = (ch: string): boolean => oneOf(NUMBER_CHARS, ch)

/** The largest scale of an outline number, as a power of ten: 百 (outlines run to a few hundred items). */
const OUTLINE_SCALE = 2

/** Characters of the number of an outline marker (一、 · （十二） · 第一百零五条): the everyday digits, 十 and 百. */
export const OUTLINE_NUMERAL_CHARS = charsWhere((c) => everyday(c) && (c.kind === 'digit' || (c.kind === 'small-scale' && c.value <= OUTLINE_SCALE)))

/** The largest number the characters of an outline number write: 九百九十九. */
export const MAX_OUTLINE_NUMBER = 10 ** (OUTLINE_SCALE + 1) - 1

/** Characters of a small count (三年内 · 两个 · 十二项): the everyday digits one to nine, 两 among them, and 十. */
export const SMALL_COUNT_CHARS = charsWhere((c) => everyday(c) && oneToTen(c))

/** Characters of a month or a day (三月 · 二十九日) and of a short list number (`十二)`): 一 to 九 and 十. */
export const DAY_NUMERAL_CHARS = charsWhere((c) => everyday(c) && oneToTen(c) && c.countOnly !== true)

/** Characters of a year written digit by digit (二〇二三), with what is printed for 〇 (○, O, o). */
export const YEAR_DIGIT_CHARS = Object.keys(YEAR_DIGIT_VALUES).join('')

/** The character written for each digit (零 一 二 … 九), by value. */
const WRITTEN_DIGITS: readonly string[] = writtenChars('digit')
/** The character written for each scale below 万 (十 百 千), by power of ten. */
const WRITTEN_SMALL_SCALES: readonly string[] = writtenChars('small-scale')
/** The character written for each large scale (万 亿), by power of ten. */
const WRITTEN_LARGE_SCALES: readonly string[] = writtenChars('large-scale')

function writtenChars(kind: NumeralCharacter['kind']): string[] {
  const out: string[] = []
  for (const c of NUMERAL_CHARACTERS) if (c.kind === kind && c.written) out[c.value] = c.char
  return out
}

const blockedLoneUnits = LONE_NUMERAL_BLOCKED
let idiomIndex: Map<string, string[]> | null = null

let numeralChars: Set<string> | null = null

/** Whether a character is a Chinese digit or scale character. */
export function isChineseNumeralChar(ch: string): boolean {
  // Note: one Set lookup instead of three `in` checks: this runs on every character of every clause.
  numeralChars ??= new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(SMALL_SCALES), ...Object.keys(LARGE_SCALES)])
  return numeralChars.has(ch)
}

function isChineseDigitChar(ch: string): boolean {
  return ch in CHINESE_DIGITS
}

/**
 * Length of the numeral idiom (四个全面, 千家万户…) starting at `at`, or 0.
 * @param s the clause
 * @param at where a numeral would start
 */
export function idiomLength(s: string, at: number): number {
  if (!idiomIndex) {
    idiomIndex = new Map()
    for (const w of NUMERAL_IDIOMS) {
      const list = idiomIndex.get(charAt(w, 0)) ?? []
      list.push(w)
      idiomIndex.set(charAt(w, 0), list)
    }
  }
  for (const w of idiomIndex.get(charAt(s, at)) ?? []) if (s.startsWith(w, at)) return w.length
  return 0
}

function numeral(
  s: string,
  start: number,
  end: number,
  valueText: string,
  form: NumeralForm,
  extra: { unit?: string | null; scale?: number; latin?: boolean } = {},
): Numeral {
  return {
    start,
    end,
    text: s.slice(start, end),
    value: decimalToNumber(valueText),
    valueText,
    form,
    unit: extra.unit ?? null,
    scale: extra.scale ?? 0,
    latin: extra.latin ?? false,
  }
}

// ---------------------------------------------------------------- Arabic

/** Whether the scale character at `j` is a scale here, not the kilo- of 千瓦 or the start of 百分之/万分之. */
function scaleCharCounts(s: string, j: number): boolean {
  const next = charAt(s, j + 1)
  if (next === SCALE_WORD_BREAK) return false
  return !(oneOf(THOUSAND_CHARS, charAt(s, j)) && oneOf(KILO_UNIT_STARTS, next))
}

/** The large-scale part at `j` (万, 亿, 万亿): its power and length. */
function readLargeScale(s: string, j: number): { power: number; length: number } {
  const first = LARGE_SCALES[charAt(s, j)]
  if (first === undefined || !scaleCharCounts(s, j)) return { power: 0, length: 0 }
  if (first === WAN && oneOf(YI_CHARS, charAt(s, j + 1)) && scaleCharCounts(s, j + 1)) {
    return { power: WAN + YI, length: 2 }
  }
  return { power: first, length: 1 }
}

function latinBefore(s: string, at: number): boolean {
  const prev = codeAt(s, at - 1)
  if (isAsciiLetter(prev)) return true
  // COVID-19, V-2: a hyphen glued to letters
  return prev === HYPHEN && isAsciiLetter(codeAt(s, at - 2))
}

function latinAfter(s: string, at: number): boolean {
  if (!isAsciiLetter(codeAt(s, at))) return false
  return readMeasure(s, at) === null
}

function addIntegers(a: string, b: string): string | null {
  if (a.includes('.') || b.includes('.')) return null
  return (BigInt(a) + BigInt(b)).toString()
}

/** Arabic digits with thousands groups, decimals, and the Chinese scales glued to them (1.2万, 3万4000, 5千). */
function readArabic(s: string, at: number, allowRemainder: boolean): Numeral | null {
  let i = at
  while (isDigit(codeAt(s, i))) i++
  if (i === at) return null
  let digits = s.slice(at, i)
  // The comma is also the clause comma: only exact groups of three after one to three digits are thousands.
  if (i - at <= MAX_THOUSANDS_LEAD) {
    while (
      codeAt(s, i) === COMMA &&
      isDigit(codeAt(s, i + 1)) &&
      isDigit(codeAt(s, i + 2)) &&
      isDigit(codeAt(s, i + 3)) &&
      !isDigit(codeAt(s, i + 1 + THOUSANDS_GROUP))
    ) {
      digits += s.slice(i + 1, i + 1 + THOUSANDS_GROUP)
      i += 1 + THOUSANDS_GROUP
    }
  }
  let text = digits
  if (codeAt(s, i) === DOT && isDigit(codeAt(s, i + 1))) {
    let j = i + 1
    while (isDigit(codeAt(s, j))) j++
    text = `${digits}.${s.slice(i + 1, j)}`
    i = j
  }
  const plain = normalizeDecimal(text)
  if (latinBefore(s, at) || latinAfter(s, i)) return numeral(s, at, i, plain, 'arabic', { latin: true })

  let j = i
  let small = 0
  const smallPower = ARABIC_SMALL_SCALES[charAt(s, j)]
  if (smallPower !== undefined && scaleCharCounts(s, j)) {
    small = smallPower
    j++
  }
  const large = readLargeScale(s, j)
  j += large.length
  const scale = small + large.power
  if (scale === 0) return numeral(s, at, i, plain, 'arabic')
  let valueText = scaleDecimal(text, scale)
  let endScale = scale
  const rest = allowRemainder ? readRemainder(s, j, scale) : null
  if (rest) {
    valueText = addIntegers(valueText, rest.valueText) ?? valueText
    endScale = rest.scale
    j = rest.end
  }
  return numeral(s, at, j, valueText, 'mixed', { scale: endScale })
}

/**
 * The remainder after a scale, below it: 3万4000 (all the digits of the scale), 5万4千6百 (a smaller scale, which
 * may have a remainder of its own), 1千零20 and 5万零600 (零, then fewer digits).
 * @param s the clause
 * @param at right after the scale
 * @param power the power of ten of the scale
 */
function readRemainder(s: string, at: number, power: number): Numeral | null {
  const zero = isChineseZero(charAt(s, at)) && isDigit(codeAt(s, at + 1))
  const from = zero ? at + 1 : at
  if (!isDigit(codeAt(s, from))) return null
  const rest = readArabic(s, from, true)
  if (!rest || rest.latin || rest.text.includes(',') || rest.valueText.includes('.')) return null
  const digits = rest.end - from
  // A remainder with a scale of its own is below the scale by value; plain digits fill its places (or follow 零).
  const fits = rest.form === 'mixed' || (zero ? digits < power : digits === power)
  if (!fits || compareDecimal(rest.valueText, scaleDecimal('1', power)) >= 0) return null
  return zero ? { ...rest, start: at } : rest
}

function isChineseZero(ch: string): boolean {
  return oneOf(ZERO_CHARS, ch)
}

// ---------------------------------------------------------------- Chinese

/**
 * Whether the scale at `j`, before 分之, closes the denominator of a fraction (五百分之一, 一百万分之五) rather than
 * starting a percent word (百分之五, 万分之三): it does when numeral characters come before it.
 */
function denominatorScale(s: string, at: number, j: number): boolean {
  return j > at && s.startsWith(FRACTION_WORD, j + 1)
}

/** End of the run of Chinese numeral characters at `at`, stopping before 千瓦, 百分之, 万分之. */
function chineseRunEnd(s: string, at: number): number {
  let j = at
  while (j < s.length) {
    const ch = charAt(s, j)
    if (ch in CHINESE_DIGITS) {
      j++
    } else if (ch in SMALL_SCALES) {
      // 十分之一 keeps its 十: the fraction reader needs it.
      if (!oneOf(TEN_CHARS, ch) && !scaleCharCounts(s, j) && !denominatorScale(s, at, j)) break
      j++
    } else if (ch in LARGE_SCALES) {
      if (!scaleCharCounts(s, j) && !denominatorScale(s, at, j)) break
      j++
    } else if (ch === CHINESE_POINT && j > at && isChineseDigitChar(charAt(s, j + 1)) && !oneOf(LIANG_CHARS, charAt(s, j + 1))) {
      j++
    } else {
      break
    }
  }
  return j
}

/** A Chinese integer with scales (二十九, 一百零五, 三亿五千万, 三万五) as a BigInt, or null if malformed. */
function parseScaledInteger(body: string): bigint | null {
  let big = 0n
  let mid = 0n
  let midUsed = false
  let section = 0n
  let pending: bigint | null = null
  let lastSmall = Number.POSITIVE_INFINITY
  let zero = false
  let lastScale = 0
  for (let k = 0; k < body.length; k++) {
    const ch = charAt(body, k)
    const d = CHINESE_DIGITS[ch]
    if (d !== undefined) {
      if (pending !== null) return null
      if (d === 0) zero = true
      else pending = BigInt(d)
      continue
    }
    const small = SMALL_SCALES[ch]
    if (small !== undefined) {
      if (small >= lastSmall) return null
      let m: bigint | null = pending
      if (m === null) {
        // 十五: a leading 十 stands for 一十, and so does a 十 after 零 (一万零十二, 一百零十万)
        if (small === 1 && (section === 0n || zero)) m = 1n
        else return null
      }
      section += m * TEN ** BigInt(small)
      pending = null
      lastSmall = small
      zero = false
      lastScale = small
      continue
    }
    const large = LARGE_SCALES[ch]
    if (large === undefined) return null
    const unit = section + (pending ?? 0n)
    pending = null
    if (large === WAN) {
      if (unit === 0n || midUsed) return null
      mid = unit
      midUsed = true
    } else {
      const total = mid * TEN ** BigInt(WAN) + unit
      if (total === 0n && big === 0n) return null
      big = (big + total) * TEN ** BigInt(YI)
      mid = 0n
      midUsed = false
    }
    section = 0n
    lastSmall = Number.POSITIVE_INFINITY
    zero = false
    lastScale = large
  }
  if (pending !== null) {
    // 一百五 is 150 and 三万五 is 35000: a digit right after a scale counts one step below it.
    if (!zero && lastScale > 0) pending *= TEN ** BigInt(lastScale - 1)
    section += pending
  }
  return big + mid * TEN ** BigInt(WAN) + section
}

interface ChineseValue {
  valueText: string
  scale: number
  /** Has a digit character: 千万 and 十万 do not. */
  hasDigit: boolean
  decimal: boolean
}

/** Power of ten of the trailing scale characters, counted only when they reach 千 or more (三千万 → 7, 三十 → 0). */
function trailingScale(run: string): number {
  let power = 0
  let big = false
  for (let k = run.length - 1; k >= 0; k--) {
    const ch = charAt(run, k)
    const p = SMALL_SCALES[ch] ?? LARGE_SCALES[ch]
    if (p === undefined) break
    power += p
    if (oneOf(THOUSAND_CHARS, ch) || ch in LARGE_SCALES) big = true
  }
  return big ? power : 0
}

function digitByDigit(run: string): string | null {
  let out = ''
  for (let k = 0; k < run.length; k++) {
    const ch = charAt(run, k)
    const d = CHINESE_DIGITS[ch]
    if (d === undefined || oneOf(LIANG_CHARS, ch)) return null
    out += String(d)
  }
  return out
}

function hasChar(text: string, chars: string): boolean {
  for (let k = 0; k < text.length; k++) if (oneOf(chars, charAt(text, k))) return true
  return false
}

/** A whole run of Chinese numeral characters as a value, or null when it is not one numeral (十四五, 万一, 三四). */
function parseChineseRun(run: string, yearContext: boolean): ChineseValue | null {
  const point = run.indexOf(CHINESE_POINT)
  if (point >= 0) {
    const whole = parseChineseRun(run.slice(0, point), false)
    if (!whole || whole.decimal) return null
    let k = point + 1
    let fraction = ''
    while (k < run.length && isChineseDigitChar(charAt(run, k)) && !oneOf(LIANG_CHARS, charAt(run, k))) {
      fraction += String(CHINESE_DIGITS[charAt(run, k)])
      k++
    }
    const tail = parseTrailingLargeScale(run.slice(k))
    if (fraction === '' || tail === null) return null
    return {
      valueText: scaleDecimal(`${whole.valueText}.${fraction}`, tail),
      scale: tail,
      hasDigit: true,
      decimal: true,
    }
  }
  let scaled = false
  // 十 opening a numeral stands for 一十 (十五, 十家, 十万): a count like 一百, not a bare scale like 千 of 千家万户.
  let hasDigit = oneOf(TEN_CHARS, charAt(run, 0))
  for (let k = 0; k < run.length; k++) {
    const ch = charAt(run, k)
    if (ch in CHINESE_DIGITS) hasDigit = true
    else scaled = true
  }
  if (!scaled) {
    if (run.length === 1) return { valueText: String(CHINESE_DIGITS[run] ?? 0), scale: 0, hasDigit: true, decimal: false }
    // 二〇二三年: a year written digit by digit; other runs of bare digits (三四, 一二) are not one number.
    if (run.length === YEAR_DIGITS && (yearContext || hasChar(run, ZERO_CHARS))) {
      const digits = digitByDigit(run)
      return digits === null ? null : { valueText: normalizeDecimal(digits), scale: 0, hasDigit: true, decimal: false }
    }
    return null
  }
  const value = parseScaledInteger(hasDigit ? run : `${WRITTEN_DIGITS[1]}${run}`)
  if (value === null) return null
  return { valueText: value.toString(), scale: trailingScale(run), hasDigit, decimal: false }
}

/** The power of 万, 亿 or 万亿 written after a Chinese decimal (三点五万), 0 for nothing, null for anything else. */
function parseTrailingLargeScale(tail: string): number | null {
  if (tail === '') return 0
  const r = readLargeScale(tail, 0)
  return r.length === tail.length ? r.power : null
}

interface ChineseBase {
  numeral: Numeral
  /** A lone character, a bare scale or a Chinese decimal: needs a unit (or a licensor) to count as a number. */
  needsLicense: boolean
  scaleOnly: boolean
}

function readChineseBase(s: string, at: number): ChineseBase | null {
  const end = chineseRunEnd(s, at)
  if (end === at || end - at > MAX_CHINESE_RUN) return null
  const run = s.slice(at, end)
  const v = parseChineseRun(run, charAt(s, end) === YEAR_CHARACTER)
  if (!v) return null
  return {
    numeral: numeral(s, at, end, v.valueText, 'chinese', { scale: v.scale }),
    needsLicense: run.length === 1 || !v.hasDigit || (v.decimal && run.length === PAIRED_DECIMAL_LENGTH && !oneOf(ZERO_CHARS, charAt(run, 0))),
    scaleOnly: !v.hasDigit,
  }
}

/** A numeral without licensing, fractions or tenths: the parts of 百分之三十, 五分之一, 翻两番. */
function readBare(s: string, at: number): Numeral | null {
  if (isDigit(codeAt(s, at))) return readArabic(s, at, true)
  return readChineseBase(s, at)?.numeral ?? null
}

function matchInfix(s: string, at: number): number {
  for (const w of INFIX_COMPARATORS) if (s.startsWith(w.text, at)) return w.text.length
  return 0
}

/** Whether the unit at `at` makes the lone numeral `text` before it a count (两个, 三家), not a word (一批, 一户一档). */
function unitLicenses(s: string, at: number, text: string): boolean {
  const u = readMeasure(s, at)
  if (!u || u.unit === null || blockedLoneUnits.has(u.unit)) return false
  // 一户一档, 一人一策, 一年一度: numeral, one counter, the same numeral again
  return !(u.end - u.start === 1 && s.startsWith(text, u.end))
}

/** The second half of 一村一场, 一企一策: the same lone numeral two characters before. */
function pairedWithBefore(s: string, n: Numeral): boolean {
  return n.text.length === 1 && n.start >= 2 && charAt(s, n.start - 2) === n.text
}

/** 三至五家, 两到三个: a lone numeral that opens a range of counts. */
function rangeLicenses(s: string, at: number): boolean {
  for (const c of RANGE_CONNECTORS) {
    if (!s.startsWith(c, at)) continue
    const second = at + c.length
    const end = chineseRunEnd(s, second)
    if (end === second) return false
    return unitLicenses(s, end + matchInfix(s, end), s.slice(second, end))
  }
  return false
}

/** 十余万, 百多亿: after 余/多, a bare 万 or 亿 makes the numeral a count of them. */
function bareScaleAfterInfix(s: string, at: number): boolean {
  const u = readMeasure(s, at)
  return u !== null && u.unit === null && u.scale >= WAN
}

function licensed(s: string, base: ChineseBase): boolean {
  const n = base.numeral
  const infix = matchInfix(s, n.end)
  if (!base.scaleOnly && infix > 0 && bareScaleAfterInfix(s, n.end + infix)) return true
  if (base.scaleOnly) {
    const before = charAt(s, n.start - 1)
    return oneOf(BARE_SCALE_LICENSORS, before) || (infix > 0 && unitLicenses(s, n.end + infix, n.text))
  }
  if (pairedWithBefore(s, n)) return false
  return unitLicenses(s, n.end + infix, n.text) || rangeLicenses(s, n.end)
}

// ---------------------------------------------------------------- words that are numbers

function numeralCharBefore(s: string, at: number): boolean {
  const prev = charAt(s, at - 1)
  return prev !== '' && (isDigit(codeAt(prev, 0)) || isChineseNumeralChar(prev))
}

/** 翻一番 = 2, 翻两番 = 4, 翻了一番: 2 to the power of the count. */
function readDoubling(s: string, at: number): Numeral | null {
  let i = at + DOUBLING.start.length
  if (s.startsWith(DOUBLING.filler, i)) i += DOUBLING.filler.length
  const times = readBare(s, i)
  if (!times || times.latin || !s.startsWith(DOUBLING.end, times.end)) return null
  const n = times.value
  if (!Number.isInteger(n) || n < 1 || n > DOUBLING.maxTimes) return null
  return numeral(s, at, times.end + DOUBLING.end.length, String(2 ** n), 'multiple-words', { unit: MULTIPLE_UNIT })
}

let multipleWords: Array<[string, string]> | null = null
let halfWords: Array<[string, string]> | null = null

function readWordNumber(s: string, at: number): Numeral | null {
  // Most candidates start no numeral word: one lookup rules them out before any list is walked.
  if (!(charAt(s, at) in firstCharsOfWords()) && !s.startsWith(DOUBLING.start, at)) return null
  multipleWords ??= Object.entries(MULTIPLE_WORDS).map(([w, v]) => [w, String(v)])
  halfWords ??= Object.entries(HALF_WORDS).map(([w, v]) => [w, String(v)])
  for (const [word, value] of multipleWords) {
    // 1.5倍增长 is 1.5 倍 and then 增长, not 倍增
    if (s.startsWith(word, at) && !numeralCharBefore(s, at)) {
      return numeral(s, at, at + word.length, value, 'multiple-words', { unit: MULTIPLE_UNIT })
    }
  }
  if (s.startsWith(DOUBLING.start, at)) return readDoubling(s, at)
  for (const pw of PERCENT_WORDS) {
    if (!s.startsWith(pw.text, at)) continue
    const n = readBare(s, at + pw.text.length)
    if (!n || n.latin) return null
    return numeral(s, at, n.end, n.valueText, 'percent-words', { unit: pw.unit })
  }
  for (const [word, value] of halfWords) {
    // 北一半导体: 半 starts a word
    if (s.startsWith(word, at) && !oneOf(HALF_WORD_BLOCKERS, charAt(s, at + word.length))) {
      return numeral(s, at, at + word.length, value, 'fraction')
    }
  }
  return null
}

/** 五分之一 = 0.2 and 三成 = 30 %, read on from a numeral. */
function readFractionOrTenths(s: string, base: Numeral): Numeral | null {
  if (s.startsWith(FRACTION_WORD, base.end)) {
    const top = readBare(s, base.end + FRACTION_WORD.length)
    if (top && !top.latin) {
      const q = divideDecimal(top.valueText, base.valueText)
      if (q !== null) return numeral(s, base.start, top.end, q, 'fraction')
    }
  }
  const plain = base.form === 'arabic' || base.form === 'chinese'
  if (
    s.startsWith(TENTHS_WORD, base.end) &&
    !oneOf(TENTHS_BLOCKERS, charAt(s, base.end + 1)) &&
    plain &&
    base.value > 0 &&
    base.value <= MAX_TENTHS
  ) {
    // 三成半: half a tenth more
    const half = charAt(s, base.end + 1) === TENTHS_HALF && base.value < MAX_TENTHS
    const tenths = half && !base.valueText.includes('.') ? `${base.valueText}.5` : base.valueText
    const end = tenths === base.valueText ? base.end + 1 : base.end + 2
    return numeral(s, base.start, end, scaleDecimal(tenths, 1), 'tenths', { unit: TENTHS_UNIT })
  }
  if (plain && s.startsWith(DISCOUNT_WORD, base.end) && !oneOf(DISCOUNT_BLOCKERS, charAt(s, base.end + 1))) {
    const percent = discountPercent(base.valueText)
    if (percent !== null) return numeral(s, base.start, base.end + 1, percent, 'tenths', { unit: TENTHS_UNIT })
  }
  return null
}

/** A discount as the percent of the price paid: 8折 and 8.5折 count tenths (80%, 85%), 75折 hundredths (75%). */
function discountPercent(valueText: string): string | null {
  if (compareDecimal(valueText, '0') <= 0) return null
  if (compareDecimal(valueText, String(MAX_TENTHS)) < 0) return scaleDecimal(valueText, 1)
  const whole = !valueText.includes('.')
  return whole && compareDecimal(valueText, String(MAX_TENTHS)) > 0 && compareDecimal(valueText, String(MAX_DISCOUNT)) <= 0 ? valueText : null
}

/**
 * The longest numeral starting exactly at `at`.
 * @param s the clause (normalized view)
 * @param at where the numeral must start
 * @param options `lenient` accepts a lone Chinese numeral with no unit after it
 */
export function readNumeral(s: string, at: number, options: ReadNumeralOptions = {}): Numeral | null {
  if (!Number.isInteger(at) || at < 0 || at >= s.length) return null
  const word = readWordNumber(s, at)
  if (word) return word
  if (isDigit(codeAt(s, at))) {
    const n = readArabic(s, at, true)
    if (!n || n.latin) return n
    return readFractionOrTenths(s, n) ?? n
  }
  if (!isChineseNumeralChar(charAt(s, at)) || idiomLength(s, at) > 0) return null
  // 数十万, 几十年: a rough count
  if (oneOf(TEN_CHARS, charAt(s, at)) && oneOf(ROUGH_COUNT_WORDS, charAt(s, at - 1))) return null
  const base = readChineseBase(s, at)
  if (!base) return null
  const word2 = readFractionOrTenths(s, base.numeral)
  if (word2) return word2
  if (base.needsLicense && !options.lenient && !licensed(s, base)) return null
  return base.numeral
}

/**
 * Bits of `charFlags`: a Chinese numeral character, the first character of a numeral word, a possible follower, and
 * any character a numeral, a numeral word or a numeral idiom can start with.
 */
const NUMERAL_CHAR = 1
const WORD_START = 2
const FOLLOWER = 4
const START = 8
let charFlags: Uint8Array | null = null

/**
 * Whether a Chinese numeral character is a word here: it starts no numeral word, and nothing that a numeral goes
 * on with follows it (another numeral character, a digit, a unit, a scale, 分之, 成, 点, a range) — 一流, 统一, 万物.
 * @param code the character
 * @param next the character after it (`NO_UNIT` at the end)
 */
function wordOnly(code: number, next: number): boolean {
  const flags = flagTable()
  const f = flags[code] as number
  if ((f & NUMERAL_CHAR) === 0 || (f & WORD_START) !== 0) return false
  if (next === NO_UNIT) return true
  return ((flags[next] as number) & (NUMERAL_CHAR | FOLLOWER)) === 0 && !isDigit(next)
}

/** Note: findNumerals asks this table of every character of every clause; it answers in one load. */
function flagTable(): Uint8Array {
  if (charFlags) return charFlags
  const numeralChars = [...Object.keys(CHINESE_DIGITS), ...Object.keys(SMALL_SCALES), ...Object.keys(LARGE_SCALES)]
  const wordStarts = [...Object.keys(firstCharsOfWords()), DOUBLING.start]
  const followers = '分成番倍半之余多' + DISCOUNT_WORD + CHINESE_POINT + RANGE_CONNECTORS.join('') + INFIX_COMPARATORS.map((w) => w.text).join('')
  const units = [...MEASURE_WORDS, ...MEASURE_SCALES.map((x) => x.word)]
  charFlags = charTable([
    [numeralChars, NUMERAL_CHAR | START],
    [wordStarts, WORD_START | START],
    [followers, FOLLOWER],
    [units, FOLLOWER],
    ['0123456789', START],
    [NUMERAL_IDIOMS, START],
  ])
  return charFlags
}

let wordFirstChars: Record<string, true> | null = null
function firstCharsOfWords(): Record<string, true> {
  if (wordFirstChars) return wordFirstChars
  const out: Record<string, true> = {}
  for (const w of Object.keys(MULTIPLE_WORDS)) out[charAt(w, 0)] = true
  for (const w of Object.keys(HALF_WORDS)) out[charAt(w, 0)] = true
  for (const w of PERCENT_WORDS) out[charAt(w.text, 0)] = true
  wordFirstChars = out
  return out
}

/**
 * All numerals in `[from, to)`, left to right, non-overlapping, each the longest match. After `1.2` in a dotted
 * version (`1.2.3`) the rest of the dotted run is skipped.
 * @param s the clause (normalized view)
 * @param from where to start
 * @param to where to stop: numerals end by it
 */
export function findNumerals(s: string, from = 0, to = s.length, skipOrdinals = false): Numeral[] {
  // Note: numerals must end by `to`; only the (short) clause is copied, never the text before it.
  const start = Math.max(0, Math.floor(from) || 0)
  const offset = to < s.length ? start : 0
  const view = to < s.length ? s.slice(start, Math.max(start, to)) : s
  const out: Numeral[] = []
  let i = start - offset
  const flags = flagTable()
  while (i < view.length) {
    // Jump to the next character that can start a numeral. Note: a table lookup per character; a regular expression
    // test() per candidate cost 8 times as much on the seed (850 candidates, 0.29 ms against 0.04 ms warm).
    while (i < view.length && ((flags[codeAt(view, i)] as number) & START) === 0) i++
    if (i >= view.length) break
    // 第1000项, 第十二届: an ordinal, passed over whole without reading it when the caller drops ordinals anyway.
    if (skipOrdinals && charAt(view, i - 1) === ORDINAL_PREFIX) {
      i = ordinalEnd(view, i, flags)
      continue
    }
    // A Chinese numeral character followed by nothing a numeral can go on with (一流, 统一, 万物) is a word: the
    // usual case by far in running text, settled here before the numeral readers run.
    if (wordOnly(codeAt(view, i), codeAt(view, i + 1))) {
      i++
      continue
    }
    const idiom = idiomLength(view, i)
    if (idiom > 0) {
      i += idiom
      continue
    }
    const n = readNumeral(view, i)
    if (n) {
      out.push(offset === 0 ? n : { ...n, start: n.start + offset, end: n.end + offset })
      i = n.end
      while (codeAt(view, i) === DOT && isDigit(codeAt(view, i + 1))) {
        i++
        while (isDigit(codeAt(view, i))) i++
      }
      continue
    }
    i = isChineseNumeralChar(charAt(view, i)) ? Math.max(i + 1, chineseRunEnd(view, i)) : i + 1
  }
  return out
}

/** The end of the number of an ordinal that starts at `at`: digits (with , and . between them) or numeral characters. */
function ordinalEnd(view: string, at: number, flags: Uint8Array): number {
  let i = at
  for (;;) {
    const c = codeAt(view, i)
    if (isDigit(c) || (c !== NO_UNIT && ((flags[c] as number) & NUMERAL_CHAR) !== 0)) i++
    else if ((c === DOT || c === COMMA) && isDigit(codeAt(view, i + 1))) i += 2
    else return Math.max(i, at + 1)
  }
}

/**
 * Whether a whole string is one Chinese integer (二十九, 七, 一百零五, 二〇二三): list markers, 第七届.
 * @param s the candidate, nothing else around it
 * @returns its value, or null
 */
export function parseChineseInteger(s: string): number | null {
  if (s.length === 0 || s.length > MAX_CHINESE_RUN || chineseRunEnd(s, 0) !== s.length) return null
  const v = parseChineseRun(s, false)
  return v && !v.decimal ? decimalToNumber(v.valueText) : null
}

/** Largest number {@link chineseNumeral} writes in Chinese: below a 万亿 (10¹²). */
const MAX_WRITTEN = 1e12 - 1
/** A 万 group: the four digits below each large scale. */
const GROUP = 1e4

/**
 * Write a number of a 万 group (below 10,000) digit by scale: 三千零五, 一百一十.
 * @param n 1 to 9999
 * @param leading whether nothing is written before it: only there does 一十 lose its 一 (十二, but 一百一十二)
 */
function writeGroup(n: number, leading: boolean): string {
  let out = ''
  let zero = false
  for (let power = 3; power >= 0; power--) {
    const d = Math.floor(n / 10 ** power) % 10
    if (d === 0) {
      zero = out !== ''
      continue
    }
    if (zero) out += WRITTEN_DIGITS[0]
    zero = false
    if (!(d === 1 && power === 1 && leading && out === '')) out += WRITTEN_DIGITS[d]
    if (power > 0) out += WRITTEN_SMALL_SCALES[power]
  }
  return out
}

/**
 * Write a whole number in Chinese numerals, as outlines and text write them: 十, 十二, 二十, 一百零五, 三万零五百.
 * @param n a whole number from 0 to 999,999,999,999 (anything else is written in Arabic digits)
 * @returns the numeral, which {@link parseChineseInteger} reads back to `n`
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WRITTEN) return String(n)
  if (n === 0) return WRITTEN_DIGITS[0] as string
  let out = ''
  let gap = false
  for (let power = YI; power >= 0; power -= WAN) {
    const group = Math.floor(n / 10 ** power) % GROUP
    if (group === 0) {
      gap = out !== ''
      continue
    }
    // 一万零五百, 一亿零三万: a zero where a group starts below a thousand or follows an empty group
    if (out !== '' && (gap || group < GROUP / 10)) out += WRITTEN_DIGITS[0]
    gap = false
    out += writeGroup(group, out === '') + (power > 0 ? WRITTEN_LARGE_SCALES[power] : '')
  }
  return out
}
