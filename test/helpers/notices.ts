/**
 * What tests compare between two readings of one notice: every task (sub-tasks included, in reading order) as its
 * title, lead and support units, and its targets' value, unit, comparator and metric; and the targets of headings.
 */
import { headingTargets } from '../../src/tree/walk.js'
import type { Notice, Target, Task } from '../../src/tree/schema.js'

/** All tasks of a notice in reading order. */
export function allTasks(notice: Notice): Task[] {
  const out: Task[] = []
  const walk = (tasks: readonly Task[]): void => {
    for (const t of tasks) {
      out.push(t)
      walk(t.tasks)
    }
  }
  walk(notice.tasks)
  for (const c of notice.chapters) {
    walk(c.tasks)
    const sections = (list: Notice['chapters'][number]['sections']): void => {
      for (const s of list) {
        walk(s.tasks)
        sections(s.sections)
      }
    }
    sections(c.sections)
  }
  return out
}

const target = (x: Target) => ({ value: x.value, unit: x.unit, comparator: x.comparator, metric: x.metric })


/** The content of a notice that must not depend on how it was stored. */
export function essentials(notice: Notice) {
  return {
    chapters: notice.chapters.map((c) => c.title),
    targets: headingTargets(notice).map(target),
    tasks: allTasks(notice).map((t) => ({
      title: t.title,
      lead: t.lead,
      support: t.support,
      targets: t.targets.map(target),
    })),
  }
}
