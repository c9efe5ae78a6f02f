/**
 * What the passes share while they read one document: the tree they fill, and side tables that never reach the JSON
 * (which lines the header took, which lines each node reads in the later passes, the statements of each line).
 */
import type { Document, Line } from '../document/document.js'
import type { Chapter, Notice, Section, Skipped, Task, Unread, UnreadKind } from '../tree/schema.js'
import type { StatementTable } from './statements.js'
import type { TableRow } from './task-table.js'

/** A node that reads lines in the later passes. */
export type ReadingNode = Notice | Chapter | Section | Task

/**
 * What a node reads after the outline pass made it: its own lines for responsibility statements and a deadline, the
 * lines whose targets are its own, and where it stands. Readings are listed in the order the notice is read, which
 * is the order in which stated conventions (`列第一位者为牵头单位，下同`) take effect.
 */
export interface Reading {
  node: ReadingNode
  /** The node's own lines: a task's statements and deadline; for other nodes, statements that state conventions. */
  own: readonly Line[]
  /** Whether the statements of `own` are read (a chapter whose paragraphs became tasks reads none of its own). */
  readsStatements: boolean
  /** Lines whose targets belong to the node. */
  targets: Line[]
  /** The title of the chapter the lines are read under: figures of a review chapter are results, not goals. */
  scope: string | null
  /** For a row of a task table: its cells by role (its units are read from them, not from statements). */
  row: TableRow | null
}

/** What the header pass found beyond the notice's fields. */
export interface HeaderFacts {
  /** Lines read as header (title, 文号, cover text, signature, date …), wherever they stand. */
  lines: ReadonlySet<number>
  /** The first line of the body. */
  bodyStart: number
  /** The year of the notice: earlier years in its text are statistics, not goals. */
  year: number | null
}

/** The tree being filled and the side tables of one parse. */
export interface ParseState {
  readonly document: Document
  readonly notice: Notice
  readonly statements: StatementTable
  header: HeaderFacts
  readonly readings: Reading[]
  /** What the passes found that looks like structure but yielded none (`notice.unread`, in input order at the end). */
  unread: Unread[]
  /** With the explain option: numbers the targets pass did not take, and why; else null (nothing is recorded). */
  readonly skipped: Skipped[] | null
}

/**
 * Note text that looks like structure but yielded none.
 * @param state the parse
 * @param kind what it looks like
 * @param start plain offset of its first unit
 * @param end plain offset after its last unit
 */
export function noteUnread(state: ParseState, kind: UnreadKind, start: number, end: number): void {
  const { document } = state
  state.unread.push({ type: 'unread', kind, text: document.textAt(start, end), position: document.place(start, end) })
}

/**
 * Note, with the explain option, a number that is no target and why.
 * @param state the parse
 * @param reason a short word for why: `qualifier`, `statistic`, `case-rule`, `date`, `ordinal`, `name` …
 * @param start plain offset of its first unit
 * @param end plain offset after its last unit
 */
export function noteSkipped(state: ParseState, reason: string, start: number, end: number): void {
  const { document, skipped } = state
  if (skipped) skipped.push({ type: 'skipped', text: document.textAt(start, end), reason, position: document.place(start, end) })
}

/** A pass: reads the document and the tree so far, and adds to the tree. */
export type Pass = (state: ParseState) => void
