/**
 * A line that opens with an outline marker (`3.`, `二、`, `第五条`) and starts no chapter, section, task or sub-task:
 * a number out of sequence in prose, or an item the parser missed (its list began where nothing was read). Info, for
 * a person to look at: often the text is rightly no structure.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   一、工作目标
 *   1.完成示范项目建设。
 *   2.培育龙头企业。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   一、工作目标
 *   到2025年完成建设。
 *   3.各项指标全面达标。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   3:1-3:3: Unexpected marker `3.` that starts no item, expected a chapter, section or task it numbers
 */
import { unreadRule } from '../unread.js'

/** The rule, documented above. */
export const rule = unreadRule(
  'marker',
  'A line that opens with an outline marker and starts no chapter, section or task.',
  (text) => `Unexpected marker \`${text}\` that starts no item, expected a chapter, section or task it numbers`,
)
