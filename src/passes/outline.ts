/**
 * The outline pass: numbered items → chapters, sections and tasks with their titles, paragraphs and positions,
 * attachments, preamble and web-page chrome. Which item is a chapter, a section or a task is decided here; what
 * the later passes read of each node (its lines, the chapter it stands in) goes into the side table of readings,
 * in the order the notice is read.
 */
import { makeLine, type Document, type Line } from '../document/document.js'
import { findStatements } from '../grammar/statements.js'
import type { Chapter, Notice, Paragraph, Position, Section, Task } from '../tree/schema.js'
import { exact } from '../tree/exact.js'
import { append } from '../util/arrays.js'
import { readItems, type Item, type Part } from './items.js'
import { noteUnread, type Pass, type ParseState, type Reading, type ReadingNode } from './state.js'
import { flattenedColumns, flattenedRow, type FlatColumn, type TableRow } from './task-table.js'

/** Characters that end a title: the first sentence or clause of an item. */
const TITLE_STOPS = '。;:!?'
/** Longest heading without a sentence end that is still a heading, not a paragraph. */
const MAX_HEADING = 60
/** Longest heading that ends with `。`, like `（三）基本原则。`. */
const MAX_HEADING_WITH_STOP = 20

interface Build {
  state: ParseState
  doc: Document
  /** Title of the chapter being read. */
  chapter: string | null
  /** The unit columns of a task table flattened into text, when the part prints its header. */
  flat: FlatColumn[] | null
  /** Takes each top-level chapter once it is whole, when the outline is streamed (see `OnChapter`). */
  onChapter: OnChapter | null
}

/**
 * Takes a top-level chapter once nothing more can join it, and with it how many readings, from the first not yet
 * handed over, are read before the next node: the chapter's own, and those of the nodes read before it.
 */
export type OnChapter = (chapter: Chapter, readings: number) => void

/** List what a node reads in the later passes, at the point the notice reads it. */
function read(b: Build, node: ReadingNode, own: readonly Line[], targets: Line[], options: { readsStatements?: boolean; row?: TableRow } = {}): Reading {
  const reading: Reading = { node, own, readsStatements: options.readsStatements ?? true, targets, scope: b.chapter, row: options.row ?? null }
  b.state.readings.push(reading)
  return reading
}

/** Where the statements of a line stand. */
const statementSpans = (b: Build, line: Line) => b.state.statements.spans(line)

/** The title of an item: its first line after the marker, up to the first sentence or clause end. */
function titleOf(doc: Document, line: Line, contentStart: number, stopAt: number): string {
  const view = doc.view(line)
  let end = Math.min(view.length, stopAt)
  for (let i = contentStart; i < end; i++) {
    if (TITLE_STOPS.includes(view[i] as string)) {
      end = i
      break
    }
  }
  return doc.textAt(line.start + contentStart, line.start + end).trim()
}

/** Whether an item's first line is a heading: short, and no sentence end but at its very end. */
function headingLike(doc: Document, item: Item): boolean {
  if (item.row || item.numbering.style === 'article') return false
  const line = doc.lines[item.lines[0]!]!
  const whole = doc.view(line).slice(item.contentStart)
  const content = whole.replace(/[。:]$/, '')
  if (content.length === 0 || content.length > MAX_HEADING) return false
  for (const stop of TITLE_STOPS) if (content.includes(stop)) return false
  // `（三）基本原则。` is a heading; `为规范管理，制定本办法。` is a sentence.
  if (whole.endsWith('。') && (content.includes(',') || content.length > MAX_HEADING_WITH_STOP)) return false
  return findStatements(content, content).length === 0
}

const linesOf = (doc: Document, indices: readonly number[]): Line[] => indices.map((i) => doc.lines[i]!).filter(Boolean)

function allLines(item: Item): number[] {
  return [...item.lines, ...item.children.flatMap(allLines)]
}

function cover(doc: Document, indices: readonly number[]): Position {
  let start = Infinity
  let end = -Infinity
  for (const i of indices) {
    const l = doc.lines[i]
    if (!l) continue
    start = Math.min(start, l.start)
    end = Math.max(end, l.end)
  }
  return Number.isFinite(start) ? doc.place(start, end) : doc.place(0, 0)
}

function paragraphs(doc: Document, lines: readonly Line[]): Paragraph[] {
  return lines.map((l) => doc.paragraph(l))
}

/** The title of a task from its first line: it never runs into the responsibility bracket of that line. */
function lineTitle(b: Build, first: Line, contentStart: number): string {
  const inLine = statementSpans(b, first)[0]
  return titleOf(b.doc, first, contentStart, inLine ? inLine.start : b.doc.view(first).length)
}

/** The lines of a table row that state the task (its task and content cells), not its units or scope. */
function rowTextLines(item: Item, own: readonly Line[]): Line[] {
  const cells = [item.row?.task, item.row?.content].filter((c) => c !== null && c !== undefined)
  return own.filter((l) => cells.some((c) => l.start >= c.start && l.end <= c.end))
}

/** A task node as the outline gives it; the later passes fill its units, deadline and targets. */
function taskNode(item: Item, title: string, paragraphList: Paragraph[], position: Position): Task {
  return {
    type: 'task',
    number: item.numbering.text || item.row ? item.numbering : null,
    title,
    lead: [],
    support: [],
    deadline: null,
    responsibilities: [],
    targets: [],
    tasks: [],
    paragraphs: paragraphList,
    position,
  }
}

/** Whether an item is a heading of markup without a number of its own (`## 方案说明`). */
const isMarkupHeading = (item: Item): boolean => item.numbering.style === 'heading'

/**
 * A task's item with the headings of markup below it dissolved: their lines are the task's text, the numbered items
 * under them its sub-tasks (`# 某项承诺` › `## 说明` › `1.…`); an empty heading (`## 相关会议`) leaves nothing.
 */
function lifted(item: Item): Item {
  if (!item.children.some(isMarkupHeading)) return item
  const lines = [...item.lines]
  const children: Item[] = []
  const walk = (list: readonly Item[]): void => {
    for (const child of list) {
      if (!isMarkupHeading(child)) {
        children.push(child)
        continue
      }
      if (child.lines.length > 1 || child.children.length > 0) append(lines, child.lines)
      walk(child.children)
    }
  }
  walk(item.children)
  return { ...item, lines: lines.sort((x, y) => x - y), children }
}

/** Whether a heading of markup states a role in its lines or in those of the headings below it. */
function statesThroughHeadings(b: Build, item: Item): boolean {
  if (!isMarkupHeading(item)) return false
  return lifted(item).lines.some((i) => b.state.statements.statesRole(b.doc.lines[i]!))
}

function toTask(b: Build, given: Item): Task {
  const { doc } = b
  const item = lifted(given)
  const own = linesOf(doc, item.lines)
  if (item.row) return rowTask(b, item, own)
  const title = lineTitle(b, own[0]!, item.contentStart)
  // The paragraph is made just before its line's statements are found, so that the two share the point where the
  // line ends.
  const node = taskNode(item, title, exact(paragraphs(doc, own)), cover(doc, allLines(item)))
  // A row of a task table flattened into text: the names after its sentence are its unit cells.
  const row = b.flat ? flattenedRow(doc, own[0]!, item.contentStart, b.flat) : null
  read(b, node, own, own, row ? { row } : {})
  node.tasks = item.children.map((c) => toTask(b, c))
  return node
}

/** A task read from a row of a task table: its units from their cells, its targets from its task and content. */
function rowTask(b: Build, item: Item, own: readonly Line[]): Task {
  const { doc } = b
  const cell = item.row!.task
  const title = cell ? titleOf(doc, makeLine(cell.start, cell.end), 0, cell.end - cell.start) : lineTitle(b, own[0]!, item.contentStart)
  const node = taskNode(item, title, [], cover(doc, allLines(item)))
  read(b, node, own, rowTextLines(item, own), { readsStatements: false, row: item.row! })
  node.tasks = item.children.map((c) => toTask(b, c))
  node.paragraphs = paragraphs(doc, own)
  return node
}

/** Unnumbered paragraphs that carry their own statement become tasks, titled by their first sentence. */
function paragraphTasks(b: Build, lines: readonly number[]): { tasks: Task[]; rest: number[] } {
  const tasks: Task[] = []
  const rest: number[] = []
  let last: Reading | null = null
  /** Where the paragraph task above starts in `plain`. */
  let lastStart = 0
  for (const i of lines) {
    const line = b.doc.lines[i]!
    if (!b.state.statements.statesRole(line)) {
      // Text between statement paragraphs belongs to the paragraph task above it.
      if (last) {
        const task = last.node as Task
        task.paragraphs.push(b.doc.paragraph(line))
        last.targets.push(line)
        // Note: placed as one span, so that where an HTML parser moved text the start never follows the end.
        task.position = b.doc.place(lastStart, line.end)
      } else rest.push(i)
      continue
    }
    const item: Item = { numbering: { text: '', value: tasks.length + 1, style: 'row' }, lines: [i], contentStart: 0, children: [] }
    const own = [line]
    const node = taskNode(item, lineTitle(b, line, 0), exact(paragraphs(b.doc, own)), cover(b.doc, [i]))
    last = read(b, node, own, [line])
    lastStart = line.start
    tasks.push(node)
  }
  return { tasks, rest }
}

/** The children of a heading into its sections (children that are headings with children) and its tasks. */
function readChildren(b: Build, item: Item, sections: Section[], tasks: Task[]): void {
  for (const child of item.children) {
    if (isSection(b, child)) sections.push(toSection(b, child))
    else tasks.push(toTask(b, child))
  }
}

function toSection(b: Build, item: Item): Section {
  const sections: Section[] = []
  const tasks: Task[] = []
  readChildren(b, item, sections, tasks)
  const own = linesOf(b.doc, item.lines)
  const node: Section = {
    type: 'section',
    number: item.numbering,
    title: headingTitle(b.doc, item),
    sections,
    tasks,
    targets: [],
    paragraphs: paragraphs(b.doc, own),
    position: cover(b.doc, allLines(item)),
  }
  read(b, node, own, own)
  return node
}

function isSection(b: Build, item: Item): boolean {
  return item.children.length > 0 && headingLike(b.doc, item)
}

/** The title of a heading: the whole line after the marker, without a closing `。` or `：`. */
function headingTitle(doc: Document, item: Item): string {
  const line = doc.lines[item.lines[0]!]!
  if (!headingLike(doc, item)) return titleOf(doc, line, item.contentStart, doc.view(line).length)
  return doc
    .textAt(line.start + item.contentStart, line.end)
    .trim()
    .replace(/[。：:]$/, '')
}

function toChapter(b: Build, item: Item): Chapter {
  const { doc } = b
  const title = headingTitle(doc, item)
  b.chapter = title
  const node: Chapter = { type: 'chapter', number: item.numbering, title, sections: [], tasks: [], targets: [], paragraphs: [], position: cover(doc, allLines(item)) }
  const ownLines = item.lines.slice(1)
  let rest = ownLines
  let reading: Reading
  if (item.children.length === 0) {
    const split = paragraphTasks(b, ownLines)
    node.tasks = split.tasks
    rest = split.rest
    reading = read(b, node, [], [], { readsStatements: false })
  } else {
    reading = read(b, node, linesOf(doc, ownLines), [])
  }
  readChildren(b, item, node.sections, node.tasks)
  const own = linesOf(doc, [item.lines[0]!, ...rest])
  for (const line of own) reading.targets.push(line)
  node.paragraphs = paragraphs(doc, own)
  return node
}

/** Add a chapter's contents to the one it repeats; what the later passes read of it goes to that one too. */
function mergeChapter(b: Build, into: Chapter, from: Chapter): void {
  // Note: the chapter's own reading comes before those of its children, the last ones listed: walk back to it.
  const readings = b.state.readings
  for (let i = readings.length - 1; i >= 0; i--) {
    if (readings[i]!.node !== from) continue
    readings[i]!.node = into
    break
  }
  append(into.sections, from.sections)
  append(into.tasks, from.tasks)
  append(into.paragraphs, from.paragraphs)
  into.position = { start: into.position.start, end: from.position.end }
}

/** Chapters and notice-level tasks of one part of the notice. */
function readPart(b: Build, part: Part): { chapters: Chapter[]; tasks: Task[] } {
  const { doc } = b
  const chapters: Chapter[] = []
  const tasks: Task[] = []
  // Top-level items are chapters when any of them is a heading or groups numbered items; run-in items that are
  // all body are the tasks of a notice without chapters.
  // Note: a short sentence (`2．强化保障。`) looks like a heading but does not make chapters on its own.
  // Note: nor does a line that ends with a colon over its text (`1.“四上”企业：` over its definition): a lead-in.
  const hasChapters = part.items.some((it) => !it.row && (it.children.length > 0 || (headingLike(doc, it) && !/[。:]$/.test(doc.view(doc.lines[it.lines[0]!]!)))))
  const { onChapter } = b
  // Note: the part's items are taken over and each let go once read: streamed, a chapter's items are garbage as soon
  // as its node is made, not when the whole notice is (on a 10 MB notice they are 16 MB of heap).
  const items: Array<Item | undefined> = part.items.splice(0)
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    items[i] = undefined
    const first = doc.lines[item.lines[0]!]!
    const statesOwn = statementSpans(b, first).length > 0
    // A heading of markup whose text (its own, or under headings below it) states who is responsible is a task.
    if (hasChapters && !item.row && (headingLike(doc, item) || !statesOwn) && !statesThroughHeadings(b, item)) {
      const before = b.state.readings.length
      const chapter = toChapter(b, item)
      const previous = chapters[chapters.length - 1]
      // A heading printed again where a table broke across pages (`五、…` twice, same title) goes on with its chapter.
      if (previous && previous.number?.value === chapter.number?.value && previous.title === chapter.title) mergeChapter(b, previous, chapter)
      else {
        // Streamed: the chapter before is whole now, and only the last one is held.
        if (previous && onChapter) onChapter(chapters.pop()!, before)
        chapters.push(chapter)
      }
    } else tasks.push(toTask(b, item))
  }
  const last = chapters[chapters.length - 1]
  if (last && onChapter) onChapter(chapters.pop()!, b.state.readings.length)
  return { chapters, tasks }
}

/**
 * The outline pass: chapters, sections, tasks, attachments, preamble and chrome of the body below the header.
 * @param state the parse, after the header pass
 */
export const outlinePass: Pass = (state) => outline(state, null)

/**
 * The outline of a notice, its top-level chapters kept in the tree or handed over one at a time.
 * Note: streamed, `notice.chapters` stays empty, and `notice.header` and `notice.preamble` are set before the first
 * chapter is handed over, so that what the JSON writes before `chapters` is known by then.
 * @param state the parse, after the header pass
 * @param onChapter takes each top-level chapter once it is whole, instead of the tree; null keeps them in the tree
 */
export function outline(state: ParseState, onChapter: OnChapter | null): void {
  const { document: doc, notice, header } = state
  const b: Build = { state, doc, chapter: null, flat: null, onChapter }
  const parts = readItems(doc, header.lines, header.bodyStart, (start, end) => noteUnread(state, 'marker', start, end))
  const lines = doc.lines

  // Lines above the body that the header did not claim are preamble, like the intro of the first part.
  const preambleLines: number[] = []
  for (let i = 0; i < header.bodyStart && i < lines.length; i++) if (!header.lines.has(i) && !lines[i]!.outside) preambleLines.push(i)
  const first = parts[0]!
  let intro = [...preambleLines, ...first.intro]
  // A notice whose body has no numbered items at all: paragraphs with statements are its tasks.
  const unnumbered = parts.length === 1 && first.items.length === 0 ? paragraphTasks(b, intro) : null
  if (unnumbered) intro = unnumbered.rest
  const preamble = linesOf(doc, intro)
  read(b, notice, preamble, preamble.slice())
  const headerLines = [...header.lines].sort((x, y) => x - y)
  notice.header = paragraphs(doc, linesOf(doc, headerLines))
  notice.preamble = paragraphs(doc, preamble)

  const chapters: Chapter[] = []
  const tasks: Task[] = unnumbered ? unnumbered.tasks : []
  const attachments: Notice['attachments'] = []
  for (const part of parts) {
    if (part !== first) {
      const heading = linesOf(doc, [...part.heading, ...part.intro])
      const titleLine = part.heading[1] !== undefined ? lines[part.heading[1]] : undefined
      attachments.push({
        type: 'attachment',
        title: titleLine ? doc.text(titleLine).trim() : null,
        paragraphs: paragraphs(doc, heading),
        position: cover(doc, [...part.heading, ...part.intro, ...part.items.flatMap(allLines)]),
      })
      read(b, notice, [], linesOf(doc, part.intro), { readsStatements: false })
    }
    b.chapter = null
    const firstItem = part.items[0]?.lines[0] ?? lines.length
    const before: number[] = []
    for (let i = part === first ? 0 : (part.heading[0] ?? 0); i < firstItem; i++) before.push(i)
    b.flat = flattenedColumns(doc, before)
    const read_ = readPart(b, part)
    for (const c of read_.chapters) chapters.push(c)
    for (const t of read_.tasks) tasks.push(t)
  }
  notice.chapters = chapters
  notice.tasks = tasks
  notice.attachments = attachments
  notice.outside = lines.flatMap((l) => (l.outside ? [doc.paragraph(l)] : []))
  notice.position = doc.place(0, doc.plain.length)
}
