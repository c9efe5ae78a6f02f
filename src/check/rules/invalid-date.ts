/**
 * Dates must exist (`2023年2月30日` and `2023年13月` do not), a notice with a 文号 must carry its 成文日期, and that
 * date must fall in the year of the 文号 (`〔2023〕` issued on `2022年…` cannot be).
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   聊城市人民政府办公室关于印发重点工作任务的通知
 *   聊政办字〔2023〕3号
 *
 *   聊城市人民政府办公室
 *   2023年3月1日
 *
 *   一、创新驱动
 *   1.二〇二三年六月底前完成建设，2024年2月29日前验收。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   聊城市人民政府办公室关于印发重点工作任务的通知
 *   聊政办字〔2023〕3号
 *
 *   聊城市人民政府办公室
 *   2022年3月1日
 *
 *   一、创新驱动
 *   1.2023年2月29日前完成建设，二〇二三年十三月验收。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   5:1-5:10: Unexpected date `2022年3月1日` in a notice numbered `〔2023〕`, expected a date in 2023
 *   8:3-8:13: Unexpected date `2023年2月29日`, expected a day of February 2023 (1 to 28)
 *   8:19-8:27: Unexpected month `十三` in `二〇二三年十三月`, expected 1 to 12
 *
 * @example
 *   {"name": "missing.txt", "label": "input"}
 *
 *   聊城市人民政府办公室关于印发重点工作任务的通知
 *   聊政办字〔2023〕3号
 *
 *   一、创新驱动
 *   1.加强实验室建设。
 *
 * @example
 *   {"name": "missing.txt", "label": "output"}
 *
 *   2:1-2:13: Unexpected notice `聊政办字〔2023〕3号` without a date, expected its 成文日期 (such as `2023年3月1日`) after the issuer
 */
import type { Paragraph } from '../../tree/schema.js'
import { dayNumber, yearNumber } from '../../grammar/dates.js'
import type { Rule, RuleContext } from '../rule.js'

/** A date or a month: year four digits (Arabic or Chinese), month, optional day. */
const DATE = /(\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號])?/gu

const MONTHS = 12
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * How many days a month has.
 * @param year the year
 * @param month 1 to 12
 * @returns 28 to 31
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Report impossible dates and months in one paragraph. */
function checkParagraph(context: RuleContext, paragraph: Paragraph): void {
  for (const m of paragraph.text.matchAll(DATE)) {
    const [whole, y = '', mo = '', d] = m
    const year = yearNumber(y)
    const month = dayNumber(mo)
    const place = context.place(paragraph, m.index, m.index + whole.length)
    if (month === null || month < 1 || month > MONTHS) {
      context.report(`Unexpected month \`${mo}\` in \`${whole}\`, expected 1 to ${MONTHS}`, place, { actual: whole })
      continue
    }
    if (d === undefined) continue
    const day = dayNumber(d)
    const last = daysInMonth(year, month)
    if (day === null || day < 1 || day > last) {
      context.report(`Unexpected date \`${whole}\`, expected a day of ${MONTH_NAMES[month - 1]} ${year} (1 to ${last})`, place, { actual: whole })
    }
  }
}

/**
 * Where the notice's own date is printed: the last header paragraph that holds it.
 * @param context the rule context
 * @param iso the notice date
 * @returns the paragraph and the match, or null
 */
function findNoticeDate(context: RuleContext, iso: string): { paragraph: Paragraph; index: number; text: string } | null {
  const [y, mo, d] = iso.split('-').map(Number)
  for (const paragraph of [...context.notice.header].reverse()) {
    for (const m of paragraph.text.matchAll(DATE)) {
      const [whole, year = '', month = '', day] = m
      if (yearNumber(year) === y && dayNumber(month) === mo && day !== undefined && dayNumber(day) === d) return { paragraph, index: m.index, text: whole }
    }
  }
  return null
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'invalid-date',
  description: 'Dates exist, a numbered notice has its date, and the date falls in the year of its 文号.',
  check(context) {
    const { notice } = context
    for (const paragraph of context.paragraphs) checkParagraph(context, paragraph)
    const docNumber = notice.docNumber
    if (!docNumber) return
    if (!notice.date) {
      context.report(
        `Unexpected notice \`${docNumber.text}\` without a date, expected its 成文日期 (such as \`2023年3月1日\`) after the issuer`,
        docNumber.position,
      )
      return
    }
    const year = Number(notice.date.slice(0, 4))
    if (year === docNumber.year) return
    const printed = findNoticeDate(context, notice.date)
    if (!printed) return
    context.report(
      `Unexpected date \`${printed.text}\` in a notice numbered \`〔${docNumber.year}〕\`, expected a date in ${docNumber.year}`,
      context.place(printed.paragraph, printed.index, printed.index + printed.text.length),
      { actual: printed.text },
    )
  },
}
