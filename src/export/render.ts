/**
 * One notice in an output format: what `gongwen --format` and each batch worker produce. Each exporter is loaded
 * when its format is asked for: a JSON run loads neither the CSV writer nor the zip of the workbook.
 */
import type { Notice } from '../tree/schema.js'
import { responsibilityList } from './by-unit.js'
import type { ExportFormat } from './formats.js'
import type { Sheet } from './ledger.js'
import { dutySheet, ledgerSheets } from './sheets.js'


/** How to render a notice. */
export interface RenderOptions {
  format: ExportFormat
  /** The responsibility list (责任清单) instead of the notice or ledger. */
  byUnit?: boolean
  /** Indent JSON. */
  pretty?: boolean
  /** The input file: added to JSON objects and as a first column, for outputs of several notices. */
  file?: string
  /** For CSV: only the rows, no byte order mark nor header (the rows after the first notice of a batch). */
  rowsOnly?: boolean
}

/**
 * The sheets of a notice's ledger, or its responsibility list.
 * @param notice a parsed notice
 * @param byUnit the responsibility list instead of the ledger
 * @param file the input file, for a `文件` column
 * @returns the sheets
 */
export function sheetsOf(notice: Notice, byUnit: boolean, file?: string): Sheet[] {
  return byUnit ? [dutySheet(notice, file)] : ledgerSheets(notice, file)
}

/**
 * A notice in an output format.
 * @param notice a parsed notice
 * @param options format, responsibility list, file
 * @returns text, or the bytes of an .xlsx workbook
 */
export async function render(notice: Notice, options: RenderOptions): Promise<string | Uint8Array> {
  const byUnit = options.byUnit === true
  switch (options.format) {
    case 'json':
    case 'jsonl': {
      const value = byUnit ? responsibilityList(notice) : notice
      const withFile = options.file === undefined ? value : { file: options.file, ...value }
      return JSON.stringify(withFile, null, options.format === 'json' && options.pretty ? 2 : undefined) + '\n'
    }
    case 'csv': {
      const { csvRows, toCsv } = await import('./csv.js')
      const sheet = sheetsOf(notice, byUnit, options.file)[0] as Sheet
      return options.rowsOnly ? csvRows(sheet.rows) : toCsv(sheet)
    }
    case 'md': {
      const { toMarkdownByUnit, toMarkdownReport } = await import('./markdown.js')
      return (byUnit ? toMarkdownByUnit(notice, options.file) : toMarkdownReport(notice, options.file)) + '\n'
    }
    case 'xlsx':
      return (await import('./xlsx.js')).toXlsx(sheetsOf(notice, byUnit, options.file))
  }
}
