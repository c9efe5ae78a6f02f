/**
 * Walks of the notice tree, one for each question its readers ask (check, export, diff): every task with where it
 * stands, in input order or in ledger order; every target with the task or heading it stands in; every section and
 * paragraph. Pure functions of the tree.
 *
 * Note: no walk recurses per level of the input: chapters and sections nest a few levels at most, and tasks nest
 * as their markers do (at most the few marker styles of an outline).
 */
import { countAtMost } from '../util/bisect.js'
import type { Chapter, Notice, Paragraph, Section, Target, Task } from './schema.js'

/** A container of tasks: the notice itself, a chapter, a section or a task (for its sub-tasks). */
export type Container = Notice | Chapter | Section | Task

/** A task with where it stands. */
export interface TaskEntry {
  task: Task
  /** What holds it directly. */
  parent: Container
  /** The chapter it is in, if any. */
  chapter: Chapter | null
}

/** A task of the ledger: the task with where it stands and its running number. */
export interface LedgerTask {
  /** Running number in the ledger, from 1. */
  index: number
  /** The task's number as printed, after those of its parents (`3.（1）`). */
  number: string
  /** The chapter and section headings it stands under, joined by ` / `. */
  chapter: string
  task: Task
  /** Index of the parent task, for sub-tasks. */
  parent: number | null
}

/** A target with the ledger task (or the heading) it stands in. */
export interface PlacedTarget {
  target: Target
  task: LedgerTask | null
  /** The chapter and section headings it stands under, joined by ` / `. */
  chapter: string
}

const byStart = <T extends { position: { start: { offset: number } } }>(a: T, b: T): number => a.position.start.offset - b.position.start.offset

/** A heading as printed: its number and title. */
export const headingText = (item: Chapter | Section): string => `${item.number?.text ?? ''}${item.title}`

const numberOf = (task: Task): string => (task.number ? task.number.text || String(task.number.value) : '')

/**
 * Tasks of a section and its nested sections, in input order.
 * @param section a section
 */
function sectionTasks(section: Section): Array<{ task: Task; parent: Container }> {
  const out: Array<{ task: Task; parent: Container }> = section.tasks.map((task) => ({ task, parent: section }))
  for (const inner of section.sections) for (const e of sectionTasks(inner)) out.push(e)
  return out.sort((a, b) => byStart(a.task, b.task))
}

/**
 * The tasks that stand directly under a chapter, through its sections, in input order.
 * @param chapter a chapter
 * @returns its top-level tasks with their direct parents
 */
export function chapterTasks(chapter: Chapter): TaskEntry[] {
  const out: TaskEntry[] = chapter.tasks.map((task) => ({ task, parent: chapter, chapter }))
  for (const section of chapter.sections) for (const e of sectionTasks(section)) out.push({ ...e, chapter })
  return out.sort((a, b) => byStart(a.task, b.task))
}

/**
 * Every task of the notice at every depth, in input order.
 * @param notice the notice tree
 * @returns tasks with their parents and chapters
 */
export function allTasks(notice: Notice): TaskEntry[] {
  const out: TaskEntry[] = []
  // Note: a stack, not recursion: sub-tasks are visited after their parent, in order.
  const stack: TaskEntry[] = []
  const visit = (entries: readonly TaskEntry[]): void => {
    for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]!)
    while (stack.length > 0) {
      const entry = stack.pop()!
      out.push(entry)
      const { task } = entry
      for (let i = task.tasks.length - 1; i >= 0; i--) stack.push({ task: task.tasks[i]!, parent: task, chapter: entry.chapter })
    }
  }
  visit(notice.tasks.map((task) => ({ task, parent: notice, chapter: null })))
  for (const chapter of notice.chapters) visit(chapterTasks(chapter))
  return out.sort((a, b) => byStart(a.task, b.task))
}

/**
 * The tasks of a notice in ledger order: each after its parent, chapters in order, with running numbers.
 * @param notice a parsed notice
 * @returns the ledger tasks, numbered from 1
 */
export function ledgerTasks(notice: Notice): LedgerTask[] {
  const out: LedgerTask[] = []
  const add = (tasks: readonly Task[], chapter: string, prefix: string, parent: number | null): void => {
    for (const task of tasks) {
      const entry: LedgerTask = { index: out.length + 1, number: prefix + numberOf(task), chapter, task, parent }
      out.push(entry)
      add(task.tasks, chapter, entry.number, entry.index)
    }
  }
  const sections = (list: readonly Section[], path: string): void => {
    for (const section of list) {
      const here = `${path} / ${headingText(section)}`
      add(section.tasks, here, '', null)
      sections(section.sections, here)
    }
  }
  // Note: notice-level tasks precede chapters only when the notice has no chapters; otherwise they come from
  // attachments and follow them, as printed.
  if (notice.chapters.length === 0) add(notice.tasks, '', '', null)
  for (const chapter of notice.chapters) {
    add(chapter.tasks, headingText(chapter), '', null)
    sections(chapter.sections, headingText(chapter))
  }
  if (notice.chapters.length > 0) add(notice.tasks, '', '', null)
  return out
}

/**
 * Every section of a chapter at every depth.
 * @param chapter a chapter
 * @returns its sections, outer before inner
 */
export function allSections(chapter: Chapter): Section[] {
  const out: Section[] = []
  const visit = (section: Section): void => {
    out.push(section)
    section.sections.forEach(visit)
  }
  chapter.sections.forEach(visit)
  return out
}

/**
 * Targets that belong to no task: those of the preamble, of chapters and of sections, in document order, with the
 * headings they stand under.
 * @param notice a parsed notice
 */
function placedHeadingTargets(notice: Notice): PlacedTarget[] {
  const out: PlacedTarget[] = notice.targets.map((target) => ({ target, task: null, chapter: '' }))
  const sections = (list: readonly Section[], path: string): void => {
    for (const section of list) {
      const here = `${path} / ${headingText(section)}`
      for (const target of section.targets) out.push({ target, task: null, chapter: here })
      sections(section.sections, here)
    }
  }
  for (const chapter of notice.chapters) {
    for (const target of chapter.targets) out.push({ target, task: null, chapter: headingText(chapter) })
    sections(chapter.sections, headingText(chapter))
  }
  return out
}

/**
 * Targets that belong to no task: those of the preamble, of chapters and of sections, in document order.
 * @param notice a parsed notice
 * @returns its targets outside tasks
 */
export function headingTargets(notice: Notice): Target[] {
  return placedHeadingTargets(notice).map((p) => p.target)
}

/**
 * Every target with the task or heading it stands in, in input order.
 * @param notice a parsed notice
 * @param tasks its ledger tasks, when the caller has them
 */
export function placedTargets(notice: Notice, tasks: readonly LedgerTask[] = ledgerTasks(notice)): PlacedTarget[] {
  const out = placedHeadingTargets(notice)
  for (const task of tasks) for (const target of task.task.targets) out.push({ target, task, chapter: task.chapter })
  return out.sort((a, b) => byStart(a.target, b.target))
}

/**
 * Every target of the notice, wherever it stands (preamble, chapter, section, task), in input order.
 * @param notice the notice tree
 * @returns the targets
 */
export function allTargets(notice: Notice): Target[] {
  return placedTargets(notice).map((p) => p.target)
}

/**
 * Every paragraph of the notice that belongs to it (not the navigation of a web page), in input order.
 * @param notice the notice tree
 * @returns the paragraphs, each once
 */
export function allParagraphs(notice: Notice): Paragraph[] {
  const out: Paragraph[] = [...notice.header, ...notice.preamble]
  const add = (list: readonly Paragraph[]): void => {
    for (const p of list) out.push(p)
  }
  const task = (t: Task): void => {
    add(t.paragraphs)
    t.tasks.forEach(task)
  }
  const section = (s: Section): void => {
    add(s.paragraphs)
    s.sections.forEach(section)
    s.tasks.forEach(task)
  }
  for (const chapter of notice.chapters) {
    add(chapter.paragraphs)
    chapter.sections.forEach(section)
    chapter.tasks.forEach(task)
  }
  notice.tasks.forEach(task)
  for (const attachment of notice.attachments) add(attachment.paragraphs)
  const seen = new Set<string>()
  return out
    .filter((p) => {
      const key = `${p.position.start.offset}:${p.position.end.offset}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort(byStart)
}

/**
 * Which part of the notice an offset is in: 0 for the main text, n for the text after the n-th attachment heading.
 * @param notice the notice tree
 * @param offset an input offset
 * @returns the part number; numbering restarts in each part
 */
export function partOf(notice: Notice, offset: number): number {
  // Attachments stand in document order: bisect, as a notice may hold many.
  return countAtMost(
    notice.attachments.map((a) => a.position.start.offset),
    offset,
  )
}

/**
 * The text of a task as written, line by line: its own paragraphs, not those of its sub-tasks.
 * @param task a task
 * @returns its paragraphs' text joined by line breaks
 */
export const taskText = (task: Task): string => task.paragraphs.map((p) => p.text).join('\n')

/**
 * Whether a task or any of its sub-tasks names a lead unit.
 * @param task a task
 * @returns true when someone is to lead it
 */
export function hasLead(task: Task): boolean {
  return task.lead.length > 0 || task.tasks.some(hasLead)
}
