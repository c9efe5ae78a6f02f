/**
 * The text the PDF and OFD readers extract, as a `SourceText`: read like plain text, positions referring to the
 * extracted text itself, with the span of each page in it, and the tables drawn with rules as tables of cells (their
 * lines marked with the table they belong to), as the HTML reader gives them.
 */
import { type Line, type ReaderWarning, type SourceFormat, type SourceText, type Table } from './document.js'
import type { LaidOut } from './layout.js'
import { readText } from './text.js'

/**
 * @param laid the text laid out from the pages, their spans and tables
 * @param format the format it was extracted from
 * @param encoding what the output says the text was encoded as
 * @param warnings things to tell the user about the file, with the rule ids of their messages
 */
export function extractedSource(laid: LaidOut, format: Extract<SourceFormat, 'pdf' | 'ofd'>, encoding: string, warnings: ReaderWarning[]): SourceText {
  const read = readText(laid.text, encoding)
  return { ...read, format, positions: 'extracted-text', pages: laid.pages, tables: markTables(read.lines, laid), warnings }
}

/** The tables of the text, with the lines of each marked with its index (the lines are in text order, as tables are). */
function markTables(lines: Line[], laid: LaidOut): Table[] {
  const tables: Table[] = []
  let i = 0
  for (const t of laid.tables) {
    while (i < lines.length && (lines[i] as Line).start < t.start) i++
    const first = i
    while (i < lines.length && (lines[i] as Line).end <= t.end) (lines[i++] as Line).table = tables.length
    const rows = t.rows.map((row) => row.map((c) => ({ start: c.start, end: c.end, colspan: c.colspan, rowspan: c.rowspan })))
    tables.push({ rows, firstLine: first, lastLine: i - 1 })
  }
  return tables
}
