/**
 * Dates as notices print them: `2023年3月1日`, `2023年03月01日`, `2023年3月1号`, `二〇二三年三月一日`, `一九九六年七月十七日`,
 * and months (`2023年3月`): read, checked against the calendar, and written as ISO `2023-03-01` or as printed. Also whether a numeral is
 * a part of a date (2023年, 3月, 15日) rather than a quantity.
 */
import { oneOf } from '../util/chars.js'
import { DAY_CHARACTERS, HOUR_CHARACTER, MONTH_CHARACTER, YEAR_CHARACTER, YEAR_DIGIT_VALUES, YEAR_DIGITS } from '../lexicon/numerals.js'
import { chineseNumeral, DAY_NUMERAL_CHARS, type Numeral, parseChineseInteger, YEAR_DIGIT_CHARS } from './numerals.js'

/** Earliest year a `NNNN年` may be to look like a date, and a date to be one. */
export const MIN_YEAR = 1900
/** Latest year a `NNNN年` may be to look like a date. */
export const MAX_YEAR = 2100
/** Months of a year. */
export const MONTHS = 12
/** Most days of a month: a date line's day is checked against this only (the check rules tell the month's own). */
const MAX_DAY = 31
const MAX_HOUR = 24
/** Digits of a month or a day in Arabic numerals, and characters of one in Chinese (二十九). */
const MAX_DAY_DIGITS = 2
const MAX_DAY_CHARS = 3

/**
 * A date or a month: the year in four digits (Arabic, or Chinese digit by digit), the month, and optionally the day, in
 * Arabic or Chinese numerals; spaces may stand between the parts. Built from the lexicon once.
 */
const DATE_SOURCE = (() => {
  const year = `(\\d{${YEAR_DIGITS}}|[${YEAR_DIGIT_CHARS}]{${YEAR_DIGITS}})`
  const part = `(\\d{1,${MAX_DAY_DIGITS}}|[${DAY_NUMERAL_CHARS}]{1,${MAX_DAY_CHARS}})`
  return `${year}\\s*${YEAR_CHARACTER}\\s*${part}\\s*${MONTH_CHARACTER}(?:\\s*${part}\\s*[${DAY_CHARACTERS}])?`
})()

/** A line that is only a date (the date of a notice, under its signature). */
const DATE_LINE = new RegExp(`^${DATE_SOURCE}$`, 'u')

/** Every date or month of a text. */
const DATES = new RegExp(DATE_SOURCE, 'gu')

const ARABIC = /^\d+$/

/** A date or a month as a text prints it, with the values of its parts. */
export interface PrintedDate {
  /** Where it starts in the text. */
  index: number
  /** As printed: `2023年2月29日`. */
  text: string
  year: number
  /** The month as printed (`3`, `03`, `十三`), and its value: null when it is no number. Not checked against the calendar. */
  monthText: string
  month: number | null
  /** The day as printed, null for a month without one; and its value. Not checked against the calendar. */
  dayText: string | null
  day: number | null
}

/**
 * A month or a day, in Arabic or Chinese numerals.
 * @param text `3`, `03`, `三`, `十二`
 */
export function dayNumber(text: string): number | null {
  return ARABIC.test(text) ? Number(text) : parseChineseInteger(text)
}

/**
 * A year, in Arabic digits or Chinese digit by digit.
 * @param text `2023` or `二〇二三`
 */
export function yearNumber(text: string): number {
  return ARABIC.test(text) ? Number(text) : Number([...text].map((c) => YEAR_DIGIT_VALUES[c] ?? '').join(''))
}

/**
 * How many days a month has.
 * @param year the year
 * @param month 1 to 12
 * @returns 28 to 31
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Write a date as ISO 8601: `2023-03-01`.
 * @param year the year, four digits
 * @param month 1 to 12
 * @param day 1 to 31
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The character a year written digit by digit prints for each digit: the first of its value (〇, not 零). */
const YEAR_DIGIT_WRITTEN: readonly string[] = (() => {
  const out: string[] = []
  for (const [ch, digit] of Object.entries(YEAR_DIGIT_VALUES)) out[Number(digit)] ??= ch
  return out
})()

/**
 * Write a date as notices print it: `2023年3月1日`, or in Chinese numerals `二〇二三年三月一日`.
 * @param year the year, four digits
 * @param month 1 to 12
 * @param day 1 to 31
 * @param numerals Arabic (the default) or Chinese
 */
export function writeDate(year: number, month: number, day: number, numerals: 'arabic' | 'chinese' = 'arabic'): string {
  if (numerals === 'arabic') return `${year}${YEAR_CHARACTER}${month}${MONTH_CHARACTER}${day}${DAY_CHARACTERS[0]}`
  const y = [...String(year)].map((d) => YEAR_DIGIT_WRITTEN[Number(d)] ?? d).join('')
  return `${y}${YEAR_CHARACTER}${chineseNumeral(month)}${MONTH_CHARACTER}${chineseNumeral(day)}${DAY_CHARACTERS[0]}`
}

function printed(m: RegExpExecArray): PrintedDate {
  const [text, y = '', monthText = '', dayText] = m
  return {
    index: m.index,
    text,
    year: yearNumber(y),
    monthText,
    month: dayNumber(monthText),
    dayText: dayText ?? null,
    day: dayText === undefined ? null : dayNumber(dayText),
  }
}

/**
 * Every date and month of a text, left to right, as printed: whether they exist is the caller's to check.
 * @param text a paragraph (as written or its matching view: positions are the same)
 */
export function findDates(text: string): PrintedDate[] {
  const out: PrintedDate[] = []
  DATES.lastIndex = 0
  for (let m = DATES.exec(text); m; m = DATES.exec(text)) out.push(printed(m))
  return out
}

/**
 * The ISO date of a line that holds nothing but a date. Its month must be 1 to 12 and its day 1 to 31, not more:
 * `2023年2月30日` is read as printed (`2023-02-30`), and the check rules report it.
 * @param view a trimmed line of the matching view
 */
export function dateLine(view: string): string | null {
  const m = DATE_LINE.exec(view.trim())
  if (!m) return null
  const { year, month, day } = printed(m)
  if (!month || !day || month > MONTHS || day > MAX_DAY || year < MIN_YEAR) return null
  return isoDate(year, month, day)
}

/**
 * Whether a numeral with this unit names a date rather than a quantity: a year 1900–2100 written with four digits
 * before 年, a month 1–12 before 月, a day 1–31 before 日/号, an hour 0–24 before 时.
 * @param n the numeral
 * @param unit the unit (or the character) after it
 */
export function isDateValue(n: Numeral, unit: string | null): boolean {
  if ((n.form !== 'arabic' && n.form !== 'chinese') || n.valueText.includes('.') || n.latin || unit === null) return false
  const v = n.value
  if (unit === YEAR_CHARACTER) return v >= MIN_YEAR && v <= MAX_YEAR && n.end - n.start === YEAR_DIGITS
  if (unit === MONTH_CHARACTER) return v >= 1 && v <= MONTHS
  if (oneOf(DAY_CHARACTERS, unit)) return v >= 1 && v <= MAX_DAY
  if (unit === HOUR_CHARACTER) return v >= 0 && v <= MAX_HOUR
  return false
}
