/**
 * No two tasks of one text (the main text, or one attachment) share a title: a repeated title is most often a task
 * copied and not rewritten. Tasks that stand in a section or under another task are compared with their siblings
 * only, as the items of each heading may repeat a pattern (`（1）工作目标` under every heading), and so are the items
 * of a list that counts from 1 again after a lead-in (`玻璃领域…标准可包括：（1）智能装备…` then `陶瓷领域…标准可包括：
 * （1）智能装备…`). Titles compare without spaces and punctuation; titles shorter than 2 characters are not compared.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   一、创新驱动
 *   1.加强实验室建设。布局建设市级重点实验室。
 *   2.加强平台建设。布局建设市级创新平台。
 *
 * @example
 *   {"name": "lists-after-lead-ins.txt"}
 *
 *   一、建设内容
 *   玻璃领域的智能制造标准可包括：
 *   （1）智能装备：规范破碎、配料、熔化环节的装备。
 *   （2）智能工厂：规范玻璃工厂分散控制系统。
 *   陶瓷领域的智能制造标准可包括：
 *   （1）智能装备：规范陶瓷原料、配料环节的装备。
 *   （2）智能工厂：规范陶瓷工厂的数据采集。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   一、创新驱动
 *   1.加强实验室建设。布局建设市级重点实验室。
 *   2.加强平台建设。布局建设市级创新平台。
 *   二、扩大内需
 *   3.加强 平台建设。激发消费活力。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   5:3-5:10: Unexpected repeated task title `加强 平台建设`, expected a title different from task `2.` at 3:3
 */
import type { Task } from '../../tree/schema.js'
import type { Rule } from '../rule.js'
import { allTasks, partOf } from '../../tree/walk.js'
import { countBelow } from '../../util/bisect.js'
import { opensList } from '../lists.js'

/** Shortest title compared: one character says too little to be a copy. */
const MIN_TITLE_LENGTH = 2

/** Characters that do not make titles different. */
const IGNORED = /[\s\u3000。；：！？，、.;:!?,]/g

/**
 * The place of a task's title: in its first paragraph, after its number.
 * @param task a task
 * @returns the paragraph and the index of the title in it, or null
 */
function titleAt(task: Task): { index: number } | null {
  const first = task.paragraphs[0]
  if (!first || !task.title) return null
  const from = task.number ? Math.max(0, first.text.indexOf(task.number.text)) + task.number.text.length : 0
  const index = first.text.indexOf(task.title, from)
  return index >= 0 ? { index } : null
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'duplicate-task-title',
  description: 'No two tasks of the main text or of one attachment share a title.',
  check(context) {
    const seen = new Map<string, Task>()
    const parents = new Map<object, number>()
    const starts = context.paragraphs.map((p) => p.position.start.offset)
    /** How many lists have begun after a lead-in in each scope. */
    const runs = new Map<string, number>()
    for (const { task, parent } of allTasks(context.notice)) {
      const wide = parent.type === 'chapter' || parent.type === 'notice'
      if (!parents.has(parent)) parents.set(parent, parents.size)
      const scope = wide ? `part ${partOf(context.notice, task.position.start.offset)}` : `parent ${parents.get(parent)}`
      if (task.number?.value === 1) {
        const before = context.paragraphs[countBelow(starts, task.position.start.offset) - 1]
        if (before && opensList(before.text)) runs.set(scope, (runs.get(scope) ?? 0) + 1)
      }
      const key = task.title.replace(IGNORED, '')
      if (key.length < MIN_TITLE_LENGTH) continue
      const scoped = `${scope}#${runs.get(scope) ?? 0}:${key}`
      const first = seen.get(scoped)
      if (!first) {
        seen.set(scoped, task)
        continue
      }
      const at = titleAt(task)
      const paragraph = task.paragraphs[0]
      const place = at && paragraph ? context.place(paragraph, at.index, at.index + task.title.length) : task.position
      const firstAt = titleAt(first)
      const firstParagraph = first.paragraphs[0]
      const where = firstAt && firstParagraph ? context.place(firstParagraph, firstAt.index, firstAt.index).start : first.position.start
      const name = first.number ? `\`${first.number.text}\`` : `\`${first.title}\``
      context.report(`Unexpected repeated task title \`${task.title}\`, expected a title different from task ${name} at ${where.line}:${where.column}`, place, {
        actual: task.title,
      })
    }
  },
}
