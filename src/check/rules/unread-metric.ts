/**
 * A target whose metric (what is counted or measured) is empty or only a function word (`其中`, `从`, `首批`): the
 * number was read, the noun it counts was not. For a person to look at: the notice may leave the noun to the reader,
 * or the parser cut the phrase in the wrong place.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   1.新增高新技术企业100家以上，专利授权量增长18%以上。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   1.推动企业发展，至少100家以上。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:10-1:18: Unexpected target without a metric `至少100家以上`, expected the noun it counts or measures
 */
import { unreadRule } from '../unread.js'

/** The rule, documented above. */
export const rule = unreadRule(
  'metric',
  'A target whose metric is empty or a function word.',
  (text) => `Unexpected target without a metric \`${text}\`, expected the noun it counts or measures`,
)
