/**
 * Task tables: an HTML (or Markdown) table whose header names a task and units (序号 | 任务/举措 | 牵头单位 |
 * 配合单位 | 完成时限). Each row becomes a task; a row that spans the table (`一、知识产权保护方面（共5项）`)
 * becomes a chapter. Merged cells (rowspan, colspan) are laid out on a grid first, so that a 牵头单位 merged over
 * three rows leads all three tasks.
 */
import type { Cell, Table } from '../document/document.js'
import { CONTENT_COLUMN_WORDS, DEADLINE_COLUMN_WORDS, NUMBER_COLUMNS, TASK_COLUMN_WORDS } from '../lexicon/task-tables.js'
import { columnKind, looksLikeAgency, splitUnits } from '../grammar/statements.js'
import { GLUED_NAME_ENDINGS, NAME_STARTS } from '../lexicon/agencies.js'
import { STATEMENT_HINTS } from '../lexicon/roles.js'
import type { RoleKind } from '../lexicon/roles.js'
import type { Numbering } from '../tree/schema.js'
import type { Document } from '../document/document.js'

/** A row of a task table, read by column roles. */
export interface TableRow {
  /** `task` rows become tasks, `group` rows chapters; `text` rows (the header, rows without a task) are body text. */
  kind: 'task' | 'group' | 'text'
  /** Set on group rows: the cell that holds the group heading. */
  group?: Cell
  numbering: Numbering
  /** Indices of the lines of the row's own cells in `doc.lines` (a merged cell's lines belong to its first row). */
  lines: number[]
  task: Cell | null
  content: Cell | null
  units: Array<{ heading: string; kind: RoleKind; cell: Cell }>
  deadline: Cell | null
}

type ColumnRole = 'number' | 'task' | 'content' | 'deadline' | { unit: RoleKind; heading: string }

function columnRole(heading: string, hasTask: boolean): ColumnRole | null {
  if (NUMBER_COLUMNS.includes(heading)) return 'number'
  const kind = columnKind(heading)
  if (kind !== null) return { unit: kind, heading }
  if (DEADLINE_COLUMN_WORDS.some((w) => heading.includes(w))) return 'deadline'
  // After the task column, another task-like heading (具体措施, 工作内容) describes the task further.
  if (hasTask) return CONTENT_COLUMN_WORDS.some((w) => heading.includes(w)) || TASK_COLUMN_WORDS.some((w) => heading.includes(w)) ? 'content' : null
  if (TASK_COLUMN_WORDS.some((w) => heading.includes(w))) return 'task'
  return CONTENT_COLUMN_WORDS.some((w) => heading.includes(w)) ? 'content' : null
}

/** A cell placed on the grid: `own` in the row that holds it, carried in the rows a rowspan reaches. */
interface Placed {
  cell: Cell
  own: boolean
}

/** Lay the rows out on a grid of columns, carrying merged cells down and across. */
function grid(rows: readonly Cell[][]): Placed[][] {
  const carry: Array<{ cell: Cell; rows: number } | undefined> = []
  return rows.map((row) => {
    const placed: Placed[] = []
    let column = 0
    const takeCarried = (): void => {
      for (let c = carry[column]; c && c.rows > 0; c = carry[column]) {
        placed[column] = { cell: c.cell, own: false }
        c.rows--
        column++
      }
    }
    for (const cell of row) {
      takeCarried()
      for (let k = 0; k < cell.colspan; k++) {
        placed[column + k] = { cell, own: true }
        carry[column + k] = (cell.rowspan ?? 1) > 1 ? { cell, rows: (cell.rowspan ?? 1) - 1 } : undefined
      }
      column += cell.colspan
    }
    takeCarried()
    return placed
  })
}

const headingOf = (doc: Document, cell: Cell): string => doc.view(cell).replace(/\s+/g, '')

/** Column roles of a header row, or null when the row is no task-table header. */
function headerRoles(doc: Document, row: readonly Placed[]): Array<ColumnRole | null> | null {
  const roles: Array<ColumnRole | null> = []
  for (const placed of row) roles.push(placed ? columnRole(headingOf(doc, placed.cell), roles.includes('task')) : null)
  return roles.includes('task') && roles.some((r) => typeof r === 'object' && r !== null) ? roles : null
}

/**
 * Read a table as a task table.
 * @param doc the document
 * @param table a table of the input
 * @returns its rows, or null when the table is not a task table
 */
export function readTaskTable(doc: Document, table: Table): TableRow[] | null {
  const rows = grid(table.rows)
  let headerIndex = -1
  let roles: Array<ColumnRole | null> | null = null
  for (let r = 0; r < rows.length && roles === null; r++) {
    roles = headerRoles(doc, rows[r]!)
    if (roles) headerIndex = r
  }
  if (!roles) return null

  // Lines of the table, to hand each row the lines of its own cells.
  const lineIndices: number[] = []
  for (let i = table.firstLine; i <= table.lastLine; i++) lineIndices.push(i)
  const linesOf = (cells: readonly Cell[]): number[] =>
    lineIndices.filter((i) => {
      const l = doc.lines[i]!
      return cells.some((c) => c.end > c.start && l.start >= c.start && l.end <= c.end)
    })
  const noRow = (lines: number[]): TableRow => ({ kind: 'text', numbering: { text: '', value: 0, style: 'row' }, lines, task: null, content: null, units: [], deadline: null })

  const out: TableRow[] = [noRow(linesOf(table.rows.slice(0, headerIndex + 1).flat()))]
  let count = 0
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const own = table.rows[r] ?? []
    const lines = linesOf(own)
    const nonEmpty = own.filter((c) => c.end > c.start)
    const placed = rows[r]!
    // A group row: one cell with text that spans the table, or stands alone in its row.
    if (nonEmpty.length === 1 && (own.length === 1 || (own[0]?.colspan ?? 1) > 1 || nonEmpty[0] === own[0]) && placed.every((p) => !p || p.own)) {
      out.push({ ...noRow(lines), kind: 'group', group: nonEmpty[0] as Cell })
      continue
    }
    const row: TableRow = { ...noRow(lines), kind: 'task' }
    let taskCarried = false
    placed.forEach((p, column) => {
      const role = roles![column]
      if (!p || !role || (column > 0 && placed[column - 1]?.cell === p.cell)) return
      if (role === 'number') {
        const text = doc.view(p.cell).trim()
        if (p.own && /^\d+$/.test(text)) row.numbering = { text: doc.text(p.cell).trim(), value: Number(text), style: 'row' }
      } else if (role === 'task') {
        row.task = p.cell
        taskCarried = !p.own
      } else if (role === 'content') row.content ??= p.cell
      else if (role === 'deadline') row.deadline = p.cell
      else row.units.push({ heading: role.heading, kind: role.unit, cell: p.cell })
    })
    // A task merged over several rows whose measures differ: each row is titled by its own measure.
    if (taskCarried) {
      row.task = row.content && placed.some((p) => p?.own && p.cell === row.content) ? row.content : null
      row.content = null
    }
    if (!row.task || row.task.end <= row.task.start || lines.length === 0) {
      out.push(noRow(lines))
      continue
    }
    count++
    if (!row.numbering.text) row.numbering = { text: '', value: count, style: 'row' }
    out.push(row)
  }
  return out
}

// ---------------------------------------------------------------- task tables flattened into text

/** Most unit columns a flattened header names, and the longest heading of one. */
const MAX_FLAT_UNIT_COLUMNS = 3
const MAX_FLAT_HEADING = 8

/** A unit column of a task table flattened into text: its heading and kind, in the order of the columns. */
export interface FlatColumn {
  heading: string
  kind: RoleKind
}

/** The unit heading that ends a text: two roles as alternatives, or the shortest `…单位` that names a role. */
function headingAtEnd(view: string): string | null {
  const namesRole = (text: string): boolean => STATEMENT_HINTS.some((w) => text.includes(w)) || ROLE_HINTS.some((w) => text.includes(w))
  for (let k = 3; k <= MAX_FLAT_HEADING && k <= view.length; k++) {
    const candidate = view.slice(view.length - k)
    if (columnKind(candidate) === null || !namesRole(candidate)) continue
    // `配合/责任单位`: the role before the mark belongs to the heading too.
    const mark = view.length - k - 1
    if (mark > 0 && '/、'.includes(view[mark] as string)) {
      for (let j = 2; j <= 4 && mark - j >= 0; j++) {
        const word = view.slice(mark - j, mark)
        if (namesRole(word)) return view.slice(mark - j)
      }
    }
    return candidate
  }
  return null
}

/** Role words that a heading before a `/` may be (`配合/责任单位`). */
const ROLE_HINTS: readonly string[] = ['责任', '协同']

/**
 * The unit columns of a task table flattened into text, from its header row glued at the end of a line
 * (`…分解表工作任务工作要求牵头单位配合/责任单位`): the unit headings at its end, after a heading that names the task.
 * @param doc the document
 * @param lines indices of the lines before the first item
 * @returns the unit columns in order, or null when no line ends with such a header
 */
export function flattenedColumns(doc: Document, lines: readonly number[]): FlatColumn[] | null {
  for (const i of lines) {
    let view = doc.view(doc.lines[i]!).trimEnd()
    const columns: FlatColumn[] = []
    for (let heading = headingAtEnd(view); heading !== null && columns.length < MAX_FLAT_UNIT_COLUMNS; heading = headingAtEnd(view)) {
      columns.unshift({ heading, kind: columnKind(heading)! })
      view = view.slice(0, view.length - heading.length)
    }
    const before = view.slice(-MAX_FLAT_HEADING)
    if (columns.length > 0 && (TASK_COLUMN_WORDS.some((w) => before.includes(w)) || CONTENT_COLUMN_WORDS.some((w) => before.includes(w)))) return columns
  }
  return null
}

/** Where names glued together part (`区经济发展局|区行政审批局`): after a strong ending, before a name's start. */
function gluedBoundaries(view: string, from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from + 2; k < to - 1; k++) {
    if (!NAME_STARTS.includes(view[k] as string)) continue
    if (GLUED_NAME_ENDINGS.some((e) => view.endsWith(e, k)) && looksLikeAgency(view.slice(out[out.length - 1] ?? from, k))) out.push(k)
  }
  return out
}

/**
 * The unit cells of a row of a flattened task table: the text after the row's first sentence (`1.增强透明度。 区直各
 * 有关单位，…`). A space after the sentence stands for an empty first cell; otherwise the first cells end where the
 * names run into the last cell's list (`区经济发展局区行政审批局区直各有关单位，各区属事业单位`).
 * @param doc the document
 * @param line the row's line
 * @param from where the row's text starts in the line (after its number)
 * @param columns the unit columns of the table
 * @returns the row, or null when the text after the sentence is not names alone
 */
export function flattenedRow(doc: Document, line: { start: number; end: number }, from: number, columns: readonly FlatColumn[]): TableRow | null {
  const view = doc.view(line)
  const stop = view.indexOf('。', from)
  if (stop < 0 || columns.length === 0) return null
  const tailStart = stop + 1
  const rest = view.slice(tailStart).trim()
  if (rest.length === 0 || !splitUnits(rest, rest).every(looksLikeAgency)) return null
  const cell = (s: number, e: number): Cell => ({ start: line.start + s, end: line.start + e, colspan: 1 })
  const units: TableRow['units'] = []
  const last = columns[columns.length - 1]!
  let lastFrom = tailStart
  while (lastFrom < view.length && view.charCodeAt(lastFrom) === 0x20) lastFrom++
  const emptyFirst = view.charCodeAt(tailStart) === 0x20
  if (!emptyFirst && columns.length > 1) {
    const separator = rest.search(/[,，、;；]/)
    const limit = separator < 0 ? view.length : view.indexOf(rest, tailStart) + separator
    const bounds = gluedBoundaries(view, tailStart, limit)
    if (bounds.length > 0) {
      const lastStart = bounds[bounds.length - 1]!
      const first = columns[0]!
      let s = tailStart
      for (const b of bounds) {
        units.push({ heading: first.heading, kind: first.kind, cell: cell(s, b) })
        s = b
      }
      lastFrom = lastStart
    }
  }
  units.push({ heading: last.heading, kind: last.kind, cell: cell(lastFrom, view.length) })
  return { kind: 'task', numbering: { text: '', value: 0, style: 'row' }, lines: [], task: null, content: null, units, deadline: null }
}
