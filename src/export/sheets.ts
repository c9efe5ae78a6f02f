/**
 * The sheets of a notice's exports: the ledger workbook (tasks, targets, units) and the responsibility list.
 */
import type { Notice } from '../tree/schema.js'
import { dutyRows, DUTY_COLUMNS, unitDuties, unitRows, UNIT_COLUMNS } from './by-unit.js'
import { ledgerTasks } from '../tree/walk.js'
import { targetRows, taskRows, TARGET_COLUMNS, TASK_COLUMNS, withFile, type Sheet } from './ledger.js'

/** Names of the sheets, as the workbook shows them. */
export const SHEET_NAMES = { tasks: '任务台账', targets: '量化指标', units: '责任单位', duties: '责任清单' } as const

/**
 * The ledger workbook of a notice: tasks, targets and units.
 * @param notice a parsed notice
 * @param file the file it was read from, to add a `文件` column (for several notices)
 * @returns three sheets
 */
export function ledgerSheets(notice: Notice, file?: string): Sheet[] {
  const tasks = ledgerTasks(notice)
  const sheets: Sheet[] = [
    { name: SHEET_NAMES.tasks, columns: [...TASK_COLUMNS], rows: taskRows(tasks) },
    { name: SHEET_NAMES.targets, columns: [...TARGET_COLUMNS], rows: targetRows(notice, tasks) },
    { name: SHEET_NAMES.units, columns: [...UNIT_COLUMNS], rows: unitRows(unitDuties(notice, tasks)) },
  ]
  return file === undefined ? sheets : sheets.map((s) => withFile(s, file))
}

/**
 * The responsibility list of a notice as one sheet: a row per unit and task.
 * @param notice a parsed notice
 * @param file the file it was read from, to add a `文件` column (for several notices)
 * @returns the sheet
 */
export function dutySheet(notice: Notice, file?: string): Sheet {
  const sheet: Sheet = { name: SHEET_NAMES.duties, columns: [...DUTY_COLUMNS], rows: dutyRows(unitDuties(notice)) }
  return file === undefined ? sheet : withFile(sheet, file)
}

/**
 * Append the rows of sheets to those of the same names (ledgers of several notices in one workbook).
 * @param into the sheets so far (changed in place)
 * @param more the sheets of one more notice
 */
export function appendSheets(into: Sheet[], more: readonly Sheet[]): void {
  for (const sheet of more) {
    const same = into.find((s) => s.name === sheet.name)
    if (same) for (const row of sheet.rows) same.rows.push(row)
    else into.push({ ...sheet, rows: [...sheet.rows] })
  }
}
