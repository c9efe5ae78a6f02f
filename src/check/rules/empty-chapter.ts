/**
 * A chapter or section heading must have something under it: tasks, sections or text. A heading followed at once by
 * the next one is most often a part that was lost. A notice that says it was abridged (`本文有删减`) may leave a
 * heading empty on purpose, and is not reported.
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
 */
import type { Chapter, Section } from '../../tree/schema.js'
import type { Rule, RuleContext } from '../rule.js'
import { allSections } from '../../tree/walk.js'
import { isAbridged } from '../abridged.js'

/** Longest title of a heading that is only a heading: a longer one holds text of its own. */
const MAX_HEADING_LENGTH = 40

/** A sentence end inside a title: the heading line carries text of its own. */
const SENTENCE_END = /[。！？!?]/

/** What may follow a title on its heading line without being content: punctuation and spaces. */
const NOT_CONTENT = /^[\s\u3000。．.：:；;，,、！!？?]*$/

/**
 * Whether a chapter or section has nothing under its heading.
 * @param node a chapter or section
 * @returns true when it holds no task, no section and no text besides the heading
 */
function isEmpty(node: Chapter | Section): boolean {
  if (node.tasks.length || node.sections.length) return false
  if (node.paragraphs.length > 1) return false
  if (node.title.length > MAX_HEADING_LENGTH || SENTENCE_END.test(node.title.replace(/[。．.]$/, ''))) return false
  const heading = node.paragraphs[0]
  if (!heading) return true
  const titleAt = heading.text.indexOf(node.title)
  const rest = titleAt >= 0 ? heading.text.slice(titleAt + node.title.length) : ''
  return NOT_CONTENT.test(rest)
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
    for (const chapter of context.notice.chapters) {
      if (isEmpty(chapter)) report(context, chapter, 'chapter')
      for (const section of allSections(chapter)) if (isEmpty(section)) report(context, section, 'section')
    }
  },
}
