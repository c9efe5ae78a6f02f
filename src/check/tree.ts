/**
 * Walks of the notice tree that several rules share: paragraphs in input order, tasks with their parents, and the
 * part (main text or an attachment) a node stands in.
 */
import { ABRIDGED_MARKERS } from '../lexicon/check.js'
import type { Chapter, Notice, Paragraph, Section, Target, Task } from '../tree/schema.js'

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

/**
 * Tasks of a section and its nested sections, in input order.
 * @param section a section
 * @returns its tasks, nested sections' tasks after its own
 */
function sectionTasks(section: Section): Array<{ task: Task; parent: Container }> {
  const out: Array<{ task: Task; parent: Container }> = section.tasks.map((task) => ({ task, parent: section }))
  for (const inner of section.sections) out.push(...sectionTasks(inner))
  return out.sort((a, b) => a.task.position.start.offset - b.task.position.start.offset)
}

/**
 * The tasks that stand directly under a chapter, through its sections, in input order.
 * @param chapter a chapter
 * @returns its top-level tasks with their direct parents
 */
export function chapterTasks(chapter: Chapter): TaskEntry[] {
  const out: TaskEntry[] = chapter.tasks.map((task) => ({ task, parent: chapter, chapter }))
  for (const section of chapter.sections) for (const e of sectionTasks(section)) out.push({ ...e, chapter })
  return out.sort((a, b) => a.task.position.start.offset - b.task.position.start.offset)
}

/**
 * Every task of the notice at every depth, in input order.
 * @param notice the notice tree
 * @returns tasks with their parents and chapters
 */
export function allTasks(notice: Notice): TaskEntry[] {
  const out: TaskEntry[] = []
  const visit = (entry: TaskEntry): void => {
    out.push(entry)
    for (const task of entry.task.tasks) visit({ task, parent: entry.task, chapter: entry.chapter })
  }
  for (const task of notice.tasks) visit({ task, parent: notice, chapter: null })
  for (const chapter of notice.chapters) for (const entry of chapterTasks(chapter)) visit(entry)
  return out.sort((a, b) => a.task.position.start.offset - b.task.position.start.offset)
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
 * Every paragraph of the notice that belongs to it (not the navigation of a web page), in input order.
 * @param notice the notice tree
 * @returns the paragraphs, each once
 */
export function allParagraphs(notice: Notice): Paragraph[] {
  const out: Paragraph[] = [...notice.header, ...notice.preamble]
  const task = (t: Task): void => {
    out.push(...t.paragraphs)
    t.tasks.forEach(task)
  }
  const section = (s: Section): void => {
    out.push(...s.paragraphs)
    s.sections.forEach(section)
    s.tasks.forEach(task)
  }
  for (const chapter of notice.chapters) {
    out.push(...chapter.paragraphs)
    chapter.sections.forEach(section)
    chapter.tasks.forEach(task)
  }
  notice.tasks.forEach(task)
  for (const attachment of notice.attachments) out.push(...attachment.paragraphs)
  const seen = new Set<string>()
  return out
    .filter((p) => {
      const key = `${p.position.start.offset}:${p.position.end.offset}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => a.position.start.offset - b.position.start.offset)
}

/**
 * Which part of the notice an offset is in: 0 for the main text, n for the text after the n-th attachment heading.
 * @param notice the notice tree
 * @param offset an input offset
 * @returns the part number; numbering restarts in each part
 */
export function partOf(notice: Notice, offset: number): number {
  // Attachments stand in document order: bisect, as a notice may hold many.
  const attachments = notice.attachments
  let lo = 0
  let hi = attachments.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (attachments[mid]!.position.start.offset <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Whether a task or any of its sub-tasks names a lead unit.
 * @param task a task
 * @returns true when someone is to lead it
 */
export function hasLead(task: Task): boolean {
  return task.lead.length > 0 || task.tasks.some(hasLead)
}

/**
 * Whether a notice says that its text was cut (`本文有删减`), so that numbers and whole chapters may be missing.
 * @param paragraphs the notice's paragraphs
 * @returns true for an abridged text
 */
export function isAbridged(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => ABRIDGED_MARKERS.some((marker) => p.text.includes(marker)))
}

/**
 * Every target of the notice, wherever it stands (preamble, chapter, section, task), in input order.
 * @param notice the notice tree
 * @returns the targets
 */
export function allTargets(notice: Notice): Target[] {
  const out: Target[] = [...notice.targets]
  const section = (s: Section): void => {
    out.push(...s.targets)
    s.sections.forEach(section)
  }
  for (const chapter of notice.chapters) {
    out.push(...chapter.targets)
    chapter.sections.forEach(section)
  }
  for (const { task } of allTasks(notice)) out.push(...task.targets)
  return out.sort((a, b) => a.position.start.offset - b.position.start.offset)
}
