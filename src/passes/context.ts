/**
 * What every structure reader shares: the extracted text, its lines, and the way from offsets to positions.
 */
import type { Line, SourceText, Span } from '../document/document.js'
import { locator, type Locate } from '../document/points.js'
import type { Paragraph, Position } from '../tree/schema.js'
import { findStatements, type Statement } from '../grammar/statements.js'

/** Slots of the cache of recent positions (a power of two). */
const POSITION_CACHE_SIZE = 64

/** The spans of a line without statements: one array for all of them. */
const NO_SPANS: readonly Span[] = Object.freeze([])

export class Context {
  private readonly locate: Locate
  private readonly statementCache = new Map<number, Statement[]>()
  private readonly spanCache = new Map<number, readonly Span[]>()
  /** Positions made lately, by the start of their span: a small cache, as in `locator`. */
  private readonly recent: ({ start: number; end: number; position: Position } | undefined)[] = new Array<
    { start: number; end: number; position: Position } | undefined
  >(POSITION_CACHE_SIZE).fill(undefined)

  constructor(readonly src: SourceText) {
    this.locate = locator(src.source)
  }

  get lines(): Line[] {
    return this.src.lines
  }

  /** The matching view of a line (or of a span). */
  view(line: { start: number; end: number }): string {
    return this.src.norm.slice(line.start, line.end)
  }

  /** A line (or span) as written. */
  text(line: { start: number; end: number }): string {
    return this.src.plain.slice(line.start, line.end)
  }

  /**
   * The text as written between two offsets.
   * Note: for spans made on the spot; passing them to `text` would give it a second shape of argument.
   */
  textAt(start: number, end: number): string {
    return this.src.plain.slice(start, end)
  }

  /**
   * The position in the original input of a span of the extracted text.
   * @param start plain offset of the first unit
   * @param end plain offset after the last unit
   */
  position(start: number, end: number): Position {
    // A task of one line spans what its paragraph spans: both get one position object (as points do in locator).
    const slot = start & (POSITION_CACHE_SIZE - 1)
    const hit = this.recent[slot]
    if (hit !== undefined && hit.start === start && hit.end === end) return hit.position
    const s = this.src.map.start(start)
    const e = Math.max(s, end > start ? this.src.map.end(end) : s)
    const position: Position = { start: this.locate(s), end: this.locate(e) }
    this.recent[slot] = { start, end, position }
    return position
  }

  /**
   * The responsibility statements of a line, read once until `done` says they have made their nodes.
   * @param line a line of the text
   */
  statements(line: Line): Statement[] {
    let found = this.statementCache.get(line.start)
    if (!found) {
      if (this.spanCache.get(line.start) === NO_SPANS) return []
      found = findStatements(this.view(line), this.text(line))
      this.statementCache.set(line.start, found)
    }
    return found
  }

  /**
   * Where the statements of a line stand (titles stop before them, targets are not read in them): from the spans
   * kept by `done`, else from the statements.
   * @param line a line of the text
   */
  statementSpans(line: Line): readonly Span[] {
    const spans = this.spanCache.get(line.start) ?? this.statementCache.get(line.start)
    if (spans) return spans
    const found = findStatements(this.view(line), this.text(line))
    // Most lines hold none: for them one shared empty array; statements are kept for the nodes they will make.
    if (found.length === 0) this.spanCache.set(line.start, NO_SPANS)
    else this.statementCache.set(line.start, found)
    return found
  }

  /**
   * The statements of a line have made their nodes: keep only where they stand.
   * Note: a statement with its roles and names is a dozen objects; held to the end of the parse they were copied by
   * every collection, a quarter of the heap that 100,000 numbered lines with a statement each promoted.
   * @param line a line of the text
   */
  done(line: Line): void {
    const found = this.statementCache.get(line.start)
    if (!found) return
    this.statementCache.delete(line.start)
    this.spanCache.set(line.start, found.length === 0 ? NO_SPANS : found.map((s) => ({ start: s.start, end: s.end })))
  }

  /**
   * A line is finished: its targets are read, the last thing that asks where its statements stand.
   * Note: without it, the spans of every line were held in a map to the end of the parse; each entry made while the
   * map sat in the old generation was one more slot for every collection to visit.
   * @param line a line of the text
   */
  forget(line: Line): void {
    this.statementCache.delete(line.start)
    this.spanCache.delete(line.start)
  }

  /** A paragraph node for a line. */
  paragraph(line: Line): Paragraph {
    return { type: 'paragraph', text: this.text(line), position: this.position(line.start, line.end) }
  }

  /** The position that covers a run of lines. */
  cover(lines: readonly Line[]): Position {
    const first = lines[0]
    const last = lines[lines.length - 1]
    if (!first || !last) return this.position(0, 0)
    return this.position(first.start, last.end)
  }
}
