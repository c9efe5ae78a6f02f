/**
 * Sheets → CSV (RFC 4180, through csv-stringify), UTF-8 with a byte order mark so that Excel reads the Chinese
 * columns as UTF-8; every CSV parser that is told about the mark (csv-parse `bom: true`) reads it back unchanged.
 *
 * Note: csv-stringify quotes a field with a line break only when told to once the record delimiter is set
 * (`quote_record_delimiter` defaults to false then): without it a bare `\n` in a cell splits the record.
 */
import { stringify } from 'csv-stringify/sync'
import type { CellValue, Sheet } from './ledger.js'

/** RFC 4180: records end in CRLF; a field with a comma, a quote, CR or LF is quoted, its quotes doubled. */
const CSV_OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true } as const

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\ufeff'

/**
 * Rows as CSV lines, without a header.
 * @param rows the rows
 * @returns CSV text, each record ending in CRLF
 */
export function csvRows(rows: readonly CellValue[][]): string {
  return rows.length === 0 ? '' : stringify(rows as CellValue[][], CSV_OPTIONS)
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
