/**
 * A share (占比, 比例, 覆盖率, any rate) is at most 100%: `绿色建筑占比达到120%` and `覆盖率超过100%` cannot be
 * met. Growth may exceed 100% (`增长150%`) and is not a share, nor are the rates that measure against a plan or a
 * need (`投资完成率125.5%`, `粮食自给率110%`).
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.城镇新建民用建筑中绿色建筑占比达到100%，数字经济增加值增长150%。
 *   2.重点项目年度投资完成率达到110%以上。
 *   3.推进重大项目建设，121个省重点工程项目投资完成率143.8%、居全省第2位。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.城镇新建民用建筑中绿色建筑占比达到120%，农村卫生厕所覆盖率超过100%。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:3-1:24: Unexpected share of `120%`, expected at most 100%
 *   1:25-1:40: Unexpected share of more than `100%`, expected at most 100%
 */
import { RATES_BEYOND_WHOLE } from '../../lexicon/check.js'
import type { Target } from '../../tree/schema.js'
import type { Rule } from '../rule.js'
import { allTargets } from '../../tree/walk.js'

/** The whole, in percent. */
const WHOLE = 100
const PERCENT = '%'

/**
 * What is impossible about a share target: the value shown, or null when it is possible.
 * @param target a target
 * @returns the impossible value as printed, with `more than` for a strict bound
 */
export function impossibleShare(target: Target): string | null {
  if (target.kind !== 'share' || target.unit !== PERCENT) return null
  const metric = target.metric ?? ''
  // Note: the rate may be named in the target's own words when its metric is read short (`投资完成率143.8%`).
  const at = target.text.search(/[0-9０-９]/)
  const named = at > 0 ? target.text.slice(0, at) : ''
  if (RATES_BEYOND_WHOLE.some((rate) => metric.endsWith(rate) || named.includes(rate))) return null
  if (target.comparator === 'between') {
    return target.max !== undefined && target.max > WHOLE ? `${target.maxText ?? target.max}${PERCENT}` : null
  }
  if (target.value === null) return null
  const shown = `${target.valueText ?? target.value}${PERCENT}`
  if (target.value > WHOLE) return shown
  if (target.comparator === 'gt' && target.value >= WHOLE) return `more than \`${shown}\``
  return null
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'share-above-100',
  description: 'A share, rate or proportion target is at most 100%.',
  check(context) {
    for (const target of allTargets(context.notice)) {
      const value = impossibleShare(target)
      if (value === null) continue
      const shown = value.startsWith('more than') ? value : `\`${value}\``
      context.report(`Unexpected share of ${shown}, expected at most ${WHOLE}${PERCENT}`, target.position, { actual: target.text })
    }
  },
}
