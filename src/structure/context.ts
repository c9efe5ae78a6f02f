/**
 * What every structure reader shares: the extracted text, its lines, and the way from offsets to positions.
 */
import type { Line, SourceText } from '../input/document.js'
import { locator, type Locate } from '../position.js'
import type { Paragraph, Position } from '../schema.js'
import { findStatements, type Statement } from './responsibility.js'

/** Slots of the cache of recent positions (a power of two). */
const POSITION_CACHE_SIZE = 64

export class Context {
  private readonly locate: Locate
  private readonly statementCache = new Map<number, Statement[]>()
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
    // A task of one line spans what its paragraph spans: both get one position object (see POINT_CACHE_SIZE).
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
   * The responsibility statements of a line, read once: structure and targets both ask for them.
   * @param line a line of the text
   */
  statements(line: Line): Statement[] {
    let found = this.statementCache.get(line.start)
    if (!found) {
      found = findStatements(this.view(line), this.text(line))
      this.statementCache.set(line.start, found)
    }
    return found
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
