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
import { daysInMonth, findDates, MONTHS } from '../../grammar/dates.js'
import type { Paragraph } from '../../tree/schema.js'
import type { Rule, RuleContext } from '../rule.js'

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Report impossible dates and months in one paragraph. */
function checkParagraph(context: RuleContext, paragraph: Paragraph): void {
  for (const date of findDates(paragraph.text)) {
    const { text: whole, month, day } = date
    const place = context.place(paragraph, date.index, date.index + whole.length)
    if (month === null || month < 1 || month > MONTHS) {
      context.report(`Unexpected month \`${date.monthText}\` in \`${whole}\`, expected 1 to ${MONTHS}`, place, { actual: whole })
      continue
    }
    if (date.dayText === null) continue
    const last = daysInMonth(date.year, month)
    if (day === null || day < 1 || day > last) {
      context.report(`Unexpected date \`${whole}\`, expected a day of ${MONTH_NAMES[month - 1]} ${date.year} (1 to ${last})`, place, { actual: whole })
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
    for (const date of findDates(paragraph.text)) {
      if (date.year === y && date.month === mo && date.day !== null && date.day === d) return { paragraph, index: date.index, text: date.text }
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
    // A date that does not exist is read as null: its paragraph is reported above, not as a missing date.
    if (!notice.date && !notice.header.some((p) => findDates(p.text).some((d) => d.dayText !== null))) {
      context.report(
        `Unexpected notice \`${docNumber.text}\` without a date, expected its 成文日期 (such as \`2023年3月1日\`) after the issuer`,
        docNumber.position,
      )
      return
    }
    if (!notice.date) return
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
