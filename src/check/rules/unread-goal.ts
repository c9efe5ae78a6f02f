/**
 * A sentence where a goal word (达到, 新增, 突破, 超过, 力争, 不低于, 不少于, 控制在, 以上, 左右 …) stands next to a number
 * with a unit, and no target came out of it, and no reason to pass the number over was found (it is no date, name,
 * qualifier, statistic, rule for individual cases …): most often a unit the parser does not know yet. For a person to
 * look at: a missed target, or a number rightly left alone.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.全市智能算力规模达到5000PFlops，新增高新技术企业100家以上。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.全市智能算力规模达到5000TOPS以上。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:3-1:23: Unexpected unread goal `全市智能算力规模达到5000TOPS以上`, expected a target or a reason to skip its number
 */
import { unreadRule } from '../unread.js'

/** The rule, documented above. */
export const rule = unreadRule(
  'goal',
  'A goal word next to a number with a unit that gave no target, with no reason to skip the number.',
  (text) => `Unexpected unread goal \`${text}\`, expected a target or a reason to skip its number`,
)
