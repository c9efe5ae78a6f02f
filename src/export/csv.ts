/**
 * Sheets → CSV (RFC 4180, through csv-stringify), UTF-8 with a byte order mark so that Excel reads the Chinese
 * columns as UTF-8; every CSV parser that is told about the mark (csv-parse `bom: true`) reads it back unchanged.
 */
// Note: `#csv-stringify` (package.json) is csv-stringify's browser build in the browser build: its Node build makes
// a Buffer when it loads.
import { stringify } from '#csv-stringify'
import type { CellValue, Sheet } from './ledger.js'

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\ufeff'

/**
 * Rows as CSV lines, without a header.
 * @param rows the rows
 * @returns CSV text, each record ending in CRLF
 */
export function csvRows(rows: readonly CellValue[][]): string {
  return rows.length === 0 ? '' : stringify(rows as CellValue[][], { record_delimiter: 'windows' })
}

/**
 * A sheet as a CSV file: byte order mark, header, rows.
 * @param sheet the sheet
 * @param options `bom: false` leaves the byte order mark out
 * @returns the CSV text
 */
export function toCsv(sheet: Sheet, options: { bom?: boolean } = {}): string {
  return (options.bom === false ? '' : UTF8_BOM) + csvRows([sheet.columns]) + csvRows(sheet.rows)
}
