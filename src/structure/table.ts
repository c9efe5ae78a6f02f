/**
 * Task tables: an HTML (or Markdown) table whose header names a task and units (序号 | 任务/举措 | 牵头单位 |
 * 配合单位 | 完成时限). Each row becomes a task; a row that spans the table (`一、知识产权保护方面（共5项）`)
 * becomes a chapter.
 */
import type { Cell, Table } from '../input/document.js'
import { CONTENT_COLUMN_WORDS, DEADLINE_COLUMN_WORDS, NUMBER_COLUMNS, TASK_COLUMN_WORDS } from '../lexicon/tables.js'
import { LABEL_WORDS, type RoleKind } from '../lexicon/roles.js'
import type { Numbering } from '../schema.js'
import type { Context } from './context.js'

/** A row of a task table, read by column roles. */
export interface TableRow {
  /** `task` rows become tasks, `group` rows chapters; `text` rows (the header, rows without a task) are body text. */
  kind: 'task' | 'group' | 'text'
  /** Set on group rows: the cell that holds the group heading. */
  group?: Cell
  numbering: Numbering
  /** Indices of the lines of the row's cells in `ctx.lines`. */
  lines: number[]
  task: Cell | null
  content: Cell | null
  units: Array<{ heading: string; kind: RoleKind; cell: Cell }>
  deadline: Cell | null
}

type ColumnRole = 'number' | 'task' | 'content' | 'deadline' | { unit: RoleKind; heading: string }

function columnRole(heading: string, hasTask: boolean): ColumnRole | null {
  if (NUMBER_COLUMNS.includes(heading)) return 'number'
  if (/(?:单位|部门|主体|处室)$/.test(heading) || ['牵头', '配合', '责任', '负责', '主办', '协办'].includes(heading)) {
    const found = LABEL_WORDS.find(([word]) => heading.includes(word))
    return { unit: found ? found[1] : 'shared', heading }
  }
  if (DEADLINE_COLUMN_WORDS.some((w) => heading.includes(w))) return 'deadline'
  if (hasTask && CONTENT_COLUMN_WORDS.some((w) => heading.includes(w))) return 'content'
  if (!hasTask && TASK_COLUMN_WORDS.some((w) => heading.includes(w))) return 'task'
  if (CONTENT_COLUMN_WORDS.some((w) => heading.includes(w))) return 'content'
  return null
}

/**
 * Read a table as a task table.
 * @param ctx the extracted text
 * @param table a table of the input
 * @returns its rows, or null when the table is not a task table
 */
export function readTaskTable(ctx: Context, table: Table): TableRow[] | null {
  const headerIndex = table.rows.findIndex((row) => {
    const roles = row.map((cell, i) => columnRole(ctx.view(cell).replace(/\s+/g, ''), row.slice(0, i).some((c) => columnRole(ctx.view(c).replace(/\s+/g, ''), false) === 'task')))
    return roles.includes('task') && roles.some((r) => typeof r === 'object')
  })
  if (headerIndex < 0) return null
  const header = table.rows[headerIndex] as Cell[]
  const roles: Array<ColumnRole | null> = []
  for (const cell of header) {
    const role = columnRole(ctx.view(cell).replace(/\s+/g, ''), roles.includes('task'))
    for (let k = 0; k < cell.colspan; k++) roles.push(role)
  }

  // Lines of the table, to hand each row the lines of its cells.
  const lineIndices: number[] = []
  for (let i = table.firstLine; i <= table.lastLine; i++) lineIndices.push(i)
  const linesOf = (from: number, to: number): number[] =>
    lineIndices.filter((i) => {
      const l = ctx.lines[i]!
      return l.start >= from && l.end <= to
    })

  const rows: TableRow[] = []
  const text = (lines: number[]): TableRow => ({ kind: 'text', numbering: { text: '', value: 0, style: 'row' }, lines, task: null, content: null, units: [], deadline: null })
  const before = table.rows.slice(0, headerIndex + 1)
  if (before.length) rows.push(text(linesOf(before[0]![0]!.start, header[header.length - 1]!.end)))
  let count = 0
  for (const row of table.rows.slice(headerIndex + 1)) {
    const first = row[0]
    const last = row[row.length - 1]
    if (!first || !last) continue
    const lines = linesOf(first.start, last.end)
    const nonEmpty = row.filter((c) => c.end > c.start)
    if (nonEmpty.length === 1 && (row.length === 1 || first.colspan > 1 || nonEmpty[0] === first)) {
      rows.push({ ...text(lines), kind: 'group', group: nonEmpty[0] as Cell })
      continue
    }
    const byRole: TableRow = { ...text(lines), kind: 'task' }
    let column = 0
    for (const cell of row) {
      const role = roles[column]
      column += cell.colspan
      if (role === 'number') {
        const text = ctx.view(cell).trim()
        if (/^\d+$/.test(text)) byRole.numbering = { text: ctx.text(cell).trim(), value: Number(text), style: 'row' }
      } else if (role === 'task') byRole.task = cell
      else if (role === 'content') byRole.content ??= cell
      else if (role === 'deadline') byRole.deadline = cell
      else if (role && typeof role === 'object') byRole.units.push({ heading: role.heading, kind: role.unit, cell })
    }
    if (!byRole.task || byRole.task.end <= byRole.task.start) {
      rows.push(text(lines))
      continue
    }
    count++
    if (!byRole.numbering.text) byRole.numbering = { text: '', value: count, style: 'row' }
    rows.push(byRole)
  }
  return rows
}
