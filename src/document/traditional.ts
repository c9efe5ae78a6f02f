/**
 * Traditional Chinese input: recognised from its characters, matched on a Simplified view of the same length.
 *
 * Note: opencc (Traditional → Simplified dictionaries only) is loaded by the caller and only for text that needs it;
 * recognising Traditional text costs one pass over a small set and no dictionary.
 */
import { charTable } from '../util/chars.js'
import { HONG_KONG_FORMS, TAIWAN_FORMS, TRADITIONAL_ONLY } from '../lexicon/traditional.js'
import type { SourceText } from './document.js'
import { normalize } from './normalize.js'

/** Which Traditional standard a text follows: Taiwan (`tw`) or Hong Kong (`hk`). */
export type TraditionalVariant = 'tw' | 'hk'

/** Converts Traditional text to Simplified (may change the length of phrases). */
export type Simplify = (text: string) => string

/** Share of Han characters, Traditional-only ones among them, above which a text is Traditional. */
const MIN_TRADITIONAL_SHARE = 0.04
/** Units of text looked at: a Traditional notice shows itself within its first pages. */
const SAMPLE_LENGTH = 8192
/** Fewest Traditional-only characters that make a text Traditional, so one quoted name does not. */
const MIN_TRADITIONAL_COUNT = 2

/** Bits of `classes`: a character found only in Traditional text, a Hong Kong form, a Taiwan form. */
const TRADITIONAL = 1
const HONG_KONG = 2
const TAIWAN = 4
let classes: Uint8Array | null = null
let anyTraditional: RegExp | null = null

function buildClasses(): Uint8Array {
  return charTable([
    [TRADITIONAL_ONLY, TRADITIONAL],
    [HONG_KONG_FORMS, HONG_KONG],
    [TAIWAN_FORMS, TAIWAN],
  ])
}

/** Whether a UTF-16 unit is a Han character (CJK, extension A, compatibility). */
const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)

/**
 * Count the characters of a class in a text.
 * Note: a table lookup per character; a regular-expression match per character cost several times as much.
 */
function countClass(table: Uint8Array, bit: number, text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (((table[text.charCodeAt(i)] as number) & bit) !== 0) n++
  return n
}

/**
 * The Traditional standard a text is written in, if it is Traditional at all.
 * @param whole the extracted text (its first pages are enough)
 * @returns `tw` or `hk`, or null for Simplified text
 */
export function traditionalVariant(whole: string): TraditionalVariant | null {
  const sample = Math.min(whole.length, SAMPLE_LENGTH)
  // Note: most input is Simplified, and one native scan that finds no Traditional-only character settles it; the
  // counting loop below, run cold on every input, cost 2.7 ms of the CLI's start.
  anyTraditional ??= new RegExp(`[${TRADITIONAL_ONLY}]`)
  if (!anyTraditional.test(sample < whole.length ? whole.slice(0, sample) : whole)) return null
  const table = (classes ??= buildClasses())
  let traditional = 0
  let han = 0
  for (let i = 0; i < sample; i++) {
    const c = whole.charCodeAt(i)
    if (((table[c] as number) & TRADITIONAL) !== 0) traditional++
    if (isHan(c)) han++
  }
  if (traditional < MIN_TRADITIONAL_COUNT || traditional < han * MIN_TRADITIONAL_SHARE) return null
  // Forms that tell the standards apart are rarer: count them in the whole text.
  return countClass(table, HONG_KONG, whole) > countClass(table, TAIWAN, whole) ? 'hk' : 'tw'
}

/** Runs of Han characters: phrase conversions never cross punctuation, digits or Latin text. */
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g

/** Convert one run, keeping its length: as a whole when the phrases keep it, else character by character. */
function simplifyRun(run: string, simplify: Simplify): string {
  const whole = simplify(run)
  if (whole.length === run.length) return whole
  let out = ''
  for (const ch of run) {
    const one = simplify(ch)
    out += one.length === ch.length ? one : ch
  }
  return out
}

/**
 * The Simplified form of a text, unit for unit the same length, so that offsets stay valid.
 * @param text Traditional text
 * @param simplify the opencc converter
 * @returns the converted text, as long as `text`
 */
export function simplifyKeepingLength(text: string, simplify: Simplify): string {
  return text.replace(HAN_RUN, (run) => simplifyRun(run, simplify))
}

/**
 * Give a Traditional text its Simplified matching view (and, when asked, Simplified output strings).
 * @param src the text as read
 * @param simplify the opencc converter
 * @param asSimplified whether output strings are to be Simplified too
 * @returns the text with `norm` (and with `asSimplified`, `plain`) converted; positions are untouched
 */
export function simplifyView(src: SourceText, simplify: Simplify, asSimplified: boolean): SourceText {
  const simplified = simplifyKeepingLength(src.plain, simplify)
  return { ...src, norm: normalize(simplified), plain: asSimplified ? simplified : src.plain }
}
