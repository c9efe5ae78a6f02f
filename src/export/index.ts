/**
 * Exports of a parsed notice: the task ledger (CSV, XLSX), the responsibility list, and Markdown reports.
 */
export { targetRows, taskRows, withFile, TARGET_COLUMNS, TASK_CELL_COLUMNS, TASK_COLUMNS, type CellValue, type Sheet } from './ledger.js'
export { ledgerTasks, type LedgerTask } from '../tree/walk.js'
export { dutyRows, responsibilityList, unitDuties, unitRows, DUTY_COLUMNS, UNIT_COLUMNS, type DutyTask, type ResponsibilityList, type UnitDuties } from './by-unit.js'
export { appendSheets, dutySheet, ledgerSheets, SHEET_NAMES } from './sheets.js'
export { csvRows, toCsv } from './csv.js'
export { toXlsx } from './xlsx.js'
export { render, sheetsOf, type RenderOptions } from './render.js'
export { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from './formats.js'
export { toMarkdownByUnit, toMarkdownReport } from './markdown.js'
