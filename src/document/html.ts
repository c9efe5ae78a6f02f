/**
 * HTML → lines, through rehype-parse (unified). Works on article fragments as government sites store them and on
 * whole pages, Word-export markup included. Scripts, styles and comments are never read as text; on a whole page the
 * site's navigation and footer are kept but marked `outside`, so that the notice is read from its article.
 */
import type { Element, Root, Text } from 'hast'
import { htmlTree } from '#markup'
import { markChrome } from './text.js'
import { makeLine, trimLines, type Cell, type Line, type ReaderWarning, type SourceText, type Table } from './document.js'
import { characterReference, MAX_REFERENCE } from './entities.js'
import { normalize } from './normalize.js'
import { OffsetMap } from './offsets.js'

/** Elements whose text is never part of the notice. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'select', 'button'])

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Elements that can hold an article; a paragraph or a heading never is one, however long. */
const CONTAINERS = new Set(['html', 'body', 'div', 'main', 'article', 'section', 'center', 'form', 'table', 'tbody', 'thead', 'tr', 'td', 'th'])

/** Share of a page's text that its article must hold to be taken for the notice. */
const ARTICLE_SHARE = 0.7

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c

/** Accumulates plain text, its offset map and its lines while the tree is walked. */
class Builder {
  readonly parts: string[] = []
  readonly map = new OffsetMap()
  readonly lines: Line[] = []
  readonly tables: Table[] = []
  private length = 0
  private lineStart = 0
  /** Whether the last character emitted was a collapsible space (or nothing on this line yet). */
  private spaced = true
  outside = false
  table: number | undefined
  /** Where the page's `<title>` is in `plain`: a line of its own, outside the notice. */
  pageTitle: { start: number; end: number } | null = null

  constructor(private readonly source: string) {}

  get offset(): number {
    return this.length
  }

  /** Emit one unit of plain text read from `source[from, to)`. */
  private emit(unit: string, from: number, to: number): void {
    this.parts.push(unit)
    this.map.add(unit.length, from, to)
    this.length += unit.length
  }

  /** Emit the value of a text node, collapsing white space as browsers do and aligning it with its source. */
  text(node: Text): void {
    const value = node.value
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    const raw = from !== undefined && to !== undefined ? this.source.slice(from, to) : null
    let i = 0
    let run = ''
    let runFrom = 0
    const flush = (): void => {
      if (run) this.emit(run, runFrom, runFrom + run.length)
      run = ''
    }
    for (let j = 0; j < value.length; j++) {
      const c = value.charCodeAt(j)
      // Where the unit came from in the source.
      let s = from ?? 0
      let e = s
      if (raw !== null) {
        s = from! + i
        if (raw.charCodeAt(i) === c) {
          e = s + 1
          i++
        } else if (raw.charCodeAt(i) === 0x26 /* & */) {
          const semi = raw.indexOf(';', i)
          const end = semi > i && semi - i <= MAX_REFERENCE ? semi + 1 : i + 1
          e = from! + end
          i = end
        } else if (raw.charCodeAt(i) === 0x0d && c === 0x0a) {
          i += raw.charCodeAt(i + 1) === 0x0a ? 2 : 1
          e = from! + i
        } else {
          e = s
        }
      }
      if (isWhitespace(c)) {
        if (this.spaced) continue
        flush()
        this.emit(' ', s, e)
        this.spaced = true
        continue
      }
      this.spaced = false
      if (e - s === 1 && run && runFrom + run.length === s) run += value[j]
      else if (e - s === 1) {
        flush()
        run = value[j] as string
        runFrom = s
      } else {
        flush()
        this.emit(value[j] as string, s, e)
      }
    }
    flush()
  }

  /** End the current line, if it holds anything. */
  breakLine(at: number): void {
    if (this.length > this.lineStart) {
      this.emit('\n', at, at)
      this.pushLine(this.lineStart, this.length - 1)
      this.lineStart = this.length
    }
    this.spaced = true
  }

  private pushLine(start: number, end: number): void {
    this.lines.push(makeLine(start, end, this.table, this.outside))
  }

  finish(): { plain: string; lines: Line[] } {
    this.breakLine(this.source.length)
    return { plain: this.parts.join(''), lines: this.lines }
  }
}

const startOf = (node: Element, fallback: number): number => node.position?.start.offset ?? fallback
const endOf = (node: Element, fallback: number): number => node.position?.end.offset ?? fallback

/** The rows of a table, without those of tables nested in it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  // Note: iterative, like every walk here: markup nested thousands deep must not overflow the stack.
  const stack: Element[] = [table]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (let k = node.children.length - 1; k >= 0; k--) {
      const child = node.children[k]!
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') rows.push(child)
      else if (child.tagName !== 'table') stack.push(child)
    }
  }
  // The stack visits nested containers after their siblings' rows: restore document order.
  return rows.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
}

/** A table of data rather than of layout: no nested tables, and some row with two cells or more. */
function isDataTable(table: Element, facts: Facts): boolean {
  if (facts.get(table)?.hasTable) return false
  return rowsOf(table).some((row) => row.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).length >= 2)
}

/** What is under an element: non-white characters of text, how many of them are link text, links, tables. */
interface Fact {
  text: number
  links: number
  linkCount: number
  /** Whether a table stands somewhere below the element. */
  hasTable: boolean
}
type Facts = Map<Element | Root, Fact>

/** Measure every element in one iterative pass, children before parents (scripts and styles excluded). */
function measure(root: Root): Facts {
  const facts: Facts = new Map()
  const order: Array<{ node: Element | Root; inLink: boolean }> = []
  const stack: Array<{ node: Element | Root; inLink: boolean }> = [{ node: root, inLink: false }]
  while (stack.length > 0) {
    const entry = stack.pop()!
    order.push(entry)
    for (const child of entry.node.children) {
      if (child.type === 'element' && !SKIPPED.has(child.tagName)) stack.push({ node: child, inLink: entry.inLink || child.tagName === 'a' })
    }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const { node, inLink } = order[k]!
    const fact: Fact = { text: 0, links: 0, linkCount: 0, hasTable: false }
    for (const child of node.children) {
      if (child.type === 'text') {
        // Note: a native count of white space; loops per character are slow before the JIT warms up.
        const n = child.value.length - (child.value.match(WHITE_SPACE)?.length ?? 0)
        fact.text += n
        if (inLink) fact.links += n
      } else if (child.type === 'element' && !SKIPPED.has(child.tagName)) {
        const below = facts.get(child)!
        fact.text += below.text
        fact.links += below.links
        fact.linkCount += below.linkCount + (child.tagName === 'a' ? 1 : 0)
        fact.hasTable ||= below.hasTable || child.tagName === 'table'
      }
    }
    facts.set(node, fact)
  }
  return facts
}

const WHITE_SPACE = /[ \t\n\r\f]/g
/** Share of link text above which a block is navigation. */
const NAVIGATION_LINK_SHARE = 0.8
/** Links a block needs before its link share makes it navigation (one link in a paragraph is content). */
const NAVIGATION_MIN_LINKS = 2

/** Class or id of an element that holds a page's title rather than its chrome. */
const TITLE_HINT = /title|biaoti|headline|wenzhang|article_?t/i
const HEADINGS = new Set(['h1', 'h2', 'h3'])

/** Class or id of an element that holds a site's chrome: navigation, footer, sharing, search. */
const CHROME_HINT = /(?:^|[\s_-])(?:footer|foot|nav|navbar|menu|crumbs?|breadcrumbs?|copyright|sidebar|banner|toolbar|share|login|search|bottom|topbar)(?:$|[\s_\d-])/i
const CHROME_TAGS = new Set(['nav', 'footer', 'aside'])

/** Whether an element is site chrome by its tag or its class and id (checked only outside the article). */
function isChrome(node: Element): boolean {
  if (CHROME_TAGS.has(node.tagName)) return true
  const hint = `${String(node.properties?.id ?? '')} ${[node.properties?.className ?? ''].flat().join(' ')}`
  return CHROME_HINT.test(hint)
}

/** Whether an element holds the title of a page: a heading, or an element its class or id names a title. */
function isTitle(node: Element): boolean {
  if (HEADINGS.has(node.tagName)) return true
  const hint = `${String(node.properties?.id ?? '')} ${[node.properties?.className ?? ''].flat().join(' ')}`
  return TITLE_HINT.test(hint)
}

/**
 * The deepest element that holds most of a page's text (the article), and the title elements before it.
 * Note: a data table is not searched into: its cells are read as a table, never one by one.
 */
function findArticle(root: Root): { inside: Set<Element | Root>; navigation: Set<Element>; facts: Facts } {
  const facts = measure(root)
  const total = facts.get(root)?.text ?? 0
  let best: Element | Root = root
  const path: Array<Element | Root> = [root]
  for (;;) {
    if (best.type === 'element' && best.tagName === 'table' && isDataTable(best, facts)) break
    let next: Element | null = null
    const children: Root['children'] = best.children
    for (const child of children) {
      if (child.type === 'element' && CONTAINERS.has(child.tagName) && (facts.get(child)?.text ?? 0) >= total * ARTICLE_SHARE) next = child
    }
    if (next === null) break
    best = next
    path.push(best)
  }
  const inside = new Set<Element | Root>([best])
  // A title printed above the article, in an element of its own, belongs to the notice too.
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parent = path[depth - 1] as Element | Root
    const children: Root['children'] = parent.children
    for (const child of children) {
      if (child === path[depth]) break
      if (child.type === 'element' && isTitle(child)) inside.add(child)
    }
  }
  // Blocks of links (menus, breadcrumbs, related items) are navigation wherever they stand outside the article.
  const navigation = new Set<Element>()
  for (const [node, fact] of facts) {
    if (node.type !== 'element' || node.tagName === 'a' || fact.text === 0) continue
    if (fact.links / fact.text >= NAVIGATION_LINK_SHARE && fact.linkCount >= NAVIGATION_MIN_LINKS) navigation.add(node)
  }
  return { inside, navigation, facts }
}

/** A node being walked: its children are visited from `next` on, then the frame closes. */
interface Frame {
  node: Element | Root
  next: number
  wasOutside: boolean
  block: boolean
}

/**
 * Read the `<title>` of a page's head into a line of its own, outside the notice: the title of a notice whose body
 * prints none.
 */
function pageTitle(head: Element, b: Builder): void {
  const title = head.children.find((c): c is Element => c.type === 'element' && c.tagName === 'title')
  const text = title?.children.find((c): c is Text => c.type === 'text')
  if (!title || !text) return
  const wasOutside = b.outside
  b.outside = true
  b.breakLine(startOf(title, 0))
  const start = b.offset
  b.text(text)
  b.pageTitle = { start, end: b.offset }
  b.breakLine(endOf(title, 0))
  b.outside = wasOutside
}

/**
 * Walk a tree into lines, iteratively (a page nested thousands deep must not overflow the stack).
 * @param start the node to walk
 * @param b the builder of lines
 * @param article the article and navigation of the page
 */
function walk(start: Root | Root['children'][number], b: Builder, article: Article): void {
  const frames: Frame[] = []
  const enter = (node: Root | Root['children'][number]): void => {
    if (node.type === 'text') return b.text(node)
    if (node.type !== 'element' && node.type !== 'root') return
    const wasOutside = b.outside
    if (article.inside.has(node)) b.outside = false
    else if (node.type === 'element' && (isChrome(node) || article.navigation.has(node))) b.outside = true
    if (node.type === 'element') {
      const tag = node.tagName
      if (tag === 'head' && b.pageTitle === null) pageTitle(node, b)
      if (SKIPPED.has(tag)) {
        b.outside = wasOutside
        return
      }
      if (tag === 'br') {
        b.breakLine(startOf(node, 0))
        b.outside = wasOutside
        return
      }
      if (tag === 'table' && b.table === undefined && isDataTable(node, article.facts)) {
        readTable(node, b, article)
        b.outside = wasOutside
        return
      }
    }
    const block = node.type === 'element' && BLOCKS.has(node.tagName)
    if (block) b.breakLine(startOf(node as Element, 0))
    frames.push({ node, next: 0, wasOutside, block })
  }
  enter(start)
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!
    const child = frame.node.children[frame.next++]
    if (child !== undefined) {
      enter(child)
      continue
    }
    frames.pop()
    if (frame.block) b.breakLine(endOf(frame.node as Element, 0))
    b.outside = frame.wasOutside
  }
}

/** Most rows or columns a cell may span: larger values are typos or attacks, not layout. */
const MAX_SPAN = 1000

/** A colspan or rowspan attribute as a count of at least 1. */
function span(value: unknown): number {
  const n = Math.floor(Number(value ?? 1))
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_SPAN) : 1
}

type Article = ReturnType<typeof findArticle>

/** A table without nested tables: its cells become lines, and its rows are kept for task tables and metadata. */
function readTable(node: Element, b: Builder, article: Article): void {
  b.breakLine(startOf(node, 0))
  const index = b.tables.length
  const table: Table = { rows: [], firstLine: b.lines.length, lastLine: b.lines.length - 1 }
  b.tables.push(table)
  b.table = index
  for (const row of rowsOf(node)) {
    const cells: Cell[] = []
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
      b.breakLine(startOf(cell, 0))
      const start = b.offset
      for (const child of cell.children) walk(child, b, article)
      b.breakLine(endOf(cell, 0))
      cells.push({ start, end: Math.max(start, b.offset - 1), colspan: span(cell.properties?.colSpan), rowspan: span(cell.properties?.rowSpan) })
    }
    if (cells.length > 0) table.rows.push(cells)
  }
  b.table = undefined
  table.lastLine = b.lines.length - 1
}

/** Whether the input is a whole page rather than an article fragment. */
const isWholePage = (html: string): boolean => /<(?:html|body|head)[\s>]/i.test(html.slice(0, 4096))

/**
 * Read an HTML notice.
 * @param html the decoded HTML
 * @param encoding what it was decoded from
 */
export function readHtml(html: string, encoding: string): SourceText {
  const warnings: ReaderWarning[] = []
  let b = new Builder(html)
  try {
    const tree = htmlTree(html, !isWholePage(html))
    // Note: pages saved from sites often lack <html> and <body>, so every input is searched for its article.
    const article = findArticle(tree)
    b.outside = !article.inside.has(tree)
    walk(tree, b, article)
  } catch (error) {
    // hast-util-from-parse5 recurses once per level of markup: thousands of levels overflow its stack.
    if (!(error instanceof RangeError)) throw error
    b = new Builder(html)
    readFlat(html, b)
    warnings.push({ reason: 'the HTML nests too deep to be read as a tree: read as text between tags, without tables', ruleId: 'html-read-flat' })
  }
  const { plain, lines } = b.finish()
  const norm = normalize(plain)
  const trimmed = trimLines(lines, norm, b.tables)
  markChrome(trimmed.lines, norm)
  const source: SourceText = { format: 'html', encoding, positions: 'input', source: html, plain, norm, map: b.map, lines: trimmed.lines, tables: trimmed.tables, warnings }
  if (b.pageTitle && b.pageTitle.end > b.pageTitle.start) source.pageTitle = b.pageTitle
  return source
}

/** A tag, a comment, or a run of text between them. */
const FLAT_TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([A-Za-z][A-Za-z0-9]*)[^>]*>?|[^<]+|</g

/**
 * Read HTML without a tree, as text between tags: block tags end lines, scripts and styles are skipped. The fallback
 * for markup nested too deep for a tree; positions still point into the source.
 */
function readFlat(html: string, b: Builder): void {
  let skipUntil: string | null = null
  FLAT_TOKEN.lastIndex = 0
  for (let m = FLAT_TOKEN.exec(html); m; m = FLAT_TOKEN.exec(html)) {
    const token = m[0]
    const tag = m[1]?.toLowerCase()
    if (skipUntil !== null) {
      if (tag === skipUntil && token.startsWith('</')) skipUntil = null
      continue
    }
    if (tag !== undefined) {
      if (SKIPPED.has(tag) && !token.startsWith('</') && !token.endsWith('/>')) skipUntil = tag
      else if (BLOCKS.has(tag) || tag === 'br') b.breakLine(m.index)
      continue
    }
    if (token.startsWith('<!--')) continue
    const value = token.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, (entity, name: string) => characterReference(name) ?? entity)
    b.text({ type: 'text', value, position: { start: { line: 1, column: 1, offset: m.index }, end: { line: 1, column: 1, offset: m.index + token.length } } })
  }
}
