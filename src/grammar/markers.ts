/**
 * The numbering markers of GB/T 9704 outlines at the start of a line: `一、` `（一）` `1.` `1．` `1﹒` `1、` `1`
 * `（1）` `(1)` `①` `第1条`, read on the matching view (so `（` is `(` and `．` is `.`), and written back in a style.
 * The styles are the records of `lexicon/markers.ts`: the reader and the writers both take them from there.
 */
import { charTable, isDigit } from '../util/chars.js'
import { BARE_NUMBER_FOLLOWERS, GLUED_NUMBER_FOLLOWERS, MARKER_STYLES, type MarkerStyleId, type MarkerStyleRecord } from '../lexicon/markers.js'
import type { Numbering } from '../tree/schema.js'
import { readMeasure } from './measures.js'
import { chineseNumeral, DAY_NUMERAL_CHARS, MAX_OUTLINE_NUMBER, OUTLINE_NUMERAL_CHARS, parseChineseInteger } from './numerals.js'

/** The numbering style of an item: a marker style of the lexicon, or `row` and `heading`, which print no marker. */
export type MarkerStyle = Numbering['style']

/** A marker read at the start of a line. */
export interface Marker {
  style: MarkerStyle
  value: number
  /** Offset in the line text where the marker starts (0) and where its content starts (after the marker and spaces). */
  end: number
  contentStart: number
  /** The number is glued to its words (`1突破…`): such numbering opens only at 1 or where it already runs. */
  glued: boolean
}

/** Every style of the lexicon is one of the schema (checked by the compiler: a new style is added to both). */
const schemaStyle = (style: MarkerStyleId): MarkerStyle => style

const SPACE = 0x20

/** A year right after `1.`: `1.2023年底前完成` is item 1, for no decimal is followed by a year's 年. */
const YEAR_AFTER_DOT = /^(?:19|20)\d\d年/
/** Characters of a year after `1.`. */
const YEAR_AFTER_DOT_LENGTH = 5
/** The closing mark that is also a decimal point: `1.2万` is no marker. */
const DOT = '.'

// ---------------------------------------------------------------- the tables compiled from the lexicon

/** One way a marker is printed after its opening: the style, what closes the number, its longest Arabic number. */
interface Shape {
  readonly style: MarkerStyle
  readonly close: string
  readonly maxDigits: number
  /** A bare number, a space and words is one too (`3 推进项目`). */
  readonly bare: boolean
  /** A number glued to its words is one too (`1突破…`). */
  readonly glued: boolean
  /** Spaces may stand between the number's characters and before the close (`第 1 0 条`, `二 、`). */
  readonly spaced: boolean
}

/** What a marker opens with (`(`, `第`, or its number), and the shapes it may go on with, by its numerals. */
interface Opening {
  readonly open: string
  /** Spaces may stand inside the brackets: `( 12 )`. */
  readonly padded: boolean
  /** Spaces may stand after the opening and between the digits (`第 1 0 条`). */
  spacedDigits: boolean
  readonly arabic: Shape[]
  readonly chinese: Shape[]
}

/** An enclosed marker character range (`①`…`⑳`): the code points of 1 and of the last. */
interface Enclosed {
  readonly style: MarkerStyle
  readonly first: number
  readonly last: number
}

const openings: Opening[] = []
const enclosedRanges: Enclosed[] = []
/** For each UTF-16 unit, the opening a marker starting with it has (its index + 1), or 0 when none starts with it. */
const startTable = new Uint8Array(0x10000)
/** Whether a unit is a character of a Chinese outline number. */
const outlineNumeral = charTable([[OUTLINE_NUMERAL_CHARS, 1]])
/** The styles of the lexicon, by id. */
const styles = new Map<MarkerStyle, MarkerStyleRecord>()

function openingOf(open: string, padded: boolean): Opening {
  let opening = openings.find((o) => o.open === open)
  if (!opening) {
    opening = { open, padded, spacedDigits: false, arabic: [], chinese: [] }
    openings.push(opening)
  }
  if (opening.padded !== padded) throw new Error(`Marker styles opening with \`${open}\` disagree on spaces inside`)
  return opening
}

for (const record of MARKER_STYLES) {
  const style = schemaStyle(record.style)
  styles.set(style, record)
  if (record.enclosed) enclosedRanges.push({ style, ...record.enclosed })
  for (const open of record.opens) {
    const opening = openingOf(open, open !== '' && record.padded === true)
    if (open !== '' && record.spaced) opening.spacedDigits = true
    for (const close of record.closes) {
      const shape: Shape = { style, close, maxDigits: record.maxDigits ?? Number.POSITIVE_INFINITY, bare: false, glued: false, spaced: record.spaced === true }
      if (record.numerals === 'arabic' || record.numerals === 'either') opening.arabic.push(shape)
      if (record.numerals === 'chinese' || record.numerals === 'either') opening.chinese.push(shape)
    }
    if (record.bare || record.glued) {
      opening.arabic.push({ style, close: '', maxDigits: record.maxDigits ?? Number.POSITIVE_INFINITY, bare: record.bare === true, glued: record.glued === true, spaced: false })
    }
  }
}
for (const [k, opening] of openings.entries()) {
  if (opening.open.length > 1) throw new Error(`Marker opening \`${opening.open}\` is more than one character`)
  if (opening.open !== '') {
    startTable[opening.open.charCodeAt(0)] = k + 1
    continue
  }
  // Note: a marker with nothing before its number starts with the number: every digit and numeral character.
  if (opening.arabic.length > 0) for (let c = 0x30; c <= 0x39; c++) startTable[c] = k + 1
  if (opening.chinese.length > 0) for (const ch of OUTLINE_NUMERAL_CHARS) startTable[ch.charCodeAt(0)] = k + 1
}
/** The span of code points that holds every enclosed marker: one comparison rules out all others. */
const ENCLOSED_FIRST = enclosedRanges.reduce((low, e) => Math.min(low, e.first), Infinity)
const ENCLOSED_LAST = enclosedRanges.reduce((high, e) => Math.max(high, e.last), -Infinity)

// ---------------------------------------------------------------- reading

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === SPACE) i++
  return i
}

function marker(style: MarkerStyle, value: number, end: number, text: string): Marker {
  return { style, value, end, contentStart: skipSpaces(text, end), glued: false }
}

/** The marker of one enclosed character (`①`, `⑴`, `⒈`, `㈠`), or null. */
function readEnclosed(code: number, text: string): Marker | null {
  for (const e of enclosedRanges) if (code >= e.first && code <= e.last) return marker(e.style, code - e.first + 1, 1, text)
  return null
}

/** Whether `.` at `at` closes a marker: no digit follows, or a year does (`1.2023年底前`), never a decimal (`1.2万`). */
function dotCloses(text: string, at: number): boolean {
  return !isDigit(text.charCodeAt(at + 1)) || YEAR_AFTER_DOT.test(text.slice(at + 1, at + 1 + YEAR_AFTER_DOT_LENGTH))
}

/** A bare number `3 推进项目`: a space, then words that are no quantity (`100 家`) and no number. */
function readBare(shape: Shape, value: number, end: number, text: string): Marker | null {
  if (text.charCodeAt(end) !== SPACE) return null
  const content = skipSpaces(text, end)
  if (content >= text.length || isDigit(text.charCodeAt(content)) || BARE_NUMBER_FOLLOWERS.includes(text[content] as string)) return null
  return { style: shape.style, value, end, contentStart: content, glued: false }
}

/** First and last code points of the CJK ideographs a glued item's words start with. */
const IDEOGRAPH_FIRST = 0x4e00
const IDEOGRAPH_LAST = 0x9fff
/** The private-use area of the BMP, where icon fonts put glyphs that print as nothing. */
const PRIVATE_USE_FIRST = 0xe000
const PRIVATE_USE_LAST = 0xf8ff

/** A number glued to its words `1突破关键技术`: an ideograph that starts no measure, date or ordinal word. */
function readGlued(shape: Shape, value: number, end: number, text: string): Marker | null {
  // Note: some exports put a private-use glyph (an icon font's blank) between the number and its words.
  let at = end
  while (at < text.length && text.charCodeAt(at) >= PRIVATE_USE_FIRST && text.charCodeAt(at) <= PRIVATE_USE_LAST) at++
  const c = text.charCodeAt(at)
  if (c < IDEOGRAPH_FIRST || c > IDEOGRAPH_LAST || at + 1 >= text.length) return null
  const ch = text[at] as string
  if (BARE_NUMBER_FOLLOWERS.includes(ch) || GLUED_NUMBER_FOLLOWERS.includes(ch) || outlineNumeral[c] === 1 || readMeasure(text, at) !== null) return null
  return { style: shape.style, value, end, contentStart: at, glued: true }
}

/**
 * Read the numbering marker at the start of a line.
 * @param text a trimmed line of the matching view
 * @returns the marker, or null when the line is not numbered
 */
export function readMarker(text: string): Marker | null {
  if (text.length === 0) return null
  const first = text.charCodeAt(0)
  if (first >= ENCLOSED_FIRST && first <= ENCLOSED_LAST) {
    const enclosed = readEnclosed(first, text)
    if (enclosed) return enclosed
  }
  // Note: one table load settles the lines that open no marker, most of them; this runs on every line.
  const k = startTable[first] as number
  if (k === 0) return null
  const opening = openings[k - 1] as Opening
  // After an opening character (`第`), typeset spaces may stand before the number and between its digits.
  const from = opening.padded || opening.open !== '' ? skipSpaces(text, opening.open.length) : opening.open.length
  if (from > opening.open.length && !opening.padded && !opening.spacedDigits) return null
  let i = from
  let spaces = 0
  const arabic = isDigit(text.charCodeAt(i))
  if (arabic) {
    for (;;) {
      while (isDigit(text.charCodeAt(i))) i++
      if (!opening.spacedDigits || text.charCodeAt(i) !== SPACE || !isDigit(text.charCodeAt(skipSpaces(text, i)))) break
      spaces += skipSpaces(text, i) - i
      i = skipSpaces(text, i)
    }
  } else {
    while (i < text.length && outlineNumeral[text.charCodeAt(i)] === 1) i++
    if (i === from) return null
  }
  const at = opening.padded ? skipSpaces(text, i) : i
  const shapes = arabic ? opening.arabic : opening.chinese
  for (const shape of shapes) {
    if (arabic && i - from - spaces > shape.maxDigits) continue
    if (shape.spaced && !text.startsWith(shape.close, at) && text.startsWith(shape.close, skipSpaces(text, at))) {
      const closeAt = skipSpaces(text, at)
      const digits = text.slice(from, i).replace(/ /g, '')
      const value = arabic ? Number(digits) : parseChineseInteger(digits)
      return value === null ? null : marker(shape.style, value, closeAt + shape.close.length, text)
    }
    if (shape.bare || shape.glued) {
      const bare = (shape.bare ? readBare(shape, Number(text.slice(from, i)), i, text) : null) ?? (shape.glued ? readGlued(shape, Number(text.slice(from, i)), i, text) : null)
      if (bare) return bare
      continue
    }
    if (!text.startsWith(shape.close, at)) continue
    if (arabic && shape.close === DOT && !dotCloses(text, at)) continue
    const digits = spaces > 0 ? text.slice(from, i).replace(/ /g, '') : text.slice(from, i)
    const value = arabic ? Number(digits) : parseChineseInteger(digits)
    return value === null ? null : marker(shape.style, value, at + shape.close.length, text)
  }
  return null
}

// ---------------------------------------------------------------- writing

/** Arabic numbers of the first runs of a printed marker, and Chinese ones. */
const ARABIC_RUN = /\d+/
/** Full-width digits (`９．`), renumbered in full width. */
const FULL_WIDTH_RUN = /[０-９]+/
const CHINESE_RUN = new RegExp(`[${OUTLINE_NUMERAL_CHARS}]+`)

/** The enclosed character of a value in a style's range (`③` for 3), or null. */
function enclosedChar(record: MarkerStyleRecord | undefined, value: number): string | null {
  const range = record?.enclosed
  if (!range || !Number.isInteger(value) || value < 1 || value > range.last - range.first + 1) return null
  return String.fromCharCode(range.first + value - 1)
}

/**
 * Write the marker of a number in a style, as GB/T 9704 prints it: `一、`, `（一）`, `1.`, `（1）`, `①`, `第一条`, `第一章`.
 * @param style the numbering style
 * @param value the number, from 1
 * @returns the marker, which {@link readMarker} reads back (on the matching view) to the same style and number; null
 *   when the style prints no marker (`row`, `heading`) or cannot print this number (`①`…`⑳` end at 20, `1.` at 999)
 */
export function writeMarker(style: MarkerStyle, value: number): string | null {
  const record = styles.get(style)
  if (!record || !Number.isInteger(value) || value < 1) return null
  const { open, close, numerals } = record.written
  if (numerals === 'enclosed') return enclosedChar(record, value)
  if (numerals === 'chinese' && value <= MAX_OUTLINE_NUMBER) return open + chineseNumeral(value) + close
  if (numerals === 'arabic' || record.numerals === 'either') {
    if (value >= 10 ** (record.maxDigits ?? Number.POSITIVE_INFINITY)) return null
    return open + String(value) + close
  }
  return null
}

/**
 * The marker of another number in the shape of a printed one: `（三）` → `（四）`, `3．` → `4．`, `⑶` → `⑷`.
 * @param numbering a printed number
 * @param value the value to print instead
 * @returns the marker as it would be printed (the bare number when the printed one holds none to replace)
 */
export function renumber(numbering: Numbering, value: number): string {
  const { text } = numbering
  if (ARABIC_RUN.test(text)) return text.replace(ARABIC_RUN, String(value))
  if (FULL_WIDTH_RUN.test(text)) {
    const wide = [...String(value)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')
    return text.replace(FULL_WIDTH_RUN, wide)
  }
  if (CHINESE_RUN.test(text)) return text.replace(CHINESE_RUN, chineseNumeral(value))
  const record = styles.get(numbering.style)
  const range = record?.enclosed
  const printed = text.charCodeAt(0)
  if (range && text.length === 1 && printed >= range.first && printed <= range.last) return enclosedChar(record, value) ?? String(value)
  return String(value)
}

/** The number of a list marker that a lone closing bracket ends: `1`, `a`, `十二`, spaces before it allowed. */
const LIST_NUMBER = new RegExp(`^[\\s\\u3000]*[0-9０-９a-zA-Z${DAY_NUMERAL_CHARS}]{1,3}$`)

/**
 * Whether a text is the number of a list marker that a bracket closes (`1)`, `a)`, `一)`), so that the bracket
 * opens nothing: read on the text as written, full-width digits and ideographic spaces included.
 * @param text what stands before the closing bracket on its line
 */
export function isListNumber(text: string): boolean {
  return LIST_NUMBER.test(text)
}
