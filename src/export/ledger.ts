/**
 * The task ledger (任务台账): every task of a notice as a row, sub-tasks after their parent, with its chapter, text,
 * units, deadline and targets; and the targets as rows of their own. Pure functions of the notice tree.
 */
import type { Comparator, Notice, Task } from '../tree/schema.js'
import { placedTargets, taskText, type LedgerTask } from '../tree/walk.js'

/** A value of a spreadsheet cell. */
export type CellValue = string | number

/** A table of rows under column headings: one sheet of a workbook, or one CSV file. */
export interface Sheet {
  name: string
  columns: string[]
  rows: CellValue[][]
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

/**
 * Columns of what every sheet of tasks shows of a task, in `taskCells` order: its title, its whole text as written
 * (number, body and responsibility statement; sub-tasks have rows of their own), its units, its deadline as the
 * notice states it, the dates its targets are due by, and its target phrases.
 */
export const TASK_CELL_COLUMNS: readonly string[] = ['任务', '任务内容', '牵头单位', '配合单位', '完成时限', '指标时限', '量化指标']
/** Columns of the tasks sheet. */
export const TASK_COLUMNS: readonly string[] = ['序号', '章节', '编号', ...TASK_CELL_COLUMNS, '行号']
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

/**
 * The rows of the tasks sheet.
 * @param tasks the ledger tasks
 * @returns one row per task, in `TASK_COLUMNS` order
 */
export function taskRows(tasks: readonly LedgerTask[]): CellValue[][] {
  return tasks.map(({ index, chapter, number, task }) => [index, chapter, number, ...taskCells(task), task.position.start.line])
}

/**
 * The dates a task's targets are due by, each once, in the order they are written (`到2025年；年底前`).
 * @param task a task
 */
export const targetDues = (task: Task): string => [...new Set(task.targets.flatMap((t) => (t.due ? [t.due] : [])))].join(PHRASE_SEPARATOR)

/**
 * The cells every sheet of tasks shares, in `TASK_CELL_COLUMNS` order.
 * @param task a task
 */
export const taskCells = (task: Task): string[] => [
  task.title,
  taskText(task),
  task.lead.join(NAME_SEPARATOR),
  task.support.join(NAME_SEPARATOR),
  task.deadline ?? '',
  targetDues(task),
  task.targets.map((t) => t.text).join(PHRASE_SEPARATOR),
]

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
