/**
 * Sheets → an .xlsx workbook, through exceljs (loaded on first use: it costs ~150 ms).
 */
import type { Sheet } from './ledger.js'

/** Widest column, in characters: longer text wraps. */
const MAX_COLUMN_WIDTH = 60
const MIN_COLUMN_WIDTH = 6
/** Rows looked at to size the columns. */
const SIZING_ROWS = 200

/** Width of a text in columns: a Han character takes two. */
function textWidth(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
  return width
}

/**
 * A workbook of sheets, as the bytes of an .xlsx file.
 * @param sheets the sheets, in order
 * @returns the .xlsx file
 */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'gongwen'
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = sheet.columns.map((header, i) => {
      const widest = Math.max(textWidth(header), ...sheet.rows.slice(0, SIZING_ROWS).map((r) => textWidth(String(r[i] ?? ''))))
      return { header, width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2)) }
    })
    ws.getRow(1).font = { bold: true }
    for (const row of sheet.rows) ws.addRow(row)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.columns.length) } }
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
