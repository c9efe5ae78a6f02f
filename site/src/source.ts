/**
 * The text of the notice with tasks, responsibility statements and targets marked; a target shows its reading
 * (metric, value, unit, comparator, due) in a tooltip on hover and on keyboard focus.
 */
import type { Target } from 'gongwen'
import { byId, h } from './dom.js'
import type { Words } from './i18n.js'
import type { Mark, Model } from './model.js'

/** Mark kinds by strength: a target inside a task heading is shown as a target. */
const STRENGTH = { task: 1, resp: 2, target: 3 } as const

/** For each character of the text, the strongest mark on it (-1 for none). */
function layout(length: number, marks: readonly Mark[]): Int32Array {
  const at = new Int32Array(length).fill(-1)
  marks.forEach((mark, i) => {
    for (let k = Math.max(0, mark.start); k < Math.min(length, mark.end); k++) {
      const current = at[k] as number
      if (current < 0 || STRENGTH[(marks[current] as Mark).kind] <= STRENGTH[mark.kind]) at[k] = i
    }
  })
  return at
}

/** The tooltip's content for a target. */
function describe(target: Target, words: Words): HTMLElement {
  const value = target.comparator === 'between' ? `${target.min ?? ''}–${target.max ?? ''}` : (target.valueText ?? String(target.value ?? ''))
  const row = (label: string, text: string) => h('div', {}, h('dt', {}, label), h('dd', {}, text || words.none))
  return h(
    'dl',
    {},
    row(words.metric, target.metric ?? ''),
    row(words.value, value),
    row(words.unit, [target.unit, target.per ? `/${target.per}` : ''].join('')),
    row(words.comparator, `${words.comparators[target.comparator ?? ''] ?? target.comparator ?? ''}${target.comparator ? ` (${target.comparator})` : ''}`),
    row(words.due, target.due ?? ''),
  )
}

/**
 * Show the text of a parse.
 * @param model the parse
 * @param words the page's words
 */
export function renderSource(model: Model, words: Words): void {
  const { document, marks } = model
  const text = document.plain
  const at = layout(text.length, marks)
  const root = byId('source')
  const lines: HTMLElement[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const body = h('span', { class: 'lt' })
    for (let k = lineStart; k < lineEnd; ) {
      const mark = at[k] as number
      let end = k + 1
      while (end < lineEnd && at[end] === mark) end++
      const piece = text.slice(k, end)
      if (mark < 0) body.append(piece)
      else {
        const m = marks[mark] as Mark
        const attrs: Record<string, string | number> = { class: m.kind, 'data-kind': m.kind }
        if (m.kind === 'target') Object.assign(attrs, { tabindex: 0, 'data-target': m.id })
        if (m.kind === 'task' && k === m.start) attrs.id = `task-${m.id}`
        body.append(h('mark', attrs, piece))
      }
      k = end
    }
    const line = document.place(lineStart, lineStart).start.line
    lines.push(h('div', { class: 'line', 'data-start': lineStart }, h('span', { class: 'ln', 'aria-hidden': 'true' }, String(line)), body))
    if (lineEnd >= text.length) break
    lineStart = lineEnd + 1
  }
  root.replaceChildren(...lines)
  wireTooltip(root, model, words)
}

let hideTimer = 0
/** What the tooltip reads from: the parse shown and the page's words. */
let shown: { model: Model; words: Words } | null = null
let wired = false

/** Hover and focus of targets show the tooltip; Escape, blur and leaving hide it. Wired once. */
function wireTooltip(root: HTMLElement, model: Model, words: Words): void {
  shown = { model, words }
  if (wired) return
  wired = true
  const tooltip = byId('tooltip')
  const show = (mark: HTMLElement): void => {
    const target = shown?.model.targets[Number(mark.dataset.target)]
    if (!target || !shown) return
    window.clearTimeout(hideTimer)
    tooltip.replaceChildren(h('p', { class: 'tt-text' }, target.text), describe(target, shown.words))
    tooltip.hidden = false
    mark.setAttribute('aria-describedby', 'tooltip')
    const box = mark.getBoundingClientRect()
    const width = Math.min(320, window.innerWidth - 16)
    tooltip.style.width = `${width}px`
    tooltip.style.left = `${Math.max(8, Math.min(window.innerWidth - width - 8, box.left + window.scrollX))}px`
    // Below the target, or above it where the window has no room below.
    const below = box.bottom + 6 + tooltip.offsetHeight <= window.innerHeight
    tooltip.style.top = `${(below ? box.bottom + 6 : box.top - 6 - tooltip.offsetHeight) + window.scrollY}px`
  }
  const hide = (): void => {
    tooltip.hidden = true
    for (const m of root.querySelectorAll('[aria-describedby="tooltip"]')) m.removeAttribute('aria-describedby')
  }
  const targetOf = (event: Event): HTMLElement | null => (event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('mark[data-target]') : null)
  root.addEventListener('mouseover', (event) => {
    const mark = targetOf(event)
    if (mark) show(mark)
  })
  root.addEventListener('mouseout', (event) => {
    if (targetOf(event)) hideTimer = window.setTimeout(hide, 150)
  })
  root.addEventListener('focusin', (event) => {
    const mark = targetOf(event)
    if (mark) show(mark)
  })
  root.addEventListener('focusout', hide)
  root.addEventListener('scroll', hide)
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide()
  })
}

/**
 * Scroll the text to an offset, and flash the line.
 * @param offset an offset of the Document's text
 * @param focusId the id of an element to focus there (a task's mark), if any
 */
export function scrollToOffset(offset: number, focusId?: string): void {
  const root = byId('source')
  let line: HTMLElement | null = null
  for (const el of root.children) {
    if (Number((el as HTMLElement).dataset.start) > offset) break
    line = el as HTMLElement
  }
  const focus = (focusId ? document.getElementById(focusId) : null) ?? line
  if (!focus || !line) return
  if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1')
  focus.scrollIntoView({ block: 'center' })
  focus.focus({ preventScroll: true })
  line.classList.remove('flash')
  void line.offsetWidth
  line.classList.add('flash')
}
