/**
 * Dates as notices print them: `2023年3月1日`, `2023年03月01日`, `二〇二三年三月一日`, `一九九六年七月十七日`.
 */
import { parseChineseInteger } from '../targets/numerals.js'

const YEAR_DIGITS: Readonly<Record<string, string>> = {
  '〇': '0', '零': '0', 'O': '0', 'o': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5',
  '六': '6', '七': '7', '八': '8', '九': '9',
}

/** A whole date: the year four digits (Arabic or Chinese), month and day Arabic or Chinese. */
const DATE = /(\d{4}|[〇零○Oo一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/

/** A line that is only a date (the date of a notice, under its signature). */
const DATE_LINE = new RegExp(`^${DATE.source}$`)

function number(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseInteger(text)
}

function iso(m: RegExpExecArray): string | null {
  const [, y, mo, d] = m
  if (!y || !mo || !d) return null
  const year = /^\d+$/.test(y) ? Number(y) : Number([...y].map((c) => YEAR_DIGITS[c] ?? '').join(''))
  const month = number(mo)
  const day = number(d)
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
