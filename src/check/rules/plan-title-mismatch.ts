/**
 * The plan that a notice issues (`关于印发X的通知`) must carry the same name in its own heading: the seed's heading
 * `…推动绿色低高质量发展…` lost the `碳` of its title. The finding points at the heading, where the text differs.
 *
 * Differences of width, spaces and title marks do not count, and neither does a heading that holds the whole name
 * or is held in it (a heading without the issuer of a 转发 title). Only near misses are reported (a few characters
 * differ and most agree): a heading that shares little with the title is more likely another text than a typo.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   聊城市人民政府办公室关于印发聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知
 *   聊政办字〔2023〕3号
 *
 *   聊城市人民政府办公室
 *   2023年3月1日
 *
 *   聊城市深化新旧动能转换推动绿色低碳高质量发展
 *   2023年重点工作任务
 *
 *   一、创新驱动
 *   1.加强实验室建设。（牵头单位：市科技局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   聊城市人民政府办公室关于印发聊城市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务的通知
 *   聊政办字〔2023〕3号
 *
 *   聊城市人民政府办公室
 *   2023年3月1日
 *
 *   聊城市深化新旧动能转换推动绿色低高质量发展
 *   2023年重点工作任务
 *
 *   一、创新驱动
 *   1.加强实验室建设。（牵头单位：市科技局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   7:17: Unexpected plan heading `…推动绿色低高质量发展…`, expected `…推动绿色低碳高质量发展…` as in the notice title
 */
import { ISSUING_VERBS, NOTICE_TITLE_ENDINGS } from '../../lexicon/check.js'
import type { Rule } from '../rule.js'
import { compared, type Compared } from '../compare.js'

/** Most characters that may differ for a heading to be a near miss of the title rather than another text. */
const MAX_DIFFERENT = 4
/** Least share of characters that must agree for a near miss. */
const MIN_AGREEMENT = 0.6
/** Characters of context shown on each side of a difference. */
const CONTEXT = 5

/**
 * The name of the plan that a notice title issues.
 * @param title the notice title
 * @returns `聊城市…重点工作任务` of `…关于印发聊城市…重点工作任务的通知`, or null for other titles
 */
export function issuedName(title: string): string | null {
  const ending = NOTICE_TITLE_ENDINGS.find((e) => title.endsWith(e))
  if (!ending) return null
  let start = -1
  for (const verb of ISSUING_VERBS) {
    const at = title.indexOf(verb)
    if (at >= 0 && (start < 0 || at < start)) start = at + verb.length
  }
  if (start < 0) return null
  const name = title.slice(start, title.length - ending.length)
  // Note: a title that issues several documents (《A》和《B》) names no single plan.
  if ((name.match(/《/g) ?? []).length > 1) return null
  return name
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'plan-title-mismatch',
  description: 'The heading of the plan a notice issues matches the name in the notice title.',
  check(context) {
    const { notice } = context
    const plan = notice.plan
    const name = notice.title ? issuedName(notice.title) : null
    if (!plan || !name) return
    const a = compared(name)
    const b = compared(plan.text)
    if (!a.text || !b.text || a.text.includes(b.text) || b.text.includes(a.text)) return
    let prefix = 0
    while (prefix < a.text.length && prefix < b.text.length && a.text[prefix] === b.text[prefix]) prefix++
    let suffix = 0
    while (
      suffix < a.text.length - prefix &&
      suffix < b.text.length - prefix &&
      a.text[a.text.length - 1 - suffix] === b.text[b.text.length - 1 - suffix]
    ) suffix++
    const inTitle = a.text.slice(prefix, a.text.length - suffix)
    const inPlan = b.text.slice(prefix, b.text.length - suffix)
    const agreeing = prefix + suffix
    if (Math.max(inTitle.length, inPlan.length) > MAX_DIFFERENT) return
    if (agreeing < MIN_AGREEMENT * Math.min(a.text.length, b.text.length)) return
    // Note: `转发…关于X的意见的通知` drops the 的 of `关于X的意见` by convention.
    if (`${inTitle}${inPlan}`.replaceAll('的', '') === '') return
    const from = b.index[prefix] ?? plan.text.length
    const to = inPlan.length ? (b.index[prefix + inPlan.length - 1] as number) + 1 : from
    const show = (c: Compared, original: string, end: number): string => {
      const left = Math.max(0, prefix - CONTEXT)
      const right = Math.min(c.text.length, end + CONTEXT)
      const slice = original.slice(c.index[left] ?? 0, right > 0 ? (c.index[right - 1] as number) + 1 : 0)
      return `${left > 0 ? '…' : ''}${slice}${right < c.text.length ? '…' : ''}`
    }
    const actual = show(b, plan.text, prefix + inPlan.length)
    const expected = show(a, name, prefix + inTitle.length)
    context.report(`Unexpected plan heading \`${actual}\`, expected \`${expected}\` as in the notice title`, context.place(plan, from, to), {
      actual: inPlan,
      expected: [inTitle],
      note: `The notice title issues \`${name}\`; the heading of the plan reads \`${plan.text}\`.`,
    })
  },
}
