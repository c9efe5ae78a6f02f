/**
 * The numbering markers of GB/T 9704 outlines at the start of a line: `一、` `（一）` `1.` `1．` `1﹒` `1、` `1`
 * `（1）` `(1)` `①` `第1条`, read on the matching view (so `（` is `(` and `．` is `.`).
 */
import { isDigit } from '../util/chars.js'
import type { Numbering } from '../tree/schema.js'
import { parseChineseInteger } from './numerals.js'

export type MarkerStyle = Numbering['style']

export interface Marker {
  style: MarkerStyle
  value: number
  /** Offset in the line text where the marker starts (0) and where its content starts (after the marker and spaces). */
  end: number
  contentStart: number
}

/** Longest marker number we accept: notices run to a few hundred items, years (2023) are not markers. */
const MAX_ARABIC_DIGITS = 3
const CHINESE_DIGITS = '一二三四五六七八九十百零〇两'
const CIRCLED_FIRST = 0x2460 // ①
const CIRCLED_LAST = 0x2473 // ⑳
const PAREN_DIGIT_FIRST = 0x2474 // ⑴
const PAREN_DIGIT_LAST = 0x2487 // ⒇
const DOT_DIGIT_FIRST = 0x2488 // ⒈
const DOT_DIGIT_LAST = 0x249b // ⒛
const PAREN_IDEOGRAPH_FIRST = 0x3220 // ㈠
const PAREN_IDEOGRAPH_LAST = 0x3229 // ㈩

/** A year right after `1.`: `1.2023年底前完成` is item 1, for no decimal is followed by a year's 年. */
const YEAR_AFTER_DOT = /^(?:19|20)\d\d年/

/** Characters after `100 ` that make it a quantity (`100 家`), not a bare list number. */
const BARE_NUMBER_FOLLOWERS = '年月日%‰个万亿千百元家项人名所座处条次件台套张辆户批亩吨米倍.'

const isChineseDigit = (ch: string | undefined): boolean => ch !== undefined && CHINESE_DIGITS.includes(ch)

function skipSpaces(text: string, i: number): number {
  while (text.charCodeAt(i) === 0x20) i++
  return i
}

function marker(style: MarkerStyle, value: number, end: number, text: string): Marker {
  return { style, value, end, contentStart: skipSpaces(text, end) }
}

/**
 * Read the numbering marker at the start of a line.
 * @param text a trimmed line of the matching view
 * @returns the marker, or null when the line is not numbered
 */
export function readMarker(text: string): Marker | null {
  const first = text.charCodeAt(0)
  if (first >= CIRCLED_FIRST && first <= CIRCLED_LAST) return marker('circled', first - CIRCLED_FIRST + 1, 1, text)
  if (first >= PAREN_DIGIT_FIRST && first <= PAREN_DIGIT_LAST) return marker('arabic-paren', first - PAREN_DIGIT_FIRST + 1, 1, text)
  if (first >= DOT_DIGIT_FIRST && first <= DOT_DIGIT_LAST) return marker('arabic-dot', first - DOT_DIGIT_FIRST + 1, 1, text)
  if (first >= PAREN_IDEOGRAPH_FIRST && first <= PAREN_IDEOGRAPH_LAST) return marker('chinese-paren', first - PAREN_IDEOGRAPH_FIRST + 1, 1, text)

  if (first === 0x28 /* ( */) {
    let i = skipSpaces(text, 1)
    const from = i
    if (isDigit(text.charCodeAt(i))) {
      while (isDigit(text.charCodeAt(i))) i++
      if (i - from > MAX_ARABIC_DIGITS) return null
      const close = skipSpaces(text, i)
      if (text.charCodeAt(close) !== 0x29) return null
      return marker('arabic-paren', Number(text.slice(from, i)), close + 1, text)
    }
    while (isChineseDigit(text[i])) i++
    if (i === from) return null
    const close = skipSpaces(text, i)
    const value = parseChineseInteger(text.slice(from, i))
    if (text.charCodeAt(close) !== 0x29 || value === null) return null
    return marker('chinese-paren', value, close + 1, text)
  }

  if (isDigit(first)) {
    let i = 0
    while (isDigit(text.charCodeAt(i))) i++
    if (i > MAX_ARABIC_DIGITS) return null
    const value = Number(text.slice(0, i))
    const next = text[i]
    // `1.` but not `1.2万` (yet `1.2023年…`); `1、`; `1)`; a bare `1` only when a space separates it from words.
    if (next === '.' && (!isDigit(text.charCodeAt(i + 1)) || YEAR_AFTER_DOT.test(text.slice(i + 1, i + 6)))) {
      return marker('arabic-dot', value, i + 1, text)
    }
    if (next === '、') return marker('arabic-dot', value, i + 1, text)
    if (next === ')') return marker('arabic-paren', value, i + 1, text)
    if (next === ' ') {
      const content = skipSpaces(text, i)
      const c = text.charCodeAt(content)
      if (content < text.length && !isDigit(c) && !BARE_NUMBER_FOLLOWERS.includes(text[content] as string)) {
        return { style: 'arabic-dot', value, end: i, contentStart: content }
      }
    }
    return null
  }

  if (text[0] === '第') {
    let i = 1
    const from = i
    if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++
    else while (isChineseDigit(text[i])) i++
    if (i === from) return null
    const digits = text.slice(from, i)
    const value = isDigit(digits.charCodeAt(0)) ? Number(digits) : parseChineseInteger(digits)
    if (value === null) return null
    const kind = text[i]
    if (kind === '条') return marker('article', value, i + 1, text)
    if (kind === '章' || kind === '编') return marker('part', value, i + 1, text)
    if (text.startsWith('部分', i)) return marker('part', value, i + 2, text)
    return null
  }

  if (isChineseDigit(text[0])) {
    let i = 0
    while (isChineseDigit(text[i])) i++
    const sep = text[i]
    // `一、` (and the rarer `一.`/`一．`), never `一是` or `一流`.
    if (sep !== '、' && sep !== '.') return null
    const value = parseChineseInteger(text.slice(0, i))
    if (value === null) return null
    return marker('chinese-comma', value, i + 1, text)
  }
  return null
}
