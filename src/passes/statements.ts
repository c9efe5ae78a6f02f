/**
 * The responsibility statements of each line, handed from pass to pass: the outline pass finds where they stand (a
 * title stops before them), the responsibility pass turns them into nodes and keeps only where they stood, and the
 * targets pass, the last to read a line, reads no goals inside them and lets the line go.
 */
import type { Document, Line, Span } from '../document/document.js'
import { findStatements, printsRole, type Statement } from '../grammar/statements.js'

/** The spans of a line without statements: one array for all of them. */
const NO_SPANS: readonly Span[] = Object.freeze([])

/** The statements of the lines of one document, by line start, read once each. */
export class StatementTable {
  /** Statements read and not yet made into nodes. */
  private readonly found = new Map<number, Statement[]>()
  /** Where the statements of a line stand, once they have made their nodes (or when a line has none). */
  private readonly spansOf = new Map<number, readonly Span[]>()

  constructor(private readonly document: Document) {}

  private read(line: Line): Statement[] {
    return findStatements(this.document.view(line), this.document.text(line))
  }

  /**
   * Where the statements of a line stand, offsets relative to the line.
   * @param line a line of the document
   */
  spans(line: Line): readonly Span[] {
    const spans = this.spansOf.get(line.start) ?? this.found.get(line.start)
    if (spans) return spans
    const found = this.read(line)
    // Most lines hold none: for them one shared empty array; statements are kept for the nodes they will make.
    if (found.length === 0) this.spansOf.set(line.start, NO_SPANS)
    else this.found.set(line.start, found)
    return found
  }

  /**
   * Whether a line states a role of its own (`（A牵头，B配合）`), not only names in brackets: what makes an unnumbered
   * paragraph a task. Asked before the statements of the line are taken.
   * @param line a line of the document
   */
  statesRole(line: Line): boolean {
    this.spans(line)
    return this.found.get(line.start)?.some(printsRole) ?? false
  }

  /**
   * The statements of a line, to make their nodes: afterwards only where they stand is kept.
   * Note: a statement with its roles and names is a dozen objects; held to the end of the parse they were copied by
   * every collection, a quarter of the heap that 100,000 numbered lines with a statement each promoted.
   * @param line a line of the document
   */
  take(line: Line): Statement[] {
    let found = this.found.get(line.start)
    if (found) this.found.delete(line.start)
    else {
      if (this.spansOf.get(line.start) === NO_SPANS) return []
      found = this.read(line)
    }
    this.spansOf.set(line.start, found.length === 0 ? NO_SPANS : found.map((s) => ({ start: s.start, end: s.end })))
    return found
  }

  /**
   * A line is finished: its targets are read, the last thing that asks where its statements stand.
   * Note: without it, the spans of every line were held in a map to the end of the parse; each entry made while the
   * map sat in the old generation was one more slot for every collection to visit.
   * @param line a line of the document
   */
  release(line: Line): void {
    this.found.delete(line.start)
    this.spansOf.delete(line.start)
  }
}
