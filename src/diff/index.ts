/**
 * What changed between two notices (this year's key tasks and last year's): tasks added, removed or reworded
 * (paired by title similarity), targets raised, lowered, new or dropped (paired by metric and unit within paired
 * tasks), and units that changed. Pure: two notice trees in, one JSON value out.
 */
import { headingTargets, ledgerTasks, type LedgerTask } from '../tree/walk.js'
import type { Comparator, Notice, Target } from '../tree/schema.js'
import { pairUp, similarity } from './similarity.js'

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
    reworded: Array<{ old: TaskRef; new: TaskRef; similarity: number }>
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
    tasks: { added: [], removed: [], reworded: [] },
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
    compareTargets(a.task.targets, b.task.targets, ref(b), diff.targets)
    const lead = { added: difference(b.task.lead, a.task.lead), removed: difference(a.task.lead, b.task.lead) }
    const support = { added: difference(b.task.support, a.task.support), removed: difference(a.task.support, b.task.support) }
    if (lead.added.length + lead.removed.length + support.added.length + support.removed.length > 0) {
      diff.units.changed.push({ task: ref(b), lead, support })
    }
  }
  compareTargets(headingTargets(before), headingTargets(after), null, diff.targets)
  const oldUnits = unitsOf(olds)
  const newUnits = unitsOf(news)
  diff.units.added = difference(newUnits, oldUnits)
  diff.units.removed = difference(oldUnits, newUnits)
  return diff
}
