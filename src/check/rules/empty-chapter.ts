/**
 * A chapter or section heading must have something under it: tasks, sections or text. A heading followed at once by
 * the next one is most often a part that was lost. A notice that says it was abridged (`本文有删减`) may leave a
 * heading empty on purpose, and is not reported.
 *
 * Numbered lines that are no headings are not reported: an article (`第十六条　本办法由省工业和信息化厅负责解释。`),
 * a line that reads as a sentence (a comma inside, a full stop at the end) or ends like a list member (`；`), and
 * lines of a list whose members are all empty or that stands under an `附件：` or `注：` label (a list of attachments,
 * of papers to hand in, of notes).
 *
 * @example
 *   {"name": "ok.txt"}
 *
 *   一、总体要求
 *   坚持创新驱动。
 *   二、重点任务
 *   1.加强实验室建设。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "input"}
 *
 *   一、总体要求
 *   二、重点任务
 *   1.加强实验室建设。
 *
 * @example
 *   {"name": "not-ok.txt", "label": "output"}
 *
 *   1:1-1:7: Unexpected empty chapter `一、总体要求`, expected tasks or text under it
 *
 * @example
 *   {"name": "articles.txt"}
 *
 *   第一条　为促进发展，制定本办法。
 *   第二条　本办法所称场景，是指企业的生产环节。
 *   　第二章　认定条件　
 *   　　第三条　申报企业应具备下列条件：
 *   　　（一）在省内注册；
 *   　　（二）具有良好的基础。
 *   　第三章　附　则　
 *   　第四条　本办法涉及的场景由省厅认定。
 *   　　第五条　本办法自2022年4月30日起执行，有效期至2025年12月31日。
 *   　　第六条　本办法由省工业和信息化厅负责解释。
 *
 * @example
 *   {"name": "list-members.txt"}
 *
 *   一、总体要求
 *   做好测试工作。
 *   附件2
 *   测试主体申请材料
 *   （一）道路测试申请书；
 *   （二）安全性自我声明；
 *   （三）测试车辆的自动驾驶功能说明，包括
 *   驾驶人状态等；
 *   （四）机动车安全技术检验合格证明；
 *
 * @example
 *   {"name": "attachment-list.txt"}
 *
 *   一、总体要求
 *   做好改造工作。
 *   二、工作要求
 *   按月报送进展。
 *   附件：
 *   1.项目月度建设进展情况表
 *   2.项目基本情况摸底表
 *   3.项目基本情况说明提纲
 *
 * @example
 *   {"name": "attachment-label.txt"}
 *
 *   1.转变观念，压实责任。各地要落实主体责任。
 *   2.加强调度考评，建立项目建设台账。
 *   附件：
 *   1.项目月度建设进展情况表
 *   2.项目基本情况摸底表
 *   3.省级管理机构工作通讯录
 *   （国家粮食局办公室代章）
 *   2018年5月2日
 *
 * @example
 *   {"name": "notes.txt"}
 *
 *   1.转变观念，压实责任。各地要落实主体责任。
 *   2.加强调度考评，建立项目建设台账。
 *   *注：
 *   1、标注*的项目为选测项目。
 *   2、企业声明车辆具有标注*项目的功能。
 */
import type { Chapter, Section } from '../../tree/schema.js'
import type { Rule, RuleContext } from '../rule.js'
import { allSections } from '../../tree/walk.js'
import { isAbridged } from '../abridged.js'
import { append } from '../../util/arrays.js'
import { countBelow } from '../../util/bisect.js'
import { ATTACHMENT_LABELS, NOTE_LABELS } from '../../lexicon/check.js'

/** Longest title of a heading that is only a heading: a longer one holds text of its own. */
const MAX_HEADING_LENGTH = 40

/** A sentence end inside a title: the heading line carries text of its own. */
const SENTENCE_END = /[。！？!?]/

/** What may follow a title on its heading line without being content: punctuation and spaces. */
const NOT_CONTENT = /^[\s\u3000。．.：:；;，,、！!？?]*$/

/** A heading line that reads as a sentence: a comma inside and a full stop at its end. */
const SENTENCE = /[，,].*[。.]$/

/** A line that ends like a member of a list, not a heading: `（一）道路测试申请书；`. */
const LIST_MEMBER_END = /[；;]$/

/**
 * Whether a chapter or section has nothing under its heading.
 * @param node a chapter or section
 * @returns true when it holds no task, no section and no text besides the heading
 */
function isEmpty(node: Chapter | Section): boolean {
  if (node.tasks.length || node.sections.length) return false
  // Note: an article is a provision, its text on its own line; it heads nothing.
  if (node.number?.style === 'article') return false
  if (node.paragraphs.length > 1) return false
  if (node.title.length > MAX_HEADING_LENGTH || SENTENCE_END.test(node.title.replace(/[。．.]$/, ''))) return false
  const heading = node.paragraphs[0]
  if (!heading) return true
  const titleAt = heading.text.indexOf(node.title)
  const rest = titleAt >= 0 ? heading.text.slice(titleAt + node.title.length) : ''
  const line = heading.text.trim()
  return NOT_CONTENT.test(rest) && !SENTENCE.test(line) && !LIST_MEMBER_END.test(line)
}

/**
 * The empty headings of a list of siblings, unless all of the list's members of one style are, or the list stands
 * under an `附件：` label: a list of names (attachments, papers to hand in) rather than headings that lost their parts.
 * @param siblings chapters or sections with one parent
 * @param labelled whether an item numbered 1 follows an `附件：` label
 * @returns the ones to report
 */
function emptyOf<T extends Chapter | Section>(siblings: readonly T[], labelled: (node: T) => boolean): T[] {
  const byStyle = new Map<string, T[]>()
  for (const node of siblings) {
    const style = node.number?.style ?? ''
    const group = byStyle.get(style)
    if (group) group.push(node)
    else byStyle.set(style, [node])
  }
  const out: T[] = []
  for (const group of byStyle.values()) {
    group.sort((a, b) => a.position.start.offset - b.position.start.offset)
    const named = new Set<T>()
    let listed = false
    let previous = 0
    for (const node of group) {
      const value = node.number?.value ?? 0
      listed = value === 1 ? labelled(node) : listed && value === previous + 1
      previous = value
      if (listed) named.add(node)
    }
    const empty = group.filter((node) => isEmpty(node) && !named.has(node))
    if (empty.length < group.length || group.length === 1) append(out, empty)
  }
  return out.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

/** Report an empty chapter or section at its heading. */
function report(context: RuleContext, node: Chapter | Section, kind: string): void {
  const heading = node.paragraphs[0]
  const place = heading ? heading.position : node.position
  const text = heading?.text ?? node.title
  context.report(`Unexpected empty ${kind} \`${text}\`, expected tasks or text under it`, place, { actual: text })
}

/** The rule, documented above. */
export const rule: Rule = {
  id: 'empty-chapter',
  description: 'Chapter and section headings have tasks or text under them.',
  check(context) {
    if (isAbridged(context.paragraphs)) return
    const starts = context.paragraphs.map((p) => p.position.start.offset)
    const labelled = (node: Chapter | Section): boolean => {
      const before = context.paragraphs[countBelow(starts, node.position.start.offset) - 1]
      const label = before?.text.trim().replace(/^[*＊※]/, '').replace(/[：:]$/, '')
      return label !== undefined && (ATTACHMENT_LABELS.includes(label) || NOTE_LABELS.includes(label))
    }
    const sectionLists = (parent: Chapter | Section): Section[][] => [parent.sections, ...parent.sections.flatMap(sectionLists)]
    const empty = new Set<Chapter | Section>(emptyOf(context.notice.chapters, labelled))
    for (const chapter of context.notice.chapters) for (const list of sectionLists(chapter)) for (const s of emptyOf(list, labelled)) empty.add(s)
    for (const chapter of context.notice.chapters) {
      if (empty.has(chapter)) report(context, chapter, 'chapter')
      for (const section of allSections(chapter)) if (empty.has(section)) report(context, section, 'section')
    }
  },
}
