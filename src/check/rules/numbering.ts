/**
 * Chapter, section and task numbers must count 1, 2, 3 … without gaps, repeats or jumps back, and the task lists of
 * a notice must either all restart under each chapter or all run on from the chapter before.
 *
 * Lists restart in each attachment. A notice that says it was abridged (`本文有删减`) may skip numbers: gaps are
 * then not reported, repeats and jumps back still are.
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   一、创新驱动
 *   1.加强实验室建设。
 *   2.加强平台建设。
 *   二、扩大内需
 *   3.激发消费活力。
 *
 * @example
 *   {"name": "gap.txt", "label": "input"}
 *
 *   一、创新驱动
 *   1.加强实验室建设。
 *   3.加强平台建设。
 *   4.培育企业。
 *   三、扩大内需
 *   5.激发消费活力。
 *
 * @example
 *   {"name": "gap.txt", "label": "output"}
 *
 *   3:1-3:3: Unexpected task number `3.` after `1.`, expected `2.`
 *   5:1-5:3: Unexpected chapter number `三、` after `一、`, expected `二、`
 *
 * @example
 *   {"name": "repeat.txt", "label": "input"}
 *
 *   一、创新驱动
 *   1.加强实验室建设。
 *   2.加强平台建设。
 *   2.培育企业。
 *   3.优化生态。
 *   5.推动转化。
 *   4.优化人才环境。
 *
 * @example
 *   {"name": "repeat.txt", "label": "output"}
 *
 *   4:1-4:3: Unexpected repeated task number `2.`, expected `3.`
 *   6:1-6:3: Unexpected task number `5.` after `3.`, expected `4.`
 *   7:1-7:3: Unexpected task number `4.` after `5.`, expected `6.`
 *
 * @example
 *   {"name": "mixed.txt", "label": "input"}
 *
 *   一、创新驱动
 *   1.加强实验室建设。
 *   2.加强平台建设。
 *   二、扩大内需
 *   3.激发消费活力。
 *   三、绿色发展
 *   4.节能降碳。
 *   四、区域协调
 *   1.强中心区。
 *
 * @example
 *   {"name": "mixed.txt", "label": "output"}
 *
 *   9:1-9:3: Unexpected task number `1.` restarting the count, expected `5.` running on as in 2 other lists
 */
import { append } from '../../util/arrays.js'
import { renumber } from '../../grammar/markers.js'
import type { Chapter, Notice, Numbering, Section, Task } from '../../tree/schema.js'
import type { Located, Rule, RuleContext } from '../rule.js'
import { chapterTasks, partOf } from '../../tree/walk.js'
import { isAbridged } from '../abridged.js'

/** A numbered item of a list: chapter, section or task. */
type Item = Chapter | Section | Task

/** What the items of a list are called in messages. */
type Kind = 'chapter' | 'section' | 'task' | 'sub-task'

/** A list of sibling items with the same numbering style. */
interface List {
  kind: Kind
  /** Lists of one series are compared for restarting or running on. */
  series: string
  items: Item[]
  /** The numbers the list may be taken to end with: its last, and one more when the last repeats (a typo). */
  ends: number[]
}

/**
 * Group items into lists by numbering style, in input order.
 * @param items siblings
 * @param kind what they are called
 * @param series the series key without the style
 * @returns one list per style
 */
function listsOf(items: readonly Item[], kind: Kind, series: string): List[] {
  const byStyle = new Map<string, Item[]>()
  for (const item of items) {
    if (!item.number) continue
    const list = byStyle.get(item.number.style) ?? []
    list.push(item)
    byStyle.set(item.number.style, list)
  }
  const lists: List[] = []
  for (const [style, list] of byStyle) {
    list.sort((a, b) => a.position.start.offset - b.position.start.offset)
    // Sub-tasks gathered from several headings of markup below a task (`#### 问题` `1. 2.` `#### 措施` `1. 2.`) are
    // lists of their own: a 1 after a run starts the next.
    let from = 0
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && !(kind === 'sub-task' && list[i]!.number!.value === 1 && list[i - 1]!.number!.value >= 1)) continue
      lists.push({ kind, series: `${series}:${style}`, items: list.slice(from, i), ends: [] })
      from = i
    }
  }
  return lists
}

/**
 * Every list of numbered items of the notice.
 * @param notice the notice tree
 * @returns chapter lists per part, section lists per parent, task lists per parent
 */
/** Append to the list of a key; copying the list on every push made long notices quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function collectLists(notice: Notice): List[] {
  const lists: List[] = []
  const part = (item: { position: { start: { offset: number } } }): number => partOf(notice, item.position.start.offset)
  const chaptersByPart = new Map<number, Chapter[]>()
  for (const chapter of notice.chapters) {
    const p = part(chapter)
    pushTo(chaptersByPart, p, chapter)
  }
  for (const [p, chapters] of chaptersByPart) append(lists, listsOf(chapters, 'chapter', `chapter:${p}`))
  const sections = (parent: Chapter | Section, depth: number): void => {
    append(lists, listsOf(parent.sections, 'section', `section:${depth}:${part(parent)}`))
    for (const section of parent.sections) sections(section, depth + 1)
  }
  for (const chapter of notice.chapters) sections(chapter, 1)
  // Note: task lists of one part form one series whatever holds them (chapter, section or the notice), so that
  // tasks running on from a chapter's own list into the sections of the next chapter count as running on.
  const topTasksByPart = new Map<number, Task[]>()
  for (const task of notice.tasks) {
    const p = part(task)
    pushTo(topTasksByPart, p, task)
  }
  for (const [p, tasks] of topTasksByPart) append(lists, listsOf(tasks, 'task', `task:${p}`))
  const taskParents = (parent: Chapter | Section): void => {
    append(lists, listsOf(parent.tasks, 'task', `task:${part(parent)}`))
    for (const section of parent.sections) taskParents(section)
  }
  for (const chapter of notice.chapters) taskParents(chapter)
  const subTasks = (task: Task, depth: number): void => {
    if (task.tasks.length) append(lists, listsOf(task.tasks, 'sub-task', `sub-task:${depth}:${part(task)}`))
    for (const sub of task.tasks) subTasks(sub, depth + 1)
  }
  for (const task of notice.tasks) subTasks(task, 1)
  for (const chapter of notice.chapters) for (const { task } of chapterTasks(chapter)) subTasks(task, 1)
  return lists
}

/**
 * Report a finding at the number of an item.
 * @param context the rule context
 * @param item the item whose number is wrong
 * @param reason the message
 * @param expected the right marker
 */
function reportAt(context: RuleContext, item: Item, reason: string, expected: string): void {
  const numbering = item.number as Numbering
  const first: Located | undefined = item.paragraphs[0]
  const at = first ? first.text.indexOf(numbering.text) : -1
  const place = first && at >= 0 ? context.place(first, at, at + numbering.text.length) : { start: item.position.start, end: item.position.start }
  context.report(reason, place, { actual: numbering.text, expected: [expected] })
}

/**
 * Check the numbers inside one list: each one more than the one before.
 * @param context the rule context
 * @param list the list
 * @param abridged whether gaps are expected
 */
function checkList(context: RuleContext, list: List, abridged: boolean): void {
  let previous: Item | undefined
  let expected = list.items[0]?.number?.value ?? 1
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i] as Item
    const number = item.number as Numbering
    const value = number.value
    if (previous) {
      const before = (previous.number as Numbering).text
      const next = list.items[i + 1]?.number?.value
      const want = renumber(number, expected)
      if (value === expected) {
        // in order
      } else if (next === expected + 1) {
        // Note: the next number continues the count, so this one alone is wrong (a typo), not a gap or a jump.
        reportAt(context, item, `Unexpected ${list.kind} number \`${number.text}\`, expected \`${want}\``, want)
        previous = item
        expected++
        continue
      } else if (value === expected - 1) {
        reportAt(context, item, `Unexpected repeated ${list.kind} number \`${number.text}\`, expected \`${want}\``, want)
        list.ends = [value, expected]
        continue
      } else if (value > expected) {
        if (!abridged) reportAt(context, item, `Unexpected ${list.kind} number \`${number.text}\` after \`${before}\`, expected \`${want}\``, want)
      } else {
        reportAt(context, item, `Unexpected ${list.kind} number \`${number.text}\` after \`${before}\`, expected \`${want}\``, want)
      }
    }
    previous = item
    expected = value + 1
    list.ends = [value]
  }
}

/**
 * Check how the lists of one series start: at 1 (restarting) or one after the last list (running on).
 * @param context the rule context
 * @param lists the lists of a series, in input order
 * @param abridged whether gaps are expected
 */
function checkSeries(context: RuleContext, lists: readonly List[], abridged: boolean): void {
  const modes = lists.slice(1).map((list, i) => {
    const first = list.items[0]?.number?.value ?? 0
    return first === 1 ? 'restart' : (lists[i]?.ends ?? []).includes(first - 1) ? 'run-on' : 'other'
  })
  const restarts = modes.filter((m) => m === 'restart').length
  const runOns = modes.filter((m) => m === 'run-on').length
  const firstMode = modes.find((m) => m !== 'other')
  const mode = restarts > runOns ? 'restart' : runOns > restarts ? 'run-on' : firstMode
  lists.forEach((list, i) => {
    const item = list.items[0]
    if (!item?.number) return
    const value = item.number.value
    if (i === 0) {
      if (value !== 1 && !(abridged && value > 1)) {
        const want = renumber(item.number, 1)
        reportAt(context, item, `Unexpected first ${list.kind} number \`${item.number.text}\`, expected \`${want}\``, want)
      }
      return
    }
    const last = (lists[i - 1]?.ends ?? []).reduce((high, end) => Math.max(high, end), 0)
    const runOn = renumber(item.number, last + 1)
    const restart = renumber(item.number, 1)
    if (modes[i - 1] === 'restart' && mode === 'run-on') {
      reportAt(context, item, `Unexpected ${list.kind} number \`${item.number.text}\` restarting the count, expected \`${runOn}\` running on as in ${runOns} other lists`, runOn)
    } else if (modes[i - 1] === 'run-on' && mode === 'restart') {
      reportAt(context, item, `Unexpected ${list.kind} number \`${item.number.text}\` running on, expected \`${restart}\` restarting as in ${restarts} other lists`, restart)
    } else if (modes[i - 1] === 'other' && !(abridged && value > last + 1)) {
      const want = mode === 'restart' ? restart : runOn
      reportAt(context, item, `Unexpected ${list.kind} number \`${item.number.text}\` after \`${renumber(item.number, last)}\`, expected \`${want}\``, want)
    }
  })
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'numbering',
  description: 'Chapter, section and task numbers count up by one, and task lists all restart or all run on.',
  check(context) {
    const abridged = isAbridged(context.paragraphs)
    const lists = collectLists(context.notice)
    const series = new Map<string, List[]>()
    for (const list of lists) {
      checkList(context, list, abridged)
      pushTo(series, list.series, list)
    }
    for (const group of series.values()) {
      checkSeries(context, group.sort((a, b) => (a.items[0]?.position.start.offset ?? 0) - (b.items[0]?.position.start.offset ?? 0)), abridged)
    }
  },
}
