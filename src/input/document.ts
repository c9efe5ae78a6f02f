/**
 * What every reader (plain text, HTML, Markdown, Word) produces: the text of the notice as written (`plain`), its
 * matching view (`norm`, same length), a map back into the original input, and the text cut into lines.
 */
import type { OffsetMap } from './offsets.js'

/** A span of offsets `[start, end)` of `plain` / `norm`, or of one of their lines. */
export interface Span {
  start: number
  end: number
}

/** A line of `plain` / `norm`, trimmed: `[start, end)`. */
export interface Line extends Span {
  /** Index into `tables` when the line is (part of) a table cell, else `NO_TABLE`. */
  table: number
  /** True for lines outside the notice itself: the navigation and footer of a whole web page. */
  outside: boolean
  /** The depth (1–6) of a heading the markup makes of the line (`## 重点任务`), else `NO_HEADING`. */
  heading: number
}

/** `Line.table` of a line outside tables. */
export const NO_TABLE = -1
/** `Line.heading` of a line the markup does not make a heading. */
export const NO_HEADING = 0

/**
 * A line, every field present and a number where it may be absent.
 * Note: lines of every reader share one shape, so the functions that walk them stay monomorphic. Lines of four
 * shapes, or a field that held `undefined` in one line and a number in the next, made the optimizing compiler
 * throw away and redo its largest functions in every worker.
 */
export const makeLine = (start: number, end: number, table = NO_TABLE, outside = false, heading = NO_HEADING): Line => ({
  start,
  end,
  table,
  outside,
  heading,
})

/** The space every kind of space becomes in the matching view. */
const VIEW_SPACE = 0x20

/**
 * A line cut from `[start, end)` of the text, trimmed of spaces on the matching view, or null when none is left.
 * @param norm the matching view
 */
export function trimmedLine(norm: string, start: number, end: number, table = NO_TABLE, outside = false, heading = NO_HEADING): Line | null {
  let s = start
  let e = end
  while (s < e && norm.charCodeAt(s) === VIEW_SPACE) s++
  while (e > s && norm.charCodeAt(e - 1) === VIEW_SPACE) e--
  return e > s ? makeLine(s, e, table, outside, heading) : null
}

/**
 * Lines trimmed on the matching view (blank ones dropped), and the tables with `firstLine`/`lastLine` indexing the
 * trimmed list: what the HTML and Markdown readers finish with.
 * @param lines the lines as the reader emitted them
 * @param norm the matching view
 * @param tables the tables the lines' `table` fields index
 */
export function trimLines(lines: readonly Line[], norm: string, tables: readonly Table[]): { lines: Line[]; tables: Table[] } {
  const out: Line[] = []
  const ranged = tables.map((t) => ({ ...t, firstLine: 0, lastLine: -1 }))
  for (const line of lines) {
    const trimmed = trimmedLine(norm, line.start, line.end, line.table, line.outside, line.heading)
    if (!trimmed) continue
    const table = trimmed.table === NO_TABLE ? undefined : ranged[trimmed.table]
    if (table) {
      if (table.lastLine < 0) table.firstLine = out.length
      table.lastLine = out.length
    }
    out.push(trimmed)
  }
  return { lines: out, tables: ranged }
}

/** A cell of a table: its text is `plain.slice(start, end)` (may hold several lines). */
export interface Cell {
  start: number
  end: number
  colspan: number
  /** Rows the cell covers, this one included (merged cells of Word and Excel tables); 1 when absent. */
  rowspan?: number
}

/** A table of the input, its rows and cells; its lines are `lines[firstLine .. lastLine]`. */
export interface Table {
  rows: Cell[][]
  firstLine: number
  lastLine: number
}

export type SourceFormat = 'text' | 'html' | 'markdown' | 'docx' | 'pdf' | 'ofd'

export interface SourceText {
  format: SourceFormat
  encoding: string
  /** Whether positions refer to the input itself or to text extracted from it (Word, PDF and OFD files). */
  positions: 'input' | 'extracted-text'
  /** What positions refer to: the decoded input. */
  source: string
  /** The text as written, lines and cells joined by `\n`. */
  plain: string
  /** The matching view of `plain`, unit for unit the same length. */
  norm: string
  /** `plain` offsets → `source` offsets. */
  map: OffsetMap
  lines: Line[]
  tables: Table[]
  /** Things worth telling the user about the input (once each). */
  warnings: string[]
  /** For PDF and OFD: where each page's text is in `source`, `[start, end)`, pages numbered from 1. */
  pages?: Array<{ page: number; start: number; end: number }>
}
