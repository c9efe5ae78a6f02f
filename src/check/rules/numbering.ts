/**
 * Chapter, section and task numbers must count 1, 2, 3 … without gaps, repeats or jumps back, and the task lists of
 * a notice must either all restart under each chapter or all run on from the chapter before.
 *
 * Lists restart in each attachment, and in each further document that a notice issues without an `附件` line: a
 * heading that repeats a name the cover text cites in title marks (`《A》《B》…现印发给你们`), followed by `一、`. The
 * items after a note label (`注：`) that count from 1 are the note's own list. Tasks numbered in the style of their
 * parent's sections count with them (`（一）` a task, `（二）` a section, `（三）` a task), and a count may run on across
 * levels (`1.` a task of chapter 一, `2.`–`8.` sub-tasks under the next chapter's `（一）`, `9.` a task again). Items
 * that count from 1 again after a lead-in (`重点抓好以下九个方面工作。`, a paragraph ending in a colon) are a new list,
 * as in work reports whose part headings a converter dropped, and so are those after a heading without a number
 * (`全面加强政府自身建设`) or after a run of headings with nothing under them (a table of contents); and a first item
 * numbered 2 is no gap when its lead-in holds the 1 (`附件：1.X` on one line, `2.Y` on the next).
 *
 * A notice that says it was abridged (`本文有删减`) may skip numbers: gaps are then not reported, repeats and jumps
 * back still are.
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
 *
 * @example
 *   {"name": "second-document.txt"}
 *
 *   《甲省若干政策》《甲省行动计划（2021—2023年）》已经省政府同意，现印发给你们。
 *
 *   甲省若干政策
 *
 *   一、支持平台建设
 *   对平台给予奖补。
 *   二、支持企业转型
 *   对企业给予奖补。
 *
 *   甲省行动计划（2021-2023年）
 *
 *   一、总体要求
 *   到2023年，建成平台。
 *   二、行动步骤
 *   1.推进外网建设。
 *
 * @example
 *   {"name": "uncited-document.txt", "label": "input"}
 *
 *   《甲省若干政策》已经省政府同意，现印发给你们。
 *
 *   甲省若干政策
 *
 *   一、支持平台建设
 *   对平台给予奖补。
 *   二、支持企业转型
 *   对企业给予奖补。
 *
 *   甲省行动计划（2021-2023年）
 *
 *   一、总体要求
 *   到2023年，建成平台。
 *
 * @example
 *   {"name": "uncited-document.txt", "label": "output"}
 *
 *   12:1-12:3: Unexpected chapter number `一、` after `二、`, expected `三、`
 *
 * @example
 *   {"name": "note.txt"}
 *
 *   一、医疗质量
 *   1.门诊人次数。
 *   2.住院人次数。
 *   二、运营效率
 *   3.人员经费占比。
 *   注：
 *   1.三级公立医院考核应采用全部指标。
 *   2.标记的指标为国家监测指标。
 *
 * @example
 *   {"name": "sections-and-tasks.txt"}
 *
 *   一、总体要求
 *   （一）指导思想。
 *   以新发展理念为指导。
 *   （二）基本原则。
 *   1.问题导向。针对突出问题。
 *   2.开放融合。坚持创新驱动。
 *   （三）工作目标。
 *   2019年底前完成试点。
 *   二、试点任务
 *   （一）建设平台。
 *
 * @example
 *   {"name": "sections-and-tasks-gap.txt", "label": "input"}
 *
 *   一、总体要求
 *   （一）指导思想。
 *   以新发展理念为指导。
 *   （二）基本原则。
 *   1.问题导向。针对突出问题。
 *   2.开放融合。坚持创新驱动。
 *   （四）工作目标。
 *   2019年底前完成试点。
 *
 * @example
 *   {"name": "sections-and-tasks-gap.txt", "label": "output"}
 *
 *   7:1-7:4: Unexpected task number `（四）` after `（二）`, expected `（三）`
 *
 * @example
 *   {"name": "across-levels.txt"}
 *
 *   一、总体目标
 *   1.目标。到2020年，建成人才高地。
 *   二、实施行动计划
 *   （一）产业提升人才行动计划。围绕产业发展，实施如下重点项目：
 *   2.紧缺人才开发项目。每年开发紧缺人才。
 *   3.企业家培养项目。每年培养企业家。
 *   （二）科技创新人才行动计划。围绕创新发展，实施如下重点项目：
 *   4.拓展项目。每年引进人才。
 *   三、创新体制机制
 *   5.健全领导体制。完善工作格局。
 *
 * @example
 *   {"name": "lead-in.txt"}
 *
 *   一年来，我们主要做了以下工作：
 *   （一）着力转方式、调结构，产业转型步伐加快。
 *   （二）着力推项目、扩投资，发展后劲积蓄。
 *   今年重点抓好以下两个方面工作。
 *   （一）坚定不移推进新型工业化。
 *   （二）坚定不移扩大有效投资。
 *
 * @example
 *   {"name": "no-lead-in.txt", "label": "input"}
 *
 *   一年来，我们主要做了以下工作：
 *   （一）着力转方式、调结构，产业转型步伐加快。
 *   （二）着力推项目、扩投资，发展后劲积蓄。
 *   今年要坚定信心。
 *   （一）坚定不移推进新型工业化。
 *   （二）坚定不移扩大有效投资。
 *
 * @example
 *   {"name": "no-lead-in.txt", "label": "output"}
 *
 *   5:1-5:4: Unexpected task number `（一）` after `（二）`, expected `（三）`
 *
 * @example
 *   {"name": "contents.txt"}
 *
 *   目录
 *   一、总体要求
 *   （一）基本原则
 *   （二）建设目标
 *   二、建设内容
 *   附件：名词术语
 *   加快推进智能制造，是实施制造强国战略的重要举措。
 *   一、总体要求
 *   （一）基本原则
 *   坚持需求牵引。
 *   （二）建设目标
 *   到2025年，建成标准体系。
 *   二、建设内容
 *   制定基础标准。
 *
 * @example
 *   {"name": "unnumbered-heading.txt"}
 *
 *   一年来，我们主要做了以下工作：
 *   （一）着力转方式、调结构，产业转型步伐加快。
 *   （二）着力推项目、扩投资，发展后劲积蓄。
 *   全面加强政府自身建设
 *   （一）永葆绝对忠诚的政治品格。坚持学习。
 *   （二）永葆敢为善为的担当精神。坚持实干。
 *
 * @example
 *   {"name": "full-width.txt", "label": "input"}
 *
 *   一、支持产业发展
 *   １．支持产业链延伸合作。完善产业链。
 *   ２．支持军民融合发展。鼓励企业参与。
 *   ４．支持重大产业突破创新。深化合作。
 *
 * @example
 *   {"name": "full-width.txt", "label": "output"}
 *
 *   4:1-4:3: Unexpected task number `４．` after `２．`, expected `３．`
 *
 * @example
 *   {"name": "attachment-list.txt"}
 *
 *   一、申报要求
 *   1.申请人应具有博士学位。
 *   2.申请人应在职在岗。
 *   3.合作方应为加拿大高校。
 *   二、联系方式
 *   联系人：张三。
 *   附件：1. 英文学术简历模板
 *   　　　　2. 英文合作协议书撰写说明
 *   　　　　3. 申请表
 *
 * @example
 *   {"name": "led-restart.txt"}
 *
 *   一、揭榜任务
 *   1.突破关键技术。研制样机。
 *   2.开展示范应用。形成方案。
 *   二、揭榜要求
 *   3.揭榜单位应为企业。具有研发能力。
 *   4.揭榜单位应无不良记录。信用良好。
 *   三、组织实施
 *   5.地方推荐。择优推荐。
 *   四、材料清单
 *   申报单位相关证明材料
 *   1.揭榜单位研发投入证明材料。
 *   2.知识产权证明材料。
 *
 * @example
 *   {"name": "decimal-clauses.txt"}
 *
 *   2.1　指挥部职责
 *   （1）负责组织协调。
 *   （2）完成交办的其他工作。
 *   2.2　成员单位职责
 *   （1）发展改革委负责总量平衡。
 *   （2）财政部负责资金保障。
 *   4.2.2　启动本预案后，各成员单位立即落实各项措施。
 *   （1）指挥部随时掌握市场动态。
 *   （2）成员单位按职责开展工作。
 */
import { append } from '../../util/arrays.js'
import { renumber } from '../../grammar/markers.js'
import type { Chapter, Notice, Numbering, Paragraph, Section, Task } from '../../tree/schema.js'
import type { Located, Rule, RuleContext } from '../rule.js'
import { chapterTasks, partOf } from '../../tree/walk.js'
import { isAbridged } from '../abridged.js'
import { compared } from '../compare.js'
import { opensList } from '../lists.js'
import { countAtMost, countBelow } from '../../util/bisect.js'

/** A numbered item of a list: chapter, section or task. */
type Item = Chapter | Section | Task

/** What the items of a list are called in messages. */
type Kind = 'chapter' | 'section' | 'task' | 'sub-task'

/** A list of sibling items with the same numbering style. */
interface List {
  kind: Kind
  /** The numbering style of its items. */
  style: string
  /** Lists of one series are compared for restarting or running on. */
  series: string
  items: Item[]
  /** The numbers the list may be taken to end with: its last, and one more when the last repeats (a typo). */
  ends: number[]
}

/** Whether an item is a heading and nothing more, down to its last descendant: an entry of a table of contents. */
function headingOnly(item: Item): boolean {
  if (item.paragraphs.length > 1) return false
  const sections: readonly Item[] = item.type === 'task' ? [] : item.sections
  return item.tasks.every(headingOnly) && sections.every(headingOnly)
}

/**
 * Group items into lists by numbering style, in input order.
 * @param items siblings
 * @param kind what they are called
 * @param series the series key without the style
 * @param opensList whether an item opens a list of its own, in a series of its own (a note's list)
 * @returns one list per style, more where a list restarts: also after a run of headings with nothing under them but
 *   the last (a table of contents before the text, whose last entry runs into the preface)
 */
function listsOf(items: readonly Item[], kind: Kind, series: string, opensList: (item: Item) => boolean): List[] {
  const byStyle = new Map<string, Item[]>()
  for (const item of items) {
    // A heading of markup numbers by its position, or by a code it prints (`# 1-1 …`, `## 2.3 …`): a label that may
    // skip on purpose (commitments 1-1 and 2-3 of a plan), no count to check.
    if (!item.number || item.number.style === 'heading') continue
    const list = byStyle.get(item.number.style) ?? []
    list.push(item)
    byStyle.set(item.number.style, list)
  }
  const lists: List[] = []
  for (const [style, list] of byStyle) {
    list.sort((a, b) => a.position.start.offset - b.position.start.offset)
    let from = 0
    let key = `${series}:${style}`
    for (let i = 1; i <= list.length; i++) {
      const item = list[i]
      // Sub-tasks gathered from several headings of markup below a task (`#### 问题` `1. 2.` `#### 措施` `1. 2.`) are
      // lists of their own: a 1 after a run starts the next.
      const restarts = item !== undefined && kind === 'sub-task' && item.number!.value === 1 && list[i - 1]!.number!.value >= 1
      const opens =
        item !== undefined && (opensList(item) || (item.number!.value === 1 && kind !== 'task' && kind !== 'sub-task' && i - from >= 2 && list.slice(from, i - 1).every(headingOnly)))
      if (i < list.length && !restarts && !opens) continue
      lists.push({ kind, style, series: key, items: list.slice(from, i), ends: [] })
      if (opens) key = `${series}:${style}:${item.position.start.offset}`
      from = i
    }
  }
  return lists
}

/** Append to the list of a key; copying the list on every push made long notices quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Where a second document that the notice issues begins without an `附件` line: a paragraph after the first chapter
 * that is nothing but a name cited in title marks before it (`《A》《B》已经省政府同意，现印发给你们` … `B` … `一、`), and
 * is followed by a chapter numbered 1. Its lists count from 1 again.
 * @param notice the notice tree
 * @param paragraphs every paragraph, in input order
 * @returns the offsets where such documents begin, ascending
 */
function documentStarts(notice: Notice, paragraphs: readonly Paragraph[]): number[] {
  const first = notice.chapters[0]?.position.start.offset
  if (first === undefined) return []
  const names = new Set<string>()
  let longest = 0
  for (const p of paragraphs) {
    if (p.position.start.offset >= first) break
    for (const m of p.text.matchAll(/《([^《》]+)》/g)) {
      const name = compared(m[1]!).text
      names.add(name)
      longest = Math.max(longest, m[1]!.length)
    }
  }
  if (!names.size) return []
  const chapterStarts = notice.chapters.map((c) => c.position.start.offset)
  const starts: number[] = []
  for (const p of paragraphs) {
    const at = p.position.start.offset
    // Note: spaces and marks may pad a heading, never double it; longer paragraphs are no name.
    if (at <= first || p.text.length > 2 * longest + 8 || !names.has(compared(p.text).text)) continue
    const next = notice.chapters[countBelow(chapterStarts, at)]
    if (next?.number?.value === 1) starts.push(at)
  }
  return starts
}

/**
 * Whether the paragraph before the first item of a list holds the number before it, as a list's first item run into
 * its lead-in does (`附件：1.X` on one line, `2.Y` on the next).
 * @param paragraph the paragraph before the item
 * @param marker the marker of the number before, as the item's style prints it
 * @returns true when the paragraph has it after a colon
 */
function holdsMarker(paragraph: Paragraph | undefined, marker: string): boolean {
  if (!paragraph) return false
  // Note: only after a colon; a paragraph that begins with the marker is the item before, not a lead-in.
  const text = paragraph.text
  return text.includes(`：${marker}`) || text.includes(`:${marker}`)
}

/**
 * Tasks of a parent numbered in the style of its sections count with them: `（一）` a task, `（二）` a section with
 * tasks of its own, `（三）` a task.
 * @param parent a chapter or section
 * @returns the tasks that count with the sections, and the others
 */
function splitTasks(parent: Chapter | Section): { withSections: Task[]; own: Task[] } {
  const styles = new Set(parent.sections.map((s) => s.number?.style))
  const withSections: Task[] = []
  const own: Task[] = []
  for (const task of parent.tasks) (task.number && styles.has(task.number.style) ? withSections : own).push(task)
  return { withSections, own }
}

/**
 * Every list of numbered items of the notice.
 * @param notice the notice tree
 * @param paragraphs every paragraph, in input order
 * @param before the paragraph before an item
 * @returns chapter lists per part, section lists per parent, task lists per parent
 */
function collectLists(notice: Notice, paragraphs: readonly Paragraph[], before: (item: Item) => Paragraph | undefined): List[] {
  const lists: List[] = []
  const documents = documentStarts(notice, paragraphs)
  const part = (item: { position: { start: { offset: number } } }): string => {
    const at = item.position.start.offset
    return `${partOf(notice, at)}.${countAtMost(documents, at)}`
  }
  // A list opens after a lead-in at 1, or at any number whose lead-in holds the one before (`附件：1.X` / `2.Y`).
  const afterNote = (item: Item): boolean => {
    const paragraph = before(item)
    const value = item.number?.value ?? 0
    if (!paragraph || !item.number) return false
    return value === 1 ? opensList(paragraph.text) : value > 1 && holdsMarker(paragraph, renumber(item.number, value - 1))
  }
  // Note: tasks numbered in their chapter's own style count with the chapters (`（七）` a heading, `（八）` an item with
  // a body that the outline put under it, `（九）` a heading again).
  // So do tasks under no chapter that stand among chapters of their style.
  const withChapters = new Set<Task>()
  const chapterStyles = new Set(notice.chapters.map((c) => c.number?.style))
  for (const chapter of notice.chapters) {
    for (const task of chapter.tasks) if (chapter.number && task.number?.style === chapter.number.style) withChapters.add(task)
  }
  const firstChapter = notice.chapters[0]?.position.start.offset ?? Infinity
  for (const task of notice.tasks) if (task.number && chapterStyles.has(task.number.style) && task.position.start.offset > firstChapter) withChapters.add(task)
  const chaptersByPart = new Map<string, Item[]>()
  for (const chapter of notice.chapters) {
    pushTo(chaptersByPart, part(chapter), chapter)
    for (const task of chapter.tasks) if (withChapters.has(task)) pushTo(chaptersByPart, part(chapter), task)
  }
  for (const task of notice.tasks) if (withChapters.has(task)) pushTo(chaptersByPart, part(task), task)
  for (const [p, chapters] of chaptersByPart) append(lists, listsOf(chapters, 'chapter', `chapter:${p}`, afterNote))
  const sections = (parent: Chapter | Section, depth: number): void => {
    const items: Item[] = [...parent.sections, ...splitTasks(parent).withSections]
    append(lists, listsOf(items, 'section', `section:${depth}:${part(parent)}`, afterNote))
    for (const section of parent.sections) sections(section, depth + 1)
  }
  for (const chapter of notice.chapters) sections(chapter, 1)
  // Note: task lists of one part form one series whatever holds them (chapter, section or the notice), so that
  // tasks running on from a chapter's own list into the sections of the next chapter count as running on.
  const topTasksByPart = new Map<string, Task[]>()
  for (const task of notice.tasks) if (!withChapters.has(task)) pushTo(topTasksByPart, part(task), task)
  for (const [p, tasks] of topTasksByPart) append(lists, listsOf(tasks, 'task', `task:${p}`, afterNote))
  const taskParents = (parent: Chapter | Section): void => {
    const own = splitTasks(parent).own.filter((task) => !withChapters.has(task))
    append(lists, listsOf(own, 'task', `task:${part(parent)}`, afterNote))
    for (const section of parent.sections) taskParents(section)
  }
  for (const chapter of notice.chapters) taskParents(chapter)
  const subTasks = (task: Task, depth: number): void => {
    if (task.tasks.length) append(lists, listsOf(task.tasks, 'sub-task', `sub-task:${depth}:${part(task)}`, afterNote))
    for (const sub of task.tasks) subTasks(sub, depth + 1)
  }
  for (const task of notice.tasks) subTasks(task, 1)
  for (const chapter of notice.chapters) for (const { task } of chapterTasks(chapter)) subTasks(task, 1)
  return lists
}

/**
 * For each list, the list of the same style whose last item comes last before its first: a count that runs on
 * across levels (`1.` a task of chapter 一, `2.`–`8.` sub-tasks of its （一）, `40.` a task of chapter 四) goes on there.
 * @param lists every list
 * @returns the list before each list, where there is one
 */
function previousOfStyle(lists: readonly List[]): Map<List, List> {
  const first = (list: List): number => list.items[0]?.position.start.offset ?? 0
  const last = (list: List): number => list.items.at(-1)?.position.start.offset ?? 0
  const byStyle = new Map<string, List[]>()
  for (const list of lists) pushTo(byStyle, list.style, list)
  const previous = new Map<List, List>()
  for (const group of byStyle.values()) {
    group.sort((a, b) => last(a) - last(b))
    const lasts = group.map(last)
    for (const list of group) {
      const before = group[countBelow(lasts, first(list)) - 1]
      if (before) previous.set(list, before)
    }
  }
  return previous
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

/** What an item is called: tasks that count with the sections of their parent are still tasks. */
const kindOf = (list: List, item: Item): Kind => (item.type === 'task' && (list.kind === 'section' || list.kind === 'chapter') ? 'task' : list.kind)

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
        reportAt(context, item, `Unexpected ${kindOf(list, item)} number \`${number.text}\`, expected \`${want}\``, want)
        previous = item
        expected++
        continue
      } else if (value === expected - 1) {
        reportAt(context, item, `Unexpected repeated ${kindOf(list, item)} number \`${number.text}\`, expected \`${want}\``, want)
        list.ends = [value, expected]
        continue
      } else if (value > expected) {
        if (!abridged) reportAt(context, item, `Unexpected ${kindOf(list, item)} number \`${number.text}\` after \`${before}\`, expected \`${want}\``, want)
      } else {
        reportAt(context, item, `Unexpected ${kindOf(list, item)} number \`${number.text}\` after \`${before}\`, expected \`${want}\``, want)
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
 * @param previous the list of the same style before each list, of any series
 * @param before the paragraph before an item
 */
function checkSeries(
  context: RuleContext,
  lists: readonly List[],
  abridged: boolean,
  previous: ReadonlyMap<List, List>,
  before: (item: Item) => Paragraph | undefined,
): void {
  // Note: a list may also run on from a list of another level numbered in its style.
  const runsOnAcross = (list: List, first: number): boolean => previous.get(list)?.ends.includes(first - 1) ?? false
  const modes = lists.slice(1).map((list, i) => {
    const first = list.items[0]?.number?.value ?? 0
    if (first === 1) return 'restart'
    return (lists[i]?.ends ?? []).includes(first - 1) || runsOnAcross(list, first) ? 'run-on' : 'other'
  })
  const restarts = modes.filter((m) => m === 'restart').length
  const runOns = modes.filter((m) => m === 'run-on').length
  const firstMode = modes.find((m) => m !== 'other')
  const mode = restarts > runOns ? 'restart' : runOns > restarts ? 'run-on' : firstMode
  lists.forEach((list, i) => {
    const item = list.items[0]
    if (!item?.number) return
    const number = item.number
    const value = number.value
    if (i === 0) {
      const runsOn = (): boolean => runsOnAcross(list, value) || (value > 1 && holdsMarker(before(item), renumber(number, value - 1)))
      if (value !== 1 && !(abridged && value > 1) && !runsOn()) {
        const want = renumber(item.number, 1)
        reportAt(context, item, `Unexpected first ${kindOf(list, item)} number \`${item.number.text}\`, expected \`${want}\``, want)
      }
      return
    }
    const last = (lists[i - 1]?.ends ?? []).reduce((high, end) => Math.max(high, end), 0)
    const runOn = renumber(item.number, last + 1)
    const restart = renumber(item.number, 1)
    // A list opened by its lead-in (`申报单位相关证明材料` then `1.`; `附件：1.X` then `2.Y`) is neither a restart nor a gap.
    const led = (): boolean => {
      const paragraph = before(item)
      if (!paragraph) return false
      return value === 1 ? opensList(paragraph.text) : holdsMarker(paragraph, renumber(number, value - 1))
    }
    if (modes[i - 1] === 'restart' && mode === 'run-on' && !led()) {
      reportAt(context, item, `Unexpected ${kindOf(list, item)} number \`${item.number.text}\` restarting the count, expected \`${runOn}\` running on as in ${runOns} other list${runOns === 1 ? '' : 's'}`, runOn)
    } else if (modes[i - 1] === 'run-on' && mode === 'restart' && !led()) {
      reportAt(context, item, `Unexpected ${kindOf(list, item)} number \`${item.number.text}\` running on, expected \`${restart}\` restarting as in ${restarts} other list${restarts === 1 ? '' : 's'}`, restart)
    } else if (modes[i - 1] === 'other' && !(abridged && value > last + 1) && !led()) {
      const want = mode === 'restart' ? restart : runOn
      reportAt(context, item, `Unexpected ${kindOf(list, item)} number \`${item.number.text}\` after \`${renumber(item.number, last)}\`, expected \`${want}\``, want)
    }
  })
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'numbering',
  description: 'Chapter, section and task numbers count up by one, and task lists all restart or all run on.',
  check(context) {
    const abridged = isAbridged(context.paragraphs)
    const starts = context.paragraphs.map((p) => p.position.start.offset)
    const before = (item: Item): Paragraph | undefined => context.paragraphs[countBelow(starts, item.position.start.offset) - 1]
    const lists = collectLists(context.notice, context.paragraphs, before)
    const series = new Map<string, List[]>()
    for (const list of lists) {
      checkList(context, list, abridged)
      pushTo(series, list.series, list)
    }
    const previous = previousOfStyle(lists)
    for (const group of series.values()) {
      checkSeries(context, group.sort((a, b) => (a.items[0]?.position.start.offset ?? 0) - (b.items[0]?.position.start.offset ?? 0)), abridged, previous, before)
    }
  },
}
