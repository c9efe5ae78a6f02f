/**
 * What the page shows of a parse: the notice, its Document, the ledger, every target with an id, the check
 * findings, and spans of the text to mark, in offsets of the Document's text (`plain`).
 */
import { ledgerTasks, type Document, type LedgerTask, type Notice, type Position, type Target, type Task } from 'gongwen'
import { checkDocument } from 'gongwen/check'

/** Something the text view marks. */
export interface Mark {
  kind: 'task' | 'resp' | 'target'
  start: number
  end: number
  /** For a task: its ledger index; for a target: its index in `targets`. */
  id: number
}

/** A finding of `check`, as the page lists it. */
export interface Finding {
  severity: 'error' | 'warning' | 'info'
  reason: string
  ruleId: string
  line: number
  column: number
  /** Where it starts in the Document's text. */
  offset: number
}

/** A parse as the page shows it. */
export interface Model {
  name: string
  notice: Notice
  document: Document
  ledger: LedgerTask[]
  targets: Target[]
  marks: Mark[]
  findings: Finding[]
  /** `notice.unread`, where the library gives it. */
  unread: unknown[] | null
  /** Where each ledger task starts in the Document's text. */
  taskOffsets: number[]
  parseMs: number
}

/** Every target of a notice, in reading order (any node may hold some). */
function collectTargets(node: unknown, out: Target[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectTargets(item, out)
    return
  }
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if (record.type === 'target') {
    out.push(node as Target)
    return
  }
  for (const [key, value] of Object.entries(record)) if (key !== 'position' && typeof value === 'object') collectTargets(value, out)
}

/** The span of a position in the Document's text. */
function span(document: Document, position: Position): [number, number] {
  return [document.plainOffset(position.start.offset), document.plainOffset(position.end.offset)]
}

/** Where a task's heading (number and title) stands in the Document's text. */
function headingSpan(document: Document, task: Task): [number, number] {
  const [start] = span(document, task.position)
  const heading = (task.number?.text ?? '') + task.title
  const found = document.plain.indexOf(task.title, start)
  // The title is near the start of the task; a title not found there marks only the start.
  if (found >= 0 && found - start < heading.length + 40) return [start, found + task.title.length]
  return [start, Math.min(document.plain.length, start + heading.length)]
}

/**
 * Build the page's model of a parse.
 * @param name the input's name
 * @param notice the notice
 * @param document the Document it was read from
 * @param parseMs how long reading and parsing took
 * @returns the model
 */
export function buildModel(name: string, notice: Notice, document: Document, parseMs: number): Model {
  const ledger = ledgerTasks(notice)
  const targets: Target[] = []
  collectTargets(notice, targets)
  targets.sort((a, b) => a.position.start.offset - b.position.start.offset)
  const marks: Mark[] = []
  const taskOffsets: number[] = []
  for (const entry of ledger) {
    const [start, end] = headingSpan(document, entry.task)
    taskOffsets.push(start)
    marks.push({ kind: 'task', start, end, id: entry.index })
    for (const r of entry.task.responsibilities) {
      const [s, e] = span(document, r.position)
      marks.push({ kind: 'resp', start: s, end: e, id: entry.index })
    }
  }
  targets.forEach((t, i) => {
    const [start, end] = span(document, t.position)
    marks.push({ kind: 'target', start, end, id: i })
  })
  const file = checkDocument(notice, document, { path: name })
  const findings: Finding[] = file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place.start : m.place
    return {
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      reason: m.reason,
      ruleId: m.ruleId ?? '',
      line: place?.line ?? 1,
      column: place?.column ?? 1,
      offset: place?.offset === undefined ? 0 : document.plainOffset(place.offset),
    }
  })
  const unread = (notice as Notice & { unread?: unknown }).unread
  return { name, notice, document, ledger, targets, marks, findings, unread: Array.isArray(unread) ? unread : null, taskOffsets, parseMs }
}
