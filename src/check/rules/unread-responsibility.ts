/**
 * A bracket or a clause that holds a role word (牵头, 负责, 配合, 参与, 主办, 协办, `责任单位：`) and gave no unit: a
 * phrasing the parser does not read yet, or a remark that only mentions a role. Info, for a person to look at.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.建设示范项目。（牵头单位：市科技局；配合单位：市财政局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.建设示范项目。（由承担单位自行负责实施）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:10-1:23: Unexpected responsibility `（由承担单位自行负责实施）` that gave no unit, expected units with their roles (`（A牵头，B配合）`)
 */
import { unreadRule } from '../unread.js'

/** The rule, documented above. */
export const rule = unreadRule(
  'responsibility',
  'A bracket or clause with a role word that gave no responsible unit.',
  (text) => `Unexpected responsibility \`${text}\` that gave no unit, expected units with their roles (\`（A牵头，B配合）\`)`,
)
