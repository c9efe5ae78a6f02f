/**
 * What changed between two notices (this year's key tasks and last year's): tasks added, removed, reworded (paired
 * by title similarity), edited (their text) or moved (to another heading or parent task, or out of order), targets
 * raised, lowered, new or dropped (paired by metric and unit within paired tasks), and units that changed. Pure: two
 * notice trees in, one JSON value out.
 */
import { allTasks, headingTargets, ledgerTasks, taskText, type LedgerTask } from '../tree/walk.js'
import type { Comparator, Notice, Target, Task } from '../tree/schema.js'
import { comparable, textEdits, type TextEdit } from './edits.js'
import { pairUp, similarity } from './similarity.js'

export type { TextEdit } from './edits.js'

/** Least title similarity at which a new task is taken for an old one reworded. */
export const TASK_SIMILARITY = 0.5
/** Least metric similarity at which two targets of the same unit are the same target. */
export const METRIC_SIMILARITY = 0.6

/** A task as a diff names it. */
export interface TaskRef {
  index: number
  number: string
  chapter: string
  title: string
  line: number
}

/** A target as a diff shows it. */
export interface TargetRef {
  text: string
  metric: string | null
  unit: string | null
  value: number | null
  min?: number
  max?: number
  comparator: Comparator
  due: string | null
  line: number
}

/** A target present in both notices whose value (or comparator or due date) differs. */
export interface TargetChange {
  metric: string | null
  unit: string | null
  /** The task in the new notice (null for targets of headings or the preamble). */
  task: TaskRef | null
  old: TargetRef
  new: TargetRef
}

/** A target in only one of the notices. */
export interface TargetOnly {
  task: TaskRef | null
  target: TargetRef
}

/** A task present in both notices whose text changed, besides its number and title. */
export interface TaskEdit {
  old: TaskRef
  new: TaskRef
  /** What was cut and put in, in reading order (whitespace left out: it is layout). */
  edits: TextEdit[]
}

/** A task present in both notices that stands elsewhere: under another heading or parent task, or out of order. */
export interface TaskMove {
  old: TaskRef
  new: TaskRef
  /** `place`: under another heading or task; `order`: among the same tasks, in another order. */
  reason: 'place' | 'order'
}

/** The units of a task present in both notices that differ. */
export interface UnitChange {
  task: TaskRef
  lead: { added: string[]; removed: string[] }
  support: { added: string[]; removed: string[] }
}

/** What changed between two notices. */
export interface NoticeDiff {
  type: 'noticeDiff'
  old: { title: string | null; tasks: number; targets: number }
  new: { title: string | null; tasks: number; targets: number }
  tasks: {
    added: TaskRef[]
    removed: TaskRef[]
    /** Paired tasks whose title changed. */
    reworded: Array<{ old: TaskRef; new: TaskRef; similarity: number }>
    /** Paired tasks whose text changed, besides the number and title. */
    edited: TaskEdit[]
    /** Paired tasks that moved; renumbering alone is no move. */
    moved: TaskMove[]
  }
  targets: {
    raised: TargetChange[]
    lowered: TargetChange[]
    /** Same value, other comparator or due date. */
    changed: TargetChange[]
    new: TargetOnly[]
    dropped: TargetOnly[]
  }
  units: {
    changed: UnitChange[]
    /** Units that only the new notice names. */
    added: string[]
    /** Units that only the old notice names. */
    removed: string[]
  }
}

const ref = (e: LedgerTask): TaskRef => ({ index: e.index, number: e.number, chapter: e.chapter, title: e.task.title, line: e.task.position.start.line })

function targetRef(t: Target): TargetRef {
  const out: TargetRef = { text: t.text, metric: t.metric, unit: t.unit, value: t.value, comparator: t.comparator, due: t.due, line: t.position.start.line }
  if (t.min !== undefined) out.min = t.min
  if (t.max !== undefined) out.max = t.max
  return out
}

/** The number a target is compared by: its value, or for a range its upper then lower bound. */
const measure = (t: Target): number | null => t.value ?? t.max ?? t.min ?? null

const targetKey = (t: Target): string => `${t.metric ?? t.action ?? ''}|${t.unit ?? ''}`

const difference = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x))


function compareTargets(olds: readonly Target[], news: readonly Target[], task: TaskRef | null, into: NoticeDiff['targets']): void {
  const { pairs, oldOnly, newOnly } = pairUp(
    olds,
    news,
    targetKey,
    (a, b) => (a.unit === b.unit && a.metric && b.metric ? similarity(a.metric, b.metric) : 0),
    METRIC_SIMILARITY,
  )
  for (const [i, j] of pairs) {
    const a = olds[i] as Target
    const b = news[j] as Target
    const change: TargetChange = { metric: b.metric, unit: b.unit, task, old: targetRef(a), new: targetRef(b) }
    const x = measure(a)
    const y = measure(b)
    if (x !== null && y !== null && y > x) into.raised.push(change)
    else if (x !== null && y !== null && y < x) into.lowered.push(change)
    else if (a.comparator !== b.comparator || a.due !== b.due || a.min !== b.min) into.changed.push(change)
  }
  for (const i of oldOnly) into.dropped.push({ task, target: targetRef(olds[i] as Target) })
  for (const j of newOnly) into.new.push({ task, target: targetRef(news[j] as Target) })
}

/**
 * The heading each task stands under, without its number (chapters are renumbered from one year to the next); a
 * sub-task stands under its parent's.
 */
function headings(notice: Notice): Map<Task, string> {
  const out = new Map<Task, string>()
  // Note: allTasks lists a parent before its sub-tasks.
  for (const { task, parent } of allTasks(notice)) out.set(task, parent.type === 'task' ? (out.get(parent) ?? '') : parent.type === 'notice' ? '' : parent.title)
  return out
}

/** The text of a task without its number and title, for comparing: those are the pairing's and `reworded`'s. */
function body(task: Task): string {
  const text = comparable(taskText(task))
  const head = comparable(`${task.number?.text ?? ''}${task.title}`)
  return text.startsWith(head) ? text.slice(head.length) : text
}

/**
 * The positions of a longest increasing run (not necessarily contiguous) of numbers: the pairs that kept their order.
 * @param values distinct numbers
 * @returns the indexes into `values` of one longest increasing subsequence
 */
export function longestIncreasing(values: readonly number[]): Set<number> {
  // Patience sorting: tails[k] is the index of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = []
  const previous: number[] = new Array<number>(values.length).fill(-1)
  values.forEach((value, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((values[tails[mid]!] as number) < value) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[i] = tails[lo - 1]!
    tails[lo] = i
  })
  const out = new Set<number>()
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) out.add(i)
  return out
}

/**
 * Paired tasks that moved: under a heading that is not the old one's (by title similarity), under another parent
 * task, or out of the order the other pairs keep.
 */
function moves(olds: readonly LedgerTask[], news: readonly LedgerTask[], pairs: ReadonlyArray<readonly [number, number, number]>, before: Notice, after: Notice): TaskMove[] {
  const oldHeadings = headings(before)
  const newHeadings = headings(after)
  const newOf = new Map(pairs.map(([i, j]) => [i, j]))
  const out: TaskMove[] = []
  const stayed: Array<readonly [number, number]> = []
  for (const [i, j] of pairs) {
    const a = olds[i] as LedgerTask
    const b = news[j] as LedgerTask
    const x = oldHeadings.get(a.task) ?? ''
    const y = newHeadings.get(b.task) ?? ''
    const otherHeading = x !== y && similarity(x, y) < TASK_SIMILARITY
    const otherParent = a.parent === null || b.parent === null ? a.parent !== b.parent : newOf.get(a.parent - 1) !== b.parent - 1
    if (otherHeading || otherParent) out.push({ old: ref(a), new: ref(b), reason: 'place' })
    else stayed.push([i, j])
  }
  // Of the tasks that stayed in place, pairs come sorted by the new index: those whose old indexes rise along them
  // kept their order, and the fewest others moved.
  const kept = longestIncreasing(stayed.map(([i]) => i))
  stayed.forEach(([i, j], k) => {
    if (!kept.has(k)) out.push({ old: ref(olds[i] as LedgerTask), new: ref(news[j] as LedgerTask), reason: 'order' })
  })
  out.sort((p, q) => p.new.index - q.new.index)
  return out
}

/**
 * How many changes a diff holds: tasks, targets and units changed, added or removed.
 * @param diff what `diffNotices` found
 * @returns 0 when the notices say the same
 */
export function changeCount(diff: NoticeDiff): number {
  const { tasks, targets, units } = diff
  return [tasks.added, tasks.removed, tasks.reworded, tasks.edited, tasks.moved, targets.raised, targets.lowered, targets.changed, targets.new, targets.dropped, units.changed, units.added, units.removed].reduce(
    (n, list) => n + list.length,
    0,
  )
}

const unitsOf = (tasks: readonly LedgerTask[]): string[] => [...new Set(tasks.flatMap((e) => [...e.task.lead, ...e.task.support]))]

/**
 * What changed from one notice to another.
 * @param before the old notice
 * @param after the new notice
 * @returns tasks, targets and units added, removed or changed
 */
export function diffNotices(before: Notice, after: Notice): NoticeDiff {
  const olds = ledgerTasks(before)
  const news = ledgerTasks(after)
  const count = (tasks: readonly LedgerTask[], loose: readonly Target[]): number => loose.length + tasks.reduce((n, e) => n + e.task.targets.length, 0)
  const diff: NoticeDiff = {
    type: 'noticeDiff',
    old: { title: before.title, tasks: olds.length, targets: count(olds, headingTargets(before)) },
    new: { title: after.title, tasks: news.length, targets: count(news, headingTargets(after)) },
    tasks: { added: [], removed: [], reworded: [], edited: [], moved: [] },
    targets: { raised: [], lowered: [], changed: [], new: [], dropped: [] },
    units: { changed: [], added: [], removed: [] },
  }
  const { pairs, oldOnly, newOnly } = pairUp(olds, news, (e) => e.task.title, (a, b) => similarity(a.task.title, b.task.title), TASK_SIMILARITY)
  diff.tasks.removed = oldOnly.map((i) => ref(olds[i] as LedgerTask))
  diff.tasks.added = newOnly.map((j) => ref(news[j] as LedgerTask))
  for (const [i, j, score] of pairs) {
    const a = olds[i] as LedgerTask
    const b = news[j] as LedgerTask
    if (a.task.title !== b.task.title) diff.tasks.reworded.push({ old: ref(a), new: ref(b), similarity: Math.round(score * 100) / 100 })
    const edits = textEdits(body(a.task), body(b.task))
    if (edits.length > 0) diff.tasks.edited.push({ old: ref(a), new: ref(b), edits })
    compareTargets(a.task.targets, b.task.targets, ref(b), diff.targets)
    const lead = { added: difference(b.task.lead, a.task.lead), removed: difference(a.task.lead, b.task.lead) }
    const support = { added: difference(b.task.support, a.task.support), removed: difference(a.task.support, b.task.support) }
    if (lead.added.length + lead.removed.length + support.added.length + support.removed.length > 0) {
      diff.units.changed.push({ task: ref(b), lead, support })
    }
  }
  diff.tasks.moved = moves(olds, news, pairs, before, after)
  compareTargets(headingTargets(before), headingTargets(after), null, diff.targets)
  const oldUnits = unitsOf(olds)
  const newUnits = unitsOf(news)
  diff.units.added = difference(newUnits, oldUnits)
  diff.units.removed = difference(oldUnits, newUnits)
  return diff
}
