/**
 * In a notice that names who leads its tasks, every task of a chapter whose other tasks name a lead unit must name
 * one too: `（牵头单位：…）` was most likely lost. A chapter where most tasks name none (组织实施, 保障措施) is a
 * part without assignments and is not reported, and a task whose sub-tasks name leads has its leads.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   一、重点任务
 *   1.加强实验室建设。（牵头单位：市科技局）
 *   2.加强平台建设。（牵头单位：市科技局）
 *   二、保障措施
 *   3.加强组织领导。
 *   4.强化督导检查。
 *
 * @example
 *   {"name": "bracket-of-names.txt"}
 *
 *   一、基础建设工程
 *   1.超算中心扩容。提高核心设备利用率。（装备信息中心、各区、市教体局）
 *   2.教学平台升级。完善教学服务平台。（装备信息中心、各区市）
 *   3.实验室建设。打造综合实验室。（市教育局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   一、重点任务
 *   1.加强实验室建设。（牵头单位：市科技局）
 *   2.加强平台建设。布局建设市级创新平台。
 *   3.培育创新企业。（牵头单位：市科技局）
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   3:1-3:9: Unexpected task `2.加强平台建设` without a lead unit, expected a 牵头单位 as 2 other tasks of its chapter have
 */
import type { Task } from '../../tree/schema.js'
import type { Rule, RuleContext } from '../rule.js'
import { chapterTasks, hasLead, partOf } from '../../tree/walk.js'

/** Least share of a group's tasks that must name a lead for the others to be expected to. */
const MIN_ASSIGNED_SHARE = 0.5
/** Least number of other tasks that must name a lead: one alone sets no pattern. */
const MIN_ASSIGNED = 2

/** Report the tasks of a group without a lead, when most of the group has one; then look into sub-tasks. */
function checkGroup(context: RuleContext, tasks: readonly Task[], where: string): void {
  const assigned = tasks.filter(hasLead).length
  const expected = assigned >= MIN_ASSIGNED && assigned >= MIN_ASSIGNED_SHARE * tasks.length
  for (const task of tasks) {
    if (!hasLead(task)) {
      if (expected) report(context, task, assigned, where)
    } else if (task.lead.length === 0 && task.tasks.length) {
      // Note: a task whose leads come from its sub-tasks expects each sub-task to name one.
      checkGroup(context, task.tasks, 'its task')
    }
  }
}

/** Report a task without a lead at its number and title. */
function report(context: RuleContext, task: Task, assigned: number, where: string): void {
  const first = task.paragraphs[0]
  const label = `${task.number?.text ?? ''}${task.title}`
  const at = first ? first.text.indexOf(label) : -1
  const place = first && at >= 0 ? context.place(first, at, at + label.length) : task.position
  context.report(
    `Unexpected task \`${label}\` without a lead unit, expected a 牵头单位 as ${assigned} other tasks of ${where} have`,
    place,
    { actual: label },
  )
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'missing-lead-unit',
  description: 'Where the other tasks of a chapter name a lead unit, each task names one.',
  check(context) {
    const { notice } = context
    for (const chapter of notice.chapters) checkGroup(context, chapterTasks(chapter).map((e) => e.task), 'its chapter')
    const byPart = new Map<number, Task[]>()
    for (const task of notice.tasks) {
      const part = partOf(notice, task.position.start.offset)
      const list = byPart.get(part)
      if (list) list.push(task)
      else byPart.set(part, [task])
    }
    for (const tasks of byPart.values()) checkGroup(context, tasks, 'the notice')
  },
}
