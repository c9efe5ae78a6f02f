/**
 * Sheets → CSV as RFC 4180 writes it, UTF-8 with a byte order mark so that Excel reads the Chinese columns as UTF-8;
 * every CSV parser that is told about the mark (csv-parse `bom: true`, Python's `utf-8-sig`) reads it back unchanged.
 *
 * Note: written here rather than through csv-stringify (1 MB installed): the format is three rules, and the library
 * left a field with a bare line break unquoted once the record delimiter was set (its `quote_record_delimiter` then
 * defaults to off), which split the record for every reader.
 */
import type { CellValue, Sheet } from './ledger.js'

/** The byte order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\ufeff'

/** What makes a field need quotes: the delimiter, a quote, or a line break of any kind. */
const NEEDS_QUOTES = /[",\r\n]/

/**
 * A field of a record: quoted, its quotes doubled, when it holds a comma, a quote or a line break.
 * @param value a cell
 */
export function csvField(value: CellValue): string {
  const text = String(value)
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Rows as CSV records, without a header.
 * @param rows the rows
 * @returns CSV text, each record ending in CRLF
 */
export function csvRows(rows: readonly CellValue[][]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
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
