/**
 * Dates as notices print them: `2023年3月1日`, `2023年03月01日`, `二〇二三年三月一日`, `一九九六年七月十七日`.
 */
import { YEAR_DIGIT_VALUES } from '../lexicon/numerals.js'
import { parseChineseInteger } from './numerals.js'

/** A whole date: the year four digits (Arabic or Chinese), month and day Arabic or Chinese. */
const DATE = /(\d{4}|[〇零○Oo一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/

/** A line that is only a date (the date of a notice, under its signature). */
const DATE_LINE = new RegExp(`^${DATE.source}$`)

/**
 * A month or a day, in Arabic or Chinese numerals.
 * @param text `3`, `03`, `三`, `十二`
 */
export function dayNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseInteger(text)
}

/**
 * A year, in Arabic digits or Chinese digit by digit.
 * @param text `2023` or `二〇二三`
 */
export function yearNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : Number([...text].map((c) => YEAR_DIGIT_VALUES[c] ?? '').join(''))
}

function iso(m: RegExpExecArray): string | null {
  const [, y, mo, d] = m
  if (!y || !mo || !d) return null
  const year = yearNumber(y)
  const month = dayNumber(mo)
  const day = dayNumber(d)
  if (!month || !day || month > 12 || day > 31 || year < 1900) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The ISO date of a line that holds nothing but a date.
 * @param view a trimmed line of the matching view
 */
export function dateLine(view: string): string | null {
  const m = DATE_LINE.exec(view.trim())
  return m ? iso(m) : null
}

/**
 * The first date in a text, as ISO.
 * @param view the matching view of a text
 */
export function findDate(view: string): { iso: string; index: number; length: number } | null {
  const m = DATE.exec(view)
  if (!m) return null
  const value = iso(m)
  return value ? { iso: value, index: m.index, length: m[0].length } : null
}
