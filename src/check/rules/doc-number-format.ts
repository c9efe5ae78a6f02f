/**
 * A 文号 (the notice's own and every one it cites) is written as GB/T 9704 sets it: the year in hexagonal brackets
 * `〔2023〕`, not `[2023]`, `【2023】` or `（2023）`; four digits of year; the serial without leading zeros and without
 * `第`: `聊政办字〔2023〕3号`.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   聊城市人民政府办公室关于印发重点工作任务的通知
 *   聊政办字〔2023〕3号
 *   落实《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》（国发〔2022〕18号）。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   聊城市人民政府办公室关于印发重点工作任务的通知
 *   聊政办字[2023]3号
 *   落实《意见》（国发（2022）18号）和《通知》（鲁政办字〔2023〕第5号）、（鲁发〔2022〕019号）。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   2:5-2:11: Unexpected `[2023]` in 文号 `聊政办字[2023]3号`, expected `〔2023〕`
 *   3:10-3:16: Unexpected `（2022）` in 文号 `国发（2022）18号`, expected `〔2022〕`
 *   3:36-3:37: Unexpected `第` in 文号 `鲁政办字〔2023〕第5号`, expected `〔2023〕5号`
 *   3:50-3:53: Unexpected serial `019` in 文号 `鲁发〔2022〕019号`, expected `19` without leading zeros
 */
import { YEAR_DIGITS } from '../../lexicon/numerals.js'
import type { Rule } from '../rule.js'

/**
 * A 文号 with any brackets: issuer code, opening bracket, year, closing bracket, optional 第, serial, 号.
 * Note: the code must be Chinese characters right before the bracket, so that `（2023—2025年）` or a year in
 * brackets before a count does not match.
 */
const DOC_NUMBER = /([\u4e00-\u9fff]{1,12})([〔［\[【（(〈<{｛])\s*(\d{2,4})\s*([〕］\]】）)〉>}｝])(\s*第\s*)?(\d{1,5})\s*[号號]/gu

const OPEN = '〔'
const CLOSE = '〕'
/** Characters of the issuer code shown in messages. */
const SHOWN_CODE = 6

/** The rule, documented above. */
export const rule: Rule = {
  id: 'doc-number-format',
  description: 'A 文号 reads `机关代字〔2023〕3号`: hexagonal brackets, a four-digit year, no 第, no leading zeros.',
  check(context) {
    for (const paragraph of context.paragraphs) {
      for (const m of paragraph.text.matchAll(DOC_NUMBER)) {
        const [whole, fullCode = '', open = '', year = '', close = '', di, serial = ''] = m
        const start = m.index
        // Note: the code is matched greedily over Chinese text before it; the message shows its last few characters.
        const text = whole.slice(Math.max(0, fullCode.length - SHOWN_CODE))
        const yearAt = start + fullCode.length
        const yearEnd = yearAt + whole.slice(fullCode.length).indexOf(close) + close.length
        if (open !== OPEN || close !== CLOSE) {
          const right = `${OPEN}${year}${CLOSE}`
          const wrong = whole.slice(fullCode.length, yearEnd - start)
          context.report(`Unexpected \`${wrong}\` in 文号 \`${text}\`, expected \`${right}\``, context.place(paragraph, yearAt, yearEnd), {
            actual: wrong,
            expected: [right],
          })
        }
        if (year.length !== YEAR_DIGITS) {
          const at = start + whole.indexOf(year, fullCode.length)
          context.report(`Unexpected year \`${year}\` in 文号 \`${text}\`, expected all ${YEAR_DIGITS} digits`, context.place(paragraph, at, at + year.length), {
            actual: year,
          })
        }
        if (di) {
          const at = start + whole.indexOf('第', yearEnd - start)
          context.report(`Unexpected \`第\` in 文号 \`${text}\`, expected \`${OPEN}${year}${CLOSE}${serial}号\``, context.place(paragraph, at, at + 1), {
            actual: '第',
            expected: [`${serial}号`],
          })
        }
        if (serial.length > 1 && serial.startsWith('0')) {
          const at = start + whole.lastIndexOf(serial)
          const right = String(Number(serial))
          context.report(
            `Unexpected serial \`${serial}\` in 文号 \`${text}\`, expected \`${right}\` without leading zeros`,
            context.place(paragraph, at, at + serial.length),
            { actual: serial, expected: [right] },
          )
        }
      }
    }
  },
}
