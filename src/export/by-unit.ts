/**
 * The responsibility list (责任清单): each unit named by a notice with the tasks it leads and those it supports.
 */
import type { Notice, Position } from '../tree/schema.js'
import { ledgerTasks, taskText, type LedgerTask } from '../tree/walk.js'
import { NAME_SEPARATOR, taskCells, TASK_CELL_COLUMNS, type CellValue } from './ledger.js'

/** A unit and its duties, tasks in reading order. */
export interface UnitDuties {
  unit: string
  lead: LedgerTask[]
  support: LedgerTask[]
}

/** A task as the responsibility list shows it. */
export interface DutyTask {
  index: number
  number: string
  chapter: string
  title: string
  /** The task's text as written, line by line. */
  text: string
  deadline: string | null
  /** The other units of the task (those that share the lead, or lead it). */
  lead: string[]
  support: string[]
  targets: string[]
  position: Position
}

/** The responsibility list of a notice, as JSON. */
export interface ResponsibilityList {
  type: 'responsibilityList'
  title: string | null
  units: Array<{ unit: string; lead: DutyTask[]; support: DutyTask[] }>
}

/** Columns of the responsibility list as a sheet, one row per unit and task. */
export const DUTY_COLUMNS: readonly string[] = ['单位', '职责', '序号', '章节', '编号', ...TASK_CELL_COLUMNS]
/** Columns of the units sheet of the ledger workbook, one row per unit. */
export const UNIT_COLUMNS: readonly string[] = ['单位', '牵头任务数', '配合任务数', '牵头任务序号', '配合任务序号']

/** What the `职责` column says for each kind of duty. */
export const DUTY_NAMES = { lead: '牵头', support: '配合' } as const

/**
 * Each unit of a notice with its tasks, units in the order the notice first names them.
 * @param notice a parsed notice
 * @param tasks its ledger tasks (computed when not given)
 * @returns the units and their duties
 */
export function unitDuties(notice: Notice, tasks: readonly LedgerTask[] = ledgerTasks(notice)): UnitDuties[] {
  const units = new Map<string, UnitDuties>()
  const of = (unit: string): UnitDuties => {
    let entry = units.get(unit)
    if (!entry) {
      entry = { unit, lead: [], support: [] }
      units.set(unit, entry)
    }
    return entry
  }
  for (const entry of tasks) {
    for (const unit of entry.task.lead) of(unit).lead.push(entry)
    for (const unit of entry.task.support) of(unit).support.push(entry)
  }
  return [...units.values()]
}

const dutyTask = (entry: LedgerTask): DutyTask => ({
  index: entry.index,
  number: entry.number,
  chapter: entry.chapter,
  title: entry.task.title,
  text: taskText(entry.task),
  deadline: entry.task.deadline,
  lead: entry.task.lead,
  support: entry.task.support,
  targets: entry.task.targets.map((t) => t.text),
  position: entry.task.position,
})

/**
 * The responsibility list of a notice as a JSON value.
 * @param notice a parsed notice
 * @returns the list, units in the order the notice names them
 */
export function responsibilityList(notice: Notice): ResponsibilityList {
  return {
    type: 'responsibilityList',
    title: notice.title,
    units: unitDuties(notice).map((u) => ({ unit: u.unit, lead: u.lead.map(dutyTask), support: u.support.map(dutyTask) })),
  }
}

/**
 * The responsibility list as rows: per unit, the tasks it leads, then those it supports.
 * @param duties the units and their duties
 * @returns rows in `DUTY_COLUMNS` order
 */
export function dutyRows(duties: readonly UnitDuties[]): CellValue[][] {
  const row = (unit: string, duty: string, e: LedgerTask): CellValue[] => [
    unit,
    duty,
    e.index,
    e.chapter,
    e.number,
    ...taskCells(e.task),
  ]
  return duties.flatMap((d) => [...d.lead.map((e) => row(d.unit, DUTY_NAMES.lead, e)), ...d.support.map((e) => row(d.unit, DUTY_NAMES.support, e))])
}

/**
 * The units sheet: one row per unit with the numbers of its tasks.
 * @param duties the units and their duties
 * @returns rows in `UNIT_COLUMNS` order
 */
export function unitRows(duties: readonly UnitDuties[]): CellValue[][] {
  const numbers = (list: readonly LedgerTask[]): string => list.map((e) => e.index).join(NAME_SEPARATOR)
  return duties.map((d) => [d.unit, d.lead.length, d.support.length, numbers(d.lead), numbers(d.support)])
}
