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

export type SourceFormat = 'text' | 'html' | 'markdown' | 'docx'

export interface SourceText {
  format: SourceFormat
  encoding: string
  /** Whether positions refer to the input itself or to text extracted from it (Word files). */
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
}
