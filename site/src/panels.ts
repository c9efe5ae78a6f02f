/**
 * The panels of a parse: counts, the outline as a tree, the task ledger, check findings, the unread list and the
 * reader's notes. Choosing a task or a finding scrolls the text to it.
 */
import type { Chapter, LedgerTask, Section, Task } from 'gongwen'
import { byId, h } from './dom.js'
import type { Words } from './i18n.js'
import type { Model } from './model.js'
import { scrollToOffset } from './source.js'

/** Tasks and targets under a node, sub-tasks included. */
function countUnder(node: { tasks: Task[]; targets: unknown[]; sections?: Section[] }): { tasks: number; targets: number } {
  let tasks = 0
  let targets = node.targets.length
  const walkTask = (task: Task): void => {
    tasks++
    targets += task.targets.length
    task.tasks.forEach(walkTask)
  }
  node.tasks.forEach(walkTask)
  for (const section of node.sections ?? []) {
    const inner = countUnder(section)
    tasks += inner.tasks
    targets += inner.targets
  }
  return { tasks, targets }
}

/** A button that shows a task in the text. */
function taskButton(model: Model, task: Task, words: Words): HTMLElement {
  const entry = model.ledger.find((e) => e.task === task)
  const label = `${task.number?.text ?? ''}${task.title}`
  if (!entry) return h('span', {}, label)
  return h('button', { type: 'button', class: 'link', 'aria-label': words.jumpTo(label), onclick: () => jumpToTask(model, entry) }, label)
}

/** A list of tasks with their sub-tasks. */
function taskList(model: Model, tasks: readonly Task[], words: Words): HTMLElement | null {
  if (tasks.length === 0) return null
  return h('ul', {}, ...tasks.map((t) => h('li', { class: 'task' }, taskButton(model, t, words), taskList(model, t.tasks, words))))
}

/** A chapter or section, with what it holds, in a disclosure widget. */
function heading(model: Model, node: Chapter | Section, words: Words, open: boolean): HTMLElement {
  const counts = countUnder(node)
  const inner = h('div', { class: 'inner' }, ...node.sections.map((s) => heading(model, s, words, true)), taskList(model, node.tasks, words))
  return h(
    'details',
    { open, class: node.type },
    h('summary', {}, h('span', { class: 'heading-text' }, `${node.number?.text ?? ''}${node.title}`), ' ', h('span', { class: 'count' }, words.countsOf(counts.tasks, counts.targets))),
    inner,
  )
}

/** Scroll the text to a ledger task. */
export function jumpToTask(model: Model, entry: LedgerTask): void {
  scrollToOffset(model.taskOffsets[entry.index - 1] ?? 0, `task-${entry.index}`)
}

/**
 * Show the panels of a parse.
 * @param model the parse
 * @param words the page's words
 */
export function renderPanels(model: Model, words: Words): void {
  const { notice } = model
  byId('doc-title').textContent = [notice.title, notice.docNumber?.text].filter(Boolean).join('　') || model.name
  byId('doc-meta').textContent = [notice.issuer, notice.date].filter(Boolean).join(' · ')
  byId('chapter-count').textContent = String(notice.chapters.length)
  byId('task-count').textContent = String(model.ledger.length)
  byId('target-count').textContent = String(model.targets.length)
  byId('finding-count').textContent = String(model.findings.length)
  byId('timing').textContent = words.timing(model.parseMs.toFixed(1))

  const outline = byId('outline')
  const parts: HTMLElement[] = notice.chapters.map((c, i) => heading(model, c, words, i < 3))
  const loose = taskList(model, notice.tasks, words)
  if (loose) parts.push(h('details', { open: true }, h('summary', {}, words.noChapter), loose))
  outline.replaceChildren(...parts)

  const body = byId<HTMLTableElement>('ledger').tBodies[0] as HTMLTableSectionElement
  body.replaceChildren(
    ...model.ledger.map((entry) => {
      const { task } = entry
      const title = `${task.number?.text ?? ''}${task.title}`
      return h(
        'tr',
        { 'data-task': entry.index },
        h('td', { class: 'num' }, entry.number),
        h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link', 'aria-label': words.jumpTo(title), onclick: () => jumpToTask(model, entry) }, task.title)),
        h('td', {}, task.lead.join('、')),
        h('td', {}, task.support.join('、')),
        h('td', {}, task.deadline ?? ''),
        h('td', {}, task.targets.map((t) => t.text).join('；')),
      )
    }),
  )
  // A click anywhere on a row shows its task, as the button in it does by keyboard.
  body.onclick = (event) => {
    if (!(event.target instanceof Element) || event.target.closest('button')) return
    const row = event.target.closest<HTMLElement>('tr[data-task]')
    const entry = row ? model.ledger[Number(row.dataset.task) - 1] : undefined
    if (entry) jumpToTask(model, entry)
  }

  const findings = byId('findings')
  findings.replaceChildren(
    ...(model.findings.length === 0
      ? [h('li', { class: 'none' }, words.noFindings)]
      : model.findings.map((f) =>
          h(
            'li',
            { class: `finding ${f.severity}` },
            h('span', { class: `badge ${f.severity}` }, words.severity[f.severity] ?? f.severity),
            ' ',
            h('button', { type: 'button', class: 'link', onclick: () => scrollToOffset(f.offset) }, words.line(f.line, f.column)),
            ' ',
            h('span', { class: 'reason' }, f.reason),
            ' ',
            h('code', { class: 'rule' }, f.ruleId),
          ),
        )),
  )

  byId('unread-box').hidden = model.unread === null || model.unread.length === 0
  byId('unread').replaceChildren(
    ...(model.unread ?? []).map((u) => {
      const entry = u as { text?: string; position?: { start: { offset: number; line: number } } }
      const text = typeof u === 'string' ? u : (entry.text ?? JSON.stringify(u))
      const offset = entry.position ? model.document.plainOffset(entry.position.start.offset) : null
      return h('li', {}, offset === null ? text : h('button', { type: 'button', class: 'link', onclick: () => scrollToOffset(offset) }, text))
    }),
  )
  byId('warnings-box').hidden = notice.warnings.length === 0
  byId('warnings').replaceChildren(...notice.warnings.map((w) => h('li', {}, w)))
}
