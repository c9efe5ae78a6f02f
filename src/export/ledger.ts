/**
 * The task ledger (任务台账): every task of a notice as a row, sub-tasks after their parent, with its chapter, units,
 * deadline and targets; and the targets as rows of their own. Pure functions of the notice tree.
 */
import type { Chapter, Comparator, Notice, Section, Target, Task } from '../tree/schema.js'

/** A value of a spreadsheet cell. */
export type CellValue = string | number

/** A table of rows under column headings: one sheet of a workbook, or one CSV file. */
export interface Sheet {
  name: string
  columns: string[]
  rows: CellValue[][]
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

/** Symbols of comparators, as a reader of the ledger expects them. */
export const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = {
  eq: '=',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  approx: '≈',
  between: '区间',
}

/** Columns of the tasks sheet. */
export const TASK_COLUMNS: readonly string[] = ['序号', '章节', '编号', '任务', '牵头单位', '配合单位', '完成时限', '量化指标', '行号']
/** Columns of the targets sheet. */
export const TARGET_COLUMNS: readonly string[] = [
  '序号', '任务序号', '章节', '任务', '指标', '动作', '比较', '数值', '下限', '上限', '单位', '计量基准', '类型', '力争', '确保', '时限', '原文', '行号',
]

/** How yes/no columns (力争, 确保) read. */
export const YES = '是'
export const NO = '否'

/** Separator of names in one cell, as notices write lists of units. */
export const NAME_SEPARATOR = '、'
/** Separator of target phrases in one cell. */
export const PHRASE_SEPARATOR = '；'

const heading = (item: Chapter | Section): string => `${item.number?.text ?? ''}${item.title}`

const numberOf = (task: Task): string => (task.number ? task.number.text || String(task.number.value) : '')

/**
 * The tasks of a notice in reading order, each after its parent.
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
      const here = `${path} / ${heading(section)}`
      add(section.tasks, here, '', null)
      sections(section.sections, here)
    }
  }
  // Note: notice-level tasks precede chapters only when the notice has no chapters; otherwise they come from
  // attachments and follow them, as printed.
  if (notice.chapters.length === 0) add(notice.tasks, '', '', null)
  for (const chapter of notice.chapters) {
    add(chapter.tasks, heading(chapter), '', null)
    sections(chapter.sections, heading(chapter))
  }
  if (notice.chapters.length > 0) add(notice.tasks, '', '', null)
  return out
}

/**
 * The rows of the tasks sheet.
 * @param tasks the ledger tasks
 * @returns one row per task, in `TASK_COLUMNS` order
 */
export function taskRows(tasks: readonly LedgerTask[]): CellValue[][] {
  return tasks.map(({ index, chapter, number, task }) => [index, chapter, number, ...taskCells(task), task.position.start.line])
}

/**
 * The cells every table of tasks shares: title, lead units, supporting units, deadline and target phrases.
 * @param task a task
 */
export const taskCells = (task: Task): string[] => [
  task.title,
  task.lead.join(NAME_SEPARATOR),
  task.support.join(NAME_SEPARATOR),
  task.deadline ?? '',
  task.targets.map((t) => t.text).join(PHRASE_SEPARATOR),
]

/** A target with the task (or heading) it stands in. */
interface PlacedTarget {
  target: Target
  task: LedgerTask | null
  chapter: string
}

function placedTargets(notice: Notice, tasks: readonly LedgerTask[]): PlacedTarget[] {
  const out: PlacedTarget[] = notice.targets.map((target) => ({ target, task: null, chapter: '' }))
  const sections = (list: readonly Section[], path: string): void => {
    for (const section of list) {
      const here = `${path} / ${heading(section)}`
      out.push(...section.targets.map((target) => ({ target, task: null, chapter: here })))
      sections(section.sections, here)
    }
  }
  for (const chapter of notice.chapters) {
    out.push(...chapter.targets.map((target) => ({ target, task: null, chapter: heading(chapter) })))
    sections(chapter.sections, heading(chapter))
  }
  for (const task of tasks) out.push(...task.task.targets.map((target) => ({ target, task, chapter: task.chapter })))
  // Reading order: by place in the input.
  return out.sort((a, b) => a.target.position.start.offset - b.target.position.start.offset)
}

/**
 * The rows of the targets sheet: targets of tasks, headings and the preamble, in reading order.
 * @param notice a parsed notice
 * @param tasks its ledger tasks
 * @returns one row per target, in `TARGET_COLUMNS` order
 */
export function targetRows(notice: Notice, tasks: readonly LedgerTask[]): CellValue[][] {
  return placedTargets(notice, tasks).map(({ target: t, task, chapter }, i) => [
    i + 1,
    task?.index ?? '',
    chapter,
    task?.task.title ?? '',
    t.metric ?? '',
    t.action ?? '',
    COMPARATOR_SYMBOLS[t.comparator],
    t.value ?? '',
    t.min ?? '',
    t.max ?? '',
    t.unit ?? '',
    t.per ?? '',
    t.kind,
    t.aspiration ? YES : NO,
    t.commitment ? YES : NO,
    t.due ?? '',
    t.text,
    t.position.start.line,
  ])
}

/**
 * Put a file column before every row, for ledgers of several notices.
 * @param sheet a sheet of one notice
 * @param file the file the notice was read from
 * @returns the sheet with a `文件` column first
 */
export function withFile(sheet: Sheet, file: string): Sheet {
  return { ...sheet, columns: ['文件', ...sheet.columns], rows: sheet.rows.map((row) => [file, ...row]) }
}
