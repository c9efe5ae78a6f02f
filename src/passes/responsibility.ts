/**
 * The responsibility pass: the statements of each task (`（牵头单位：A；配合单位：B）`, a task table's unit cells)
 * become its responsibility nodes, lead and support units and deadline, under the conventions a notice states once
 * (`列第一位者为牵头单位，下同`), read in the order the notice states them.
 */
import type { Document, Line } from '../document/document.js'
import {
  DEADLINE_LABEL,
  findUnreadStatements,
  namesItsLead,
  FIRST_LEADS_PATTERNS,
  FIRST_LEADS_WORD,
  readStatement,
  resolveRoles,
  splitUnits,
  type Conventions,
  type Statement,
} from '../grammar/statements.js'
import type { Responsibility, Task } from '../tree/schema.js'
import { exact } from '../tree/exact.js'
import { noteUnread, type Pass, type ParseState, type Reading } from './state.js'
import type { TableRow } from './task-table.js'

/** A deadline written in a task: `2023年6月底前`, `年底前`, `6月30日前`. */
const DEADLINE_IN_TEXT = /(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年末|上半年|下半年|\d{4}年(?:底|末)?)(?:前|之前|以前)/
/** The character every `DEADLINE_IN_TEXT` match ends with: lines without it are not searched. */
const DEADLINE_END = '前'

const unique = (names: string[]): string[] => exact([...new Set(names)])

/** Note conventions a line states for the whole notice (`第一个单位为牵头单位`). */
function noteConventions(doc: Document, conventions: Conventions, line: Line): void {
  const view = doc.view(line)
  if (view.includes(FIRST_LEADS_WORD) && FIRST_LEADS_PATTERNS.some((re) => re.test(view))) conventions.firstLeads = true
}

function toResponsibility(doc: Document, conventions: Conventions, s: Statement, base: number, ledBefore = false): Responsibility {
  const { lead, support, roles } = resolveRoles(s, conventions, ledBefore)
  return {
    type: 'responsibility',
    text: doc.textAt(base + s.start, base + s.end),
    lead: exact(lead),
    support: exact(support),
    roles: roles.map((r) => ({ role: r.role, kind: r.kind, units: exact(r.units) })),
    deadline: s.deadline,
    position: doc.place(base + s.start, base + s.end),
  }
}

/** Statements of a task-table row: each unit cell, read as a statement or as a list under its column heading. */
function rowResponsibilities(doc: Document, conventions: Conventions, row: TableRow): Responsibility[] {
  const out: Responsibility[] = []
  // A cell of a shared column (`责任单位`, `配合/责任单位`) supports the row's 牵头 cell when it has units, else leads.
  let led = false
  for (const { heading, kind, cell } of row.units) {
    const view = doc.view(cell)
    const plain = doc.text(cell)
    const read = readStatement(view, plain)
    const roles = read?.roles.length ? read.roles : [{ role: heading, kind, units: splitUnits(view, plain) }]
    if (roles.every((r) => r.units.length === 0)) continue
    const statement: Statement = { start: 0, end: view.length, roles, deadline: read?.deadline ?? null, firstLeads: false, addsLead: [] }
    out.push(toResponsibility(doc, conventions, statement, cell.start, led))
    if (namesItsLead(statement)) led = true
  }
  return out
}

function deadlineOf(doc: Document, lines: readonly Line[], statements: readonly Responsibility[], row: TableRow | null): string | null {
  const cell = row?.deadline
  if (cell && cell.end > cell.start) return doc.text(cell).trim()
  const stated = statements.find((s) => s.deadline)?.deadline
  if (stated) return stated
  for (const line of lines) {
    const m = DEADLINE_LABEL.exec(doc.view(line))
    const found = m?.[1]?.trim()
    if (m && found) {
      const at = line.start + m.index + m[0].length - m[1]!.length
      return doc.textAt(at, at + m[1]!.length).trim()
    }
  }
  for (const line of lines) {
    const view = doc.view(line)
    const m = view.includes(DEADLINE_END) ? DEADLINE_IN_TEXT.exec(view) : null
    if (m) return doc.textAt(line.start + m.index, line.start + m.index + m[0].length)
  }
  return null
}

/**
 * The responsibility reader of a parse: reads one reading at a time, in the order the notice is read (the conventions
 * a notice states take effect from where they are stated).
 * @param state the parse, after the outline pass made the readings given to it
 * @returns reads the statements of a reading into its node
 */
export function responsibilityReader(state: ParseState): (reading: Reading) => void {
  const { document: doc, statements: table } = state
  const conventions: Conventions = { firstLeads: false, addsLead: [] }
  /** Lines whose unread statements are noted: a line may be read by more than one node. */
  const noted = new Set<number>()
  return (reading) => {
    const statements: Responsibility[] = reading.row ? rowResponsibilities(doc, conventions, reading.row) : []
    let led = false
    if (reading.readsStatements) {
      for (const line of reading.own) {
        noteConventions(doc, conventions, line)
        const taken = table.take(line)
        for (const s of taken) {
          // `牵头单位：A` on one line, `责任单位：B` on the next: after the task's named lead, a shared role supports.
          // Brackets stand each for itself: several in one task add up.
          const label = !'(【['.includes(doc.view(line)[s.start] as string)
          statements.push(toResponsibility(doc, conventions, s, line.start, label && led))
          if (label && namesItsLead(s)) led = true
        }
        if (noted.has(line.start)) continue
        noted.add(line.start)
        // Brackets and labels that look like statements and gave no unit, for a person to look at.
        const read = taken.filter((s) => s.roles.some((r) => r.units.length > 0) || s.firstLeads || s.addsLead.length > 0)
        for (const u of findUnreadStatements(doc.view(line), read)) noteUnread(state, 'responsibility', line.start + u.start, line.start + u.end)
      }
    }
    if (reading.node.type === 'task') fillTask(doc, reading, reading.node, statements)
  }
}

/**
 * The responsibility pass: every reading, in order.
 * @param state the parse, after the outline pass
 */
export const responsibilityPass: Pass = (state) => {
  const read = responsibilityReader(state)
  for (const reading of state.readings) read(reading)
}

/** A task's units and deadline, from its statements and lines. */
function fillTask(doc: Document, reading: Reading, task: Task, statements: Responsibility[]): void {
  task.lead = unique(statements.flatMap((s) => s.lead))
  task.support = unique(statements.flatMap((s) => s.support))
  task.deadline = deadlineOf(doc, reading.own, statements, reading.row)
  task.responsibilities = exact(statements)
}
