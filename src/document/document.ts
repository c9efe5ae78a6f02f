/**
 * The document: what every reader (plain text, HTML, Markdown, Word) produces — the text of the notice as written
 * (`plain`), its matching view (`norm`, same length), a map back into the original input, and the text cut into
 * lines — held in a vfile with the messages found while reading it, and one way from offsets to positions (`place`).
 * Every pass reads the document; none changes it.
 */
import { VFile } from 'vfile'
import type { Paragraph, Position } from '../tree/schema.js'
import type { OffsetMap } from './offsets.js'
import { locator, type Locate } from './points.js'

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
  /** Things worth telling the user about the input (once each), in the order they were found. */
  warnings: ReaderWarning[]
  /** For PDF and OFD: where each page's text is in `source`, `[start, end)`, pages numbered from 1. */
  pages?: PageSpan[]
  /** For a whole web page: where its `<title>` is in `plain` (a line outside the notice). */
  pageTitle?: Span
}

/** Where a page's text is in the extracted text of a PDF or OFD file. */
export interface PageSpan {
  page: number
  start: number
  end: number
}

/** Something a reader tells about its input: a reason, a rule id, and where it applies when it applies somewhere. */
export interface ReaderWarning {
  reason: string
  ruleId: string
  /** Offsets of `plain` it applies to, when it applies to a part of the text. */
  span?: Span
}

/** A text of the tree with its place in the original input: a paragraph, a responsibility, a target, a heading. */
export interface Located {
  text: string
  position: Position
}

/** Spaces and line breaks, which a text joined from several lines leaves out. */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3000 || c === 0xa0

/** The source of every message, as unified tools name the tool that made it. */
export const MESSAGE_SOURCE = 'gongwen'

/** Slots of the cache of recent positions (a power of two). */
const POSITION_CACHE_SIZE = 64

/** A position made lately, by the start of its span. */
interface Recent {
  start: number
  end: number
  position: Position
}

/**
 * A notice's input, read: the vfile of the decoded input (its `value`) with the extracted text, the matching view,
 * the lines and tables, and the messages of reading and parsing (`messages`).
 */
export class Document extends VFile {
  readonly format: SourceFormat
  readonly encoding: string
  /** Whether positions refer to the input itself or to text extracted from it (Word files). */
  readonly positions: SourceText['positions']
  /** The decoded input, which positions point into. */
  readonly source: string
  /** The text as written, lines and cells joined by `\n`. */
  readonly plain: string
  /** The matching view of `plain`, unit for unit the same length. */
  readonly norm: string
  /** `plain` offsets → `source` offsets (vfile's own `map` is a source map). */
  readonly offsets: OffsetMap
  readonly lines: Line[]
  readonly tables: Table[]
  /** For PDF and OFD: where each page's text is in `source`. */
  readonly pages: readonly PageSpan[] | undefined
  /** For a whole web page: where its `<title>` is in `plain`. */
  readonly pageTitle: Span | undefined
  private readonly locate: Locate
  /** Positions made lately, by the start of their span: a small cache, as in `locator`. */
  private readonly recent: (Recent | undefined)[] = new Array<Recent | undefined>(POSITION_CACHE_SIZE).fill(undefined)
  /** Where the texts of nodes stand in `plain`, by node. */
  private readonly foundCache = new WeakMap<Located, number | Int32Array>()

  /**
   * @param src what a reader produced
   * @param path the input's name, for messages (none for a string handed to `parse`)
   */
  constructor(src: SourceText, path?: string) {
    super(path === undefined ? { value: src.source } : { value: src.source, path })
    this.format = src.format
    this.encoding = src.encoding
    this.positions = src.positions
    this.source = src.source
    this.plain = src.plain
    this.norm = src.norm
    this.offsets = src.map
    this.lines = src.lines
    this.tables = src.tables
    this.pages = src.pages
    this.pageTitle = src.pageTitle
    this.locate = locator(src.source)
    for (const w of src.warnings) this.warn(w.reason, w.ruleId, w.span)
  }

  /** The matching view of a line (or of a span). */
  view(line: Span): string {
    return this.norm.slice(line.start, line.end)
  }

  /** A line (or span) as written. */
  text(line: Span): string {
    return this.plain.slice(line.start, line.end)
  }

  /**
   * The text as written between two offsets.
   * Note: for spans made on the spot; passing them to `text` would give it a second shape of argument.
   */
  textAt(start: number, end: number): string {
    return this.plain.slice(start, end)
  }

  /**
   * The position in the original input of a span of the extracted text. Positions are shared between nodes that
   * start and end at the same place: read-only.
   * @param start plain offset of the first unit
   * @param end plain offset after the last unit
   */
  place(start: number, end: number): Position {
    // A task of one line spans what its paragraph spans: both get one position object (as points do in locator).
    const slot = start & (POSITION_CACHE_SIZE - 1)
    const hit = this.recent[slot]
    if (hit !== undefined && hit.start === start && hit.end === end) return hit.position
    let s: number
    let e: number
    if (this.offsets.inOrder) {
      s = this.offsets.start(start)
      e = Math.max(s, end > start ? this.offsets.end(end) : s)
    } else {
      const span = this.offsets.cover(start, end)
      s = span.start
      e = span.end
    }
    const position: Position = { start: this.locate(s), end: this.locate(e) }
    this.recent[slot] = { start, end, position }
    return position
  }

  /** The position that covers a run of lines (the start of the text for none). */
  cover(lines: readonly Line[]): Position {
    const first = lines[0]
    const last = lines[lines.length - 1]
    if (!first || !last) return this.place(0, 0)
    return this.place(first.start, last.end)
  }

  /** A paragraph node for a line. */
  paragraph(line: Line): Paragraph {
    return { type: 'paragraph', text: this.text(line), position: this.place(line.start, line.end) }
  }

  /**
   * The offset of `plain` that a source offset was read into: the inverse of `place` for the start of a node, so
   * that a node of the tree leads back to its text.
   * @param offset a 0-based offset of the decoded input
   */
  plainOffset(offset: number): number {
    return this.offsets.plainAt(offset)
  }

  /**
   * The offsets of `plain` that the characters of a node's text were read from: the text starts where the node
   * starts, and a text joined from several lines (a heading over two lines) skips the breaks between them.
   * @param located a node's text and position
   * @returns for each character of the text, its offset in `plain`
   */
  private align(located: Located): Int32Array {
    const { text } = located
    const offsets = new Int32Array(text.length)
    const plain = this.plain
    let j = this.plainOffset(located.position.start.offset)
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      // Note: only spaces and breaks that the text left out are skipped, so the walk stays within the node.
      while (j < plain.length && plain.charCodeAt(j) !== ch && isBlank(plain.charCodeAt(j))) j++
      offsets[i] = j
      if (plain.charCodeAt(j) === ch) j++
    }
    return offsets
  }

  /**
   * The position of characters `[from, to)` of a node's text (a paragraph, a responsibility, a target, the plan
   * heading) in the original input.
   * @param located the node's text and position
   * @param from first character, 0-based in `located.text`
   * @param to character after the last; equal to `from` for a point between two characters
   */
  placeWithin(located: Located, from: number, to: number): Position {
    const { text } = located
    if (text.length === 0) return { start: located.position.start, end: located.position.end }
    const found = this.found(located)
    let first: number
    let last: number
    if (typeof found === 'number') {
      first = found + Math.min(from, text.length)
      last = found + Math.min(Math.max(to, from), text.length)
    } else {
      first = from >= text.length ? (found[text.length - 1] as number) + 1 : (found[Math.max(0, from)] as number)
      last = to <= from ? first : (found[Math.min(to, text.length) - 1] as number) + 1
    }
    return last > first ? this.place(first, last) : this.point(first)
  }

  /**
   * Where a node's text stands in `plain`: its offset when it is a slice of `plain`, else the offset of each of its
   * characters. Found once per node: a rule reports many findings in one long paragraph.
   * @param located a node's text and position
   */
  found(located: Located): number | Int32Array {
    let found = this.foundCache.get(located)
    if (found === undefined) {
      const start = this.plainOffset(located.position.start.offset)
      found = this.plain.startsWith(located.text, start) ? start : this.align(located)
      this.foundCache.set(located, found)
    }
    return found
  }

  /** The position of the point before `plain[offset]`. */
  private point(offset: number): Position {
    const at = this.locate(offset >= this.plain.length ? this.offsets.end(offset) : this.offsets.start(offset))
    return { start: at, end: at }
  }

  /**
   * Record something worth telling about the input or its reading, once per reason.
   * @param reason one line
   * @param ruleId a stable id of what it is about
   * @param span the plain offsets it applies to, if any
   */
  warn(reason: string, ruleId: string, span?: Span): void {
    if (this.messages.some((m) => m.reason === reason)) return
    const message = this.message(reason, { ruleId, source: MESSAGE_SOURCE, ...(span ? { place: this.place(span.start, span.end) } : {}) })
    message.fatal = false
  }
}
