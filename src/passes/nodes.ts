/**
 * Header + outline → the notice tree: which numbered items are chapters, sections or tasks, the titles, the
 * responsibility statements of each task (with the conventions a notice states once), and deadlines.
 */
import { makeLine, type Line } from '../document/document.js'
import type { Chapter, Notice, Paragraph, Position, Responsibility, Section, Target, Task } from '../tree/schema.js'
import type { Context } from './context.js'
import { readHeader } from './header.js'
import { readOutline, type Item, type Part } from './outline.js'
import { findStatements, readStatement, resolveRoles, splitUnits, type Conventions, type Statement } from '../grammar/statements.js'
import { DEADLINE_LABEL, FIRST_LEADS_PATTERNS, FIRST_LEADS_WORD } from '../grammar/statements.js'
import { exact } from '../tree/exact.js'

/** Characters that end a title: the first sentence or clause of an item. */
const TITLE_STOPS = '。;:!?'
/** Longest heading without a sentence end that is still a heading, not a paragraph. */
const MAX_HEADING = 60
/** Longest heading that ends with `。`, like `（三）基本原则。`. */
const MAX_HEADING_WITH_STOP = 20
/** A deadline written in a task: `2023年6月底前`, `年底前`, `6月30日前`. */
const DEADLINE_IN_TEXT = /(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年末|上半年|下半年|\d{4}年(?:底|末)?)(?:前|之前|以前)/
/** The character every `DEADLINE_IN_TEXT` match ends with: lines without it are not searched. */
const DEADLINE_END = '前'

/** Finds the targets of some lines; `chapter` is the title of the chapter they stand in. */
export type TargetReader = (lines: readonly Line[], scope: { chapter: string | null }) => Target[]

/** Makes the targets stage of a document from what its header says (its year). */
export type TargetStage = (facts: { year: number | null }) => TargetReader

interface Build {
  ctx: Context
  conventions: Conventions
  readTargets: (lines: readonly Line[]) => Target[]
  /** Title of the chapter being read. */
  chapter: string | null
}

const unique = (names: string[]): string[] => exact([...new Set(names)])

/** The title of an item: its first line after the marker, up to the first sentence or clause end. */
function titleOf(ctx: Context, line: Line, contentStart: number, stopAt: number): string {
  const view = ctx.view(line)
  let end = Math.min(view.length, stopAt)
  for (let i = contentStart; i < end; i++) {
    if (TITLE_STOPS.includes(view[i] as string)) {
      end = i
      break
    }
  }
  return ctx.textAt(line.start + contentStart, line.start + end).trim()
}

/** Whether an item's first line is a heading: short, and no sentence end but at its very end. */
function headingLike(ctx: Context, item: Item): boolean {
  if (item.row || item.numbering.style === 'article') return false
  const line = ctx.lines[item.lines[0]!]!
  const whole = ctx.view(line).slice(item.contentStart)
  const content = whole.replace(/[。:]$/, '')
  if (content.length === 0 || content.length > MAX_HEADING) return false
  for (const stop of TITLE_STOPS) if (content.includes(stop)) return false
  // `（三）基本原则。` is a heading; `为规范管理，制定本办法。` is a sentence.
  if (whole.endsWith('。') && (content.includes(',') || content.length > MAX_HEADING_WITH_STOP)) return false
  return findStatements(content, content).length === 0
}

/** A year a title names: `某市2024年重点工作任务`, the first of `2023—2025年行动计划`. */
const TITLE_YEAR = /((?:19|20)\d{2})(?:年|[—－-])/

/**
 * The year of a notice that gives no date and no 文号, from its title or its plan's: earlier years in its text are
 * then statistics (`2022年全市地区生产总值达到2500亿元`), not goals.
 */
function titleYear(title: string | undefined): number | null {
  const m = title ? TITLE_YEAR.exec(title) : null
  return m ? Number(m[1]) : null
}

/** Targets are read last of all a line gives: after them, its statements are forgotten. */
function finish(ctx: Context, lines: readonly Line[], targets: Target[]): Target[] {
  for (const line of lines) ctx.forget(line)
  return targets
}

const linesOf = (ctx: Context, indices: readonly number[]): Line[] => indices.map((i) => ctx.lines[i]!).filter(Boolean)

function allLines(item: Item): number[] {
  return [...item.lines, ...item.children.flatMap(allLines)]
}

function cover(ctx: Context, indices: readonly number[]): Position {
  let start = Infinity
  let end = -Infinity
  for (const i of indices) {
    const l = ctx.lines[i]
    if (!l) continue
    start = Math.min(start, l.start)
    end = Math.max(end, l.end)
  }
  return Number.isFinite(start) ? ctx.position(start, end) : ctx.position(0, 0)
}

/** Conventions a line states for the whole notice (`第一个单位为牵头单位`). */
function noteConventions(b: Build, line: Line): void {
  const view = b.ctx.view(line)
  if (view.includes(FIRST_LEADS_WORD) && FIRST_LEADS_PATTERNS.some((re) => re.test(view))) b.conventions.firstLeads = true
}

/**
 * Statements of some lines, in order, resolved under the conventions (which they may update); the lines' targets
 * are read later, by the node they stand in, and only where the statements stand is kept until then.
 */
function responsibilities(b: Build, lines: readonly Line[]): Responsibility[] {
  const out: Responsibility[] = []
  for (const line of lines) {
    noteConventions(b, line)
    for (const s of b.ctx.statements(line)) out.push(toResponsibility(b, s, line.start))
    b.ctx.done(line)
  }
  return out
}

/** What a task's own lines give, read line by line. */
interface OwnLines {
  statements: Responsibility[]
  paragraphs: Paragraph[]
  targets: Target[]
}

/**
 * The paragraph, statements and targets of each of a task's own lines, one line after the other.
 * Note: a line's statements are dropped as soon as its targets are read. Read by the whole task, the statements of a
 * task with 99,000 lines (`1000.` is no marker, so 100,000 numbered lines make 999 tasks) were all held to its end.
 */
function readOwnLines(b: Build, lines: readonly Line[]): OwnLines {
  const own: OwnLines = { statements: [], paragraphs: [], targets: [] }
  for (const line of lines) {
    // The paragraph is made just before the statements, so that the two share the point where the line ends.
    own.paragraphs.push(b.ctx.paragraph(line))
    noteConventions(b, line)
    for (const s of b.ctx.statements(line)) own.statements.push(toResponsibility(b, s, line.start))
    for (const t of b.readTargets([line])) own.targets.push(t)
  }
  return own
}

function toResponsibility(b: Build, s: Statement, base: number): Responsibility {
  const { lead, support } = resolveRoles(s, b.conventions)
  return {
    type: 'responsibility',
    text: b.ctx.textAt(base + s.start, base + s.end),
    lead: exact(lead),
    support: exact(support),
    roles: s.roles.map((r) => ({ role: r.role, kind: r.kind === 'support' ? 'support' : 'lead', units: exact(r.units) })),
    deadline: s.deadline,
    position: b.ctx.position(base + s.start, base + s.end),
  }
}

/** Statements of a task-table row: each unit cell, read as a statement or as a list under its column heading. */
function rowResponsibilities(b: Build, item: Item): Responsibility[] {
  const out: Responsibility[] = []
  for (const { heading, kind, cell } of item.row?.units ?? []) {
    const view = b.ctx.view(cell)
    const plain = b.ctx.text(cell)
    const read = readStatement(view, plain)
    const roles = read?.roles.length ? read.roles : [{ role: heading, kind, units: splitUnits(view, plain) }]
    if (roles.every((r) => r.units.length === 0)) continue
    const statement: Statement = { start: 0, end: view.length, roles, deadline: read?.deadline ?? null, firstLeads: false, addsLead: [] }
    out.push(toResponsibility(b, statement, cell.start))
  }
  return out
}

function deadlineOf(ctx: Context, lines: readonly Line[], statements: readonly Responsibility[], item?: Item): string | null {
  const cell = item?.row?.deadline
  if (cell && cell.end > cell.start) return ctx.text(cell).trim()
  const stated = statements.find((s) => s.deadline)?.deadline
  if (stated) return stated
  for (const line of lines) {
    const m = DEADLINE_LABEL.exec(ctx.view(line))
    const found = m?.[1]?.trim()
    if (m && found) {
      const at = line.start + m.index + m[0].length - m[1]!.length
      return ctx.textAt(at, at + m[1]!.length).trim()
    }
  }
  for (const line of lines) {
    const view = ctx.view(line)
    const m = view.includes(DEADLINE_END) ? DEADLINE_IN_TEXT.exec(view) : null
    if (m) return ctx.textAt(line.start + m.index, line.start + m.index + m[0].length)
  }
  return null
}

/** The lines of a table row that state the task (its task and content cells), not its units or scope. */
function rowTextLines(item: Item, own: readonly Line[]): Line[] {
  const cells = [item.row?.task, item.row?.content].filter((c) => c !== null && c !== undefined)
  return own.filter((l) => cells.some((c) => l.start >= c.start && l.end <= c.end))
}

function paragraphs(ctx: Context, lines: readonly Line[]): Paragraph[] {
  return lines.map((l) => ctx.paragraph(l))
}

/** The title of a task from its first line: it never runs into the responsibility bracket of that line. */
function lineTitle(ctx: Context, first: Line, contentStart: number): string {
  const inLine = ctx.statementSpans(first)[0]
  return titleOf(ctx, first, contentStart, inLine ? inLine.start : ctx.view(first).length)
}

function toTask(b: Build, item: Item): Task {
  const { ctx } = b
  const own = linesOf(ctx, item.lines)
  if (item.row) return rowTask(b, item, own)
  const title = lineTitle(ctx, own[0]!, item.contentStart)
  const { statements, paragraphs, targets } = readOwnLines(b, own)
  return task(b, item, own, { title, statements, paragraphs, targets, tasks: item.children.map((c) => toTask(b, c)) })
}

/** A task read from a row of a task table: its units from their cells, its targets from its task and content. */
function rowTask(b: Build, item: Item, own: readonly Line[]): Task {
  const { ctx } = b
  const statements = rowResponsibilities(b, item)
  const cell = item.row!.task
  const title = cell ? titleOf(ctx, makeLine(cell.start, cell.end), 0, cell.end - cell.start) : lineTitle(ctx, own[0]!, item.contentStart)
  const tasks = item.children.map((c) => toTask(b, c))
  const targets = b.readTargets(rowTextLines(item, own))
  return task(b, item, own, { title, statements, paragraphs: paragraphs(ctx, own), targets, tasks })
}

function task(b: Build, item: Item, own: readonly Line[], read: OwnLines & { title: string; tasks: Task[] }): Task {
  const { statements } = read
  return {
    type: 'task',
    number: item.numbering.text || item.row ? item.numbering : null,
    title: read.title,
    lead: unique(statements.flatMap((s) => s.lead)),
    support: unique(statements.flatMap((s) => s.support)),
    deadline: deadlineOf(b.ctx, own, statements, item),
    responsibilities: exact(statements),
    targets: exact(read.targets),
    tasks: read.tasks,
    paragraphs: exact(read.paragraphs),
    position: cover(b.ctx, allLines(item)),
  }
}

/** Unnumbered paragraphs that carry their own statement become tasks, titled by their first sentence. */
function paragraphTasks(b: Build, lines: readonly number[]): { tasks: Task[]; rest: number[] } {
  const tasks: Task[] = []
  const rest: number[] = []
  for (const i of lines) {
    const line = b.ctx.lines[i]!
    if (b.ctx.statementSpans(line).length === 0) {
      const last = tasks[tasks.length - 1]
      // Text between statement paragraphs belongs to the paragraph task above it.
      if (last) {
        last.paragraphs.push(b.ctx.paragraph(line))
        last.targets.push(...b.readTargets([line]))
        last.position = { start: last.position.start, end: b.ctx.position(line.start, line.end).end }
      } else rest.push(i)
      continue
    }
    const item: Item = { numbering: { text: '', value: tasks.length + 1, style: 'row' }, lines: [i], contentStart: 0, children: [] }
    tasks.push({ ...toTask(b, item), number: null })
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
  const own = linesOf(b.ctx, item.lines)
  responsibilities(b, own)
  return {
    type: 'section',
    number: item.numbering,
    title: headingTitle(b.ctx, item),
    sections,
    tasks,
    targets: b.readTargets(own),
    paragraphs: paragraphs(b.ctx, own),
    position: cover(b.ctx, allLines(item)),
  }
}

function isSection(b: Build, item: Item): boolean {
  return item.children.length > 0 && headingLike(b.ctx, item)
}

/** The title of a heading: the whole line after the marker, without a closing `。` or `：`. */
function headingTitle(ctx: Context, item: Item): string {
  const line = ctx.lines[item.lines[0]!]!
  if (!headingLike(ctx, item)) return titleOf(ctx, line, item.contentStart, ctx.view(line).length)
  return ctx
    .textAt(line.start + item.contentStart, line.end)
    .trim()
    .replace(/[。：:]$/, '')
}

function toChapter(b: Build, item: Item): Chapter {
  const title = headingTitle(b.ctx, item)
  b.chapter = title
  const sections: Section[] = []
  let tasks: Task[] = []
  const ownLines = item.lines.slice(1)
  let rest = ownLines
  if (item.children.length === 0) {
    const split = paragraphTasks(b, ownLines)
    tasks = split.tasks
    rest = split.rest
  } else {
    responsibilities(b, linesOf(b.ctx, ownLines))
  }
  readChildren(b, item, sections, tasks)
  const own = linesOf(b.ctx, [item.lines[0]!, ...rest])
  return {
    type: 'chapter',
    number: item.numbering,
    title,
    sections,
    tasks,
    targets: b.readTargets(own),
    paragraphs: paragraphs(b.ctx, own),
    position: cover(b.ctx, allLines(item)),
  }
}

/** Chapters and notice-level tasks of one part of the notice. */
function readPart(b: Build, part: Part): { chapters: Chapter[]; tasks: Task[] } {
  const chapters: Chapter[] = []
  const tasks: Task[] = []
  // Top-level items are chapters when any of them is a heading or groups numbered items; run-in items that are
  // all body are the tasks of a notice without chapters.
  // Note: a short sentence (`2．强化保障。`) looks like a heading but does not make chapters on its own.
  const hasChapters = part.items.some(
    (it) => !it.row && (it.children.length > 0 || (headingLike(b.ctx, it) && !b.ctx.view(b.ctx.lines[it.lines[0]!]!).endsWith('。'))),
  )
  for (const item of part.items) {
    const first = b.ctx.lines[item.lines[0]!]!
    const statesOwn = b.ctx.statementSpans(first).length > 0
    if (hasChapters && !item.row && (headingLike(b.ctx, item) || !statesOwn)) chapters.push(toChapter(b, item))
    else tasks.push(toTask(b, item))
  }
  return { chapters, tasks }
}

/**
 * Read the notice tree of an extracted text.
 * @param ctx the extracted text
 * @param readTargets the targets stage (may return nothing)
 */
export function readNotice(ctx: Context, targets: TargetStage): Omit<Notice, 'source' | 'warnings'> {
  const header = readHeader(ctx)
  const parts = readOutline(ctx, header.lines, header.bodyStart)
  const year = header.date ? Number(header.date.slice(0, 4)) : (header.docNumber?.year ?? titleYear(header.title?.text) ?? titleYear(header.plan?.text))
  const reader = targets({ year })
  const b: Build = { ctx, conventions: { firstLeads: false, addsLead: [] }, readTargets: (lines) => finish(ctx, lines, reader(lines, { chapter: b.chapter })), chapter: null }
  const lines = ctx.lines

  // Lines above the body that the header did not claim are preamble, like the intro of the first part.
  const preambleLines: number[] = []
  for (let i = 0; i < header.bodyStart && i < lines.length; i++) if (!header.lines.has(i) && !lines[i]!.outside) preambleLines.push(i)
  const first = parts[0]!
  let intro = [...preambleLines, ...first.intro]
  // A notice whose body has no numbered items at all: paragraphs with statements are its tasks.
  const unnumbered = parts.length === 1 && first.items.length === 0 ? paragraphTasks(b, intro) : null
  if (unnumbered) intro = unnumbered.rest
  const preamble = linesOf(ctx, intro)
  responsibilities(b, preamble)

  const chapters: Chapter[] = []
  const tasks: Task[] = unnumbered ? unnumbered.tasks : []
  const attachments: Notice['attachments'] = []
  const noticeTargets = b.readTargets(preamble)
  for (const part of parts) {
    if (part !== first) {
      const heading = linesOf(ctx, [...part.heading, ...part.intro])
      const titleLine = part.heading[1] !== undefined ? lines[part.heading[1]] : undefined
      attachments.push({
        type: 'attachment',
        title: titleLine ? ctx.text(titleLine).trim() : null,
        paragraphs: paragraphs(ctx, heading),
        position: cover(ctx, [...part.heading, ...part.intro, ...part.items.flatMap(allLines)]),
      })
      noticeTargets.push(...b.readTargets(linesOf(ctx, part.intro)))
    }
    b.chapter = null
    const read = readPart(b, part)
    chapters.push(...read.chapters)
    tasks.push(...read.tasks)
  }
  const headerLines = [...header.lines].sort((x, y) => x - y)
  const outside = lines.flatMap((l) => (l.outside ? [ctx.paragraph(l)] : []))
  return {
    type: 'notice',
    title: header.title?.text ?? null,
    docNumber: header.docNumber,
    issuer: header.issuer,
    date: header.date,
    recipients: header.recipients,
    publicity: header.publicity,
    plan: header.plan,
    citations: header.citations,
    header: paragraphs(ctx, linesOf(ctx, headerLines)),
    preamble: paragraphs(ctx, preamble),
    chapters,
    tasks,
    attachments,
    targets: noticeTargets,
    outside,
    position: ctx.position(0, ctx.src.plain.length),
  }
}
