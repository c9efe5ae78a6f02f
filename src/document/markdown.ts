/**
 * Markdown → lines, through remark-parse with remark-gfm. remark supplies the blocks (paragraphs, headings, lists,
 * quotes, code, GFM tables) and their positions; the outline is still read from the lines by the structure readers,
 * so a `1.加强…` paragraph and a `1. 加强…` list item both keep their number as written.
 *
 * Note: every unit of `plain` is aligned with the Markdown source it came from, so positions point into the
 * Markdown file; markup (`#`, `**`, `>`, `|`, bullets, fences) is left out of `plain` but never text.
 */
import type { Nodes, Parent, Root, Table as MdTable } from 'mdast'
import { markdownTree } from '#markup'
import { makeLine, NO_HEADING, trimLines, type Cell, type Line, type SourceText, type Table } from './document.js'
import { characterReference, MAX_REFERENCE } from './entities.js'
import { normalize } from './normalize.js'
import { markChrome, readText } from './text.js'
import { OffsetMap } from './offsets.js'


/** A character reference at the start of a string. */
const ENTITY_AT = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/
/** How far ahead to look for a unit that does not follow its predecessor in the source. */
const RESYNC_WINDOW = 64

/** Source characters that may stand between two units of a text node: continuation indents and quote markers. */
const TEXT_MARKUP = new Set([' ', '\t', '\r', '>'])
/** The same for inline code, whose backticks are markup too. */
const CODE_MARKUP = new Set([' ', '\t', '\r', '>', '`'])

/** A key and its value of YAML front matter: `tags: 某某`. */
const FRONT_MATTER = /^[A-Za-z][\w-]*:\s/

/** HTML tags that end a line when Markdown embeds them. */
const BREAKING_TAG = /^<\/?(?:br|p|div|tr|td|th|li|h[1-6]|table|ul|ol|section|article|blockquote|hr)\b/i


/** Accumulates plain text aligned with the Markdown source, its lines and its tables. */
class Builder {
  private readonly parts: string[] = []
  readonly map = new OffsetMap()
  readonly lines: Line[] = []
  readonly tables: Table[] = []
  private length = 0
  private lineStart = 0
  /** The run of units copied one for one from the source, not yet added to the map. */
  private runPlain = 0
  private runSource = 0
  private runLength = 0
  table: number | undefined
  /** The depth of the heading being read, if any. */
  heading: number | undefined
  /** Set after the number of a list item: the block that follows goes on the same line. */
  private joinNext = false

  constructor(readonly source: string) {}

  get offset(): number {
    return this.length
  }

  private flush(): void {
    if (this.runLength > 0) this.map.add(this.runLength, this.runSource, this.runSource + this.runLength)
    this.runLength = 0
  }

  /** Emit one unit read from `source[from, to)`; a `\n` ends the line. */
  unit(ch: string, from: number, to: number): void {
    if (ch === '\n') return this.breakLine(from, to)
    if (to - from === 1 && this.runLength > 0 && this.runPlain + this.runLength === this.length && this.runSource + this.runLength === from) {
      this.runLength++
    } else if (to - from === 1) {
      this.flush()
      this.runPlain = this.length
      this.runSource = from
      this.runLength = 1
    } else {
      this.flush()
      this.map.add(1, from, to)
    }
    this.parts.push(ch)
    this.length++
  }

  /**
   * Emit a value that remark read from `source[from, to)`, unit by unit, skipping the markup between its units.
   * @param value the text of the node (escapes and entities resolved)
   * @param from where the node starts in the source
   * @param to where it ends
   * @param markup source characters that may be skipped
   */
  aligned(value: string, from: number, to: number, markup: ReadonlySet<string> = TEXT_MARKUP): void {
    const src = this.source
    const units = Array.from(value)
    let i = from
    units.forEach((ch, n) => {
      let k = i
      while (k < to && !src.startsWith(ch, k) && markup.has(src[k] as string)) k++
      let at = -1
      let end = -1
      const entity = src[k] === '&' ? ENTITY_AT.exec(src.slice(k, k + MAX_REFERENCE + 2)) : null
      // `&amp;` is one `&`; a literal `&` is followed in the value by what follows it in the source.
      if (entity && (ch !== '&' || units[n + 1] !== src[k + 1])) {
        at = k
        end = k + entity[0].length
      } else if (src.startsWith(ch, k)) {
        at = k
        end = k + ch.length
      } else if (src[k] === '\\' && src.startsWith(ch, k + 1)) {
        at = k
        end = k + 1 + ch.length
      } else {
        // Resynchronize on the next occurrence nearby (markup remark dropped); else the unit stands for nothing.
        const next = src.indexOf(ch, k)
        at = next >= 0 && next < Math.min(to, k + RESYNC_WINDOW) ? next : Math.min(k, to)
        end = next === at ? at + ch.length : at
      }
      if (ch.length === 2) {
        // An astral character is two units; map both onto its source.
        this.unit(ch[0] as string, at, at)
        this.unit(ch[1] as string, at, end)
      } else this.unit(ch, at, end)
      i = end
    })
  }

  /** Emit a span of the source as written. */
  verbatim(from: number, to: number): void {
    for (let i = from; i < to; i++) this.unit(this.source[i] as string, i, i + 1)
  }

  /** Start a block: on a new line, unless it follows the number of its list item. */
  startBlock(at: number): void {
    if (this.joinNext) this.joinNext = false
    else this.breakLine(at)
  }

  /** Keep the next block on the line of a list item's number. */
  joinNextBlock(): void {
    this.joinNext = true
  }

  /** End the current line, if it holds anything. */
  breakLine(at: number, to = at): void {
    this.joinNext = false
    if (this.length > this.lineStart) {
      this.flush()
      this.parts.push('\n')
      this.map.add(1, at, to)
      this.length++
      this.lines.push(makeLine(this.lineStart, this.length - 1, this.table, false, this.heading))
      this.lineStart = this.length
    }
  }

  finish(): string {
    this.breakLine(this.source.length)
    this.flush()
    return this.parts.join('')
  }
}

const startOf = (node: Nodes): number => node.position?.start.offset ?? 0
const endOf = (node: Nodes): number => node.position?.end.offset ?? 0

/** Text of HTML embedded in Markdown: tags dropped (line-ending ones end the line), a few entities decoded. */
function embeddedHtml(b: Builder, from: number, to: number): void {
  const src = b.source
  let i = from
  while (i < to) {
    const ch = src[i] as string
    if (ch === '<') {
      const close = src.indexOf('>', i)
      if (close > i && close < to) {
        if (BREAKING_TAG.test(src.slice(i, close + 1))) b.breakLine(i, i)
        i = close + 1
        continue
      }
    }
    if (ch === '&') {
      const semi = src.indexOf(';', i)
      const name = semi > i && semi - i <= MAX_REFERENCE ? src.slice(i + 1, semi) : ''
      const decoded = characterReference(name)
      if (decoded !== undefined && decoded.length === 1) {
        b.unit(decoded, i, semi + 1)
        i = semi + 1
        continue
      }
    }
    b.unit(ch === '\r' ? ' ' : ch, i, i + 1)
    i++
  }
}

/** The lines of a fenced or indented code block, as written (a notice pasted with a 4-space indent is one). */
function code(b: Builder, node: Extract<Nodes, { type: 'code' }>): void {
  let from = startOf(node)
  const raw = b.source.slice(from, endOf(node))
  if (/^\s*(?:```|~~~)/.test(raw)) from += raw.indexOf('\n') + 1
  b.breakLine(startOf(node))
  b.aligned(node.value, from, endOf(node))
  b.breakLine(endOf(node))
}

function table(b: Builder, node: MdTable): void {
  b.breakLine(startOf(node))
  const index = b.tables.length
  const t: Table = { rows: [], firstLine: 0, lastLine: -1 }
  b.tables.push(t)
  b.table = index
  for (const row of node.children) {
    const cells: Cell[] = []
    for (const cell of row.children) {
      b.breakLine(startOf(cell))
      const start = b.offset
      for (const child of cell.children) walk(b, child)
      b.breakLine(endOf(cell))
      cells.push({ start, end: Math.max(start, b.offset - 1), colspan: 1, rowspan: 1 })
    }
    if (cells.length > 0) t.rows.push(cells)
  }
  b.table = undefined
}

function children(b: Builder, node: Parent): void {
  for (const child of node.children) walk(b, child as Nodes)
}

function walk(b: Builder, node: Nodes): void {
  switch (node.type) {
    case 'text':
      return b.aligned(node.value, startOf(node), endOf(node))
    case 'inlineCode':
      return b.aligned(node.value, startOf(node), endOf(node), CODE_MARKUP)
    case 'break':
      return b.breakLine(startOf(node))
    case 'html':
      return embeddedHtml(b, startOf(node), endOf(node))
    case 'code':
      return code(b, node)
    case 'table':
      return table(b, node)
    case 'thematicBreak':
      return b.breakLine(startOf(node))
    // Images, references and definitions carry no text of the notice; yaml front matter is not enabled.
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'footnoteReference':
      return
    case 'listItem': {
      b.breakLine(startOf(node))
      const first = node.children[0]
      // The number of an ordered item is text as written (`1. 加强`); a bullet is markup.
      const marker = b.source.slice(startOf(node), first ? startOf(first) : endOf(node))
      if (/^\s*\d/.test(marker)) {
        b.verbatim(startOf(node), startOf(node) + marker.length)
        b.joinNextBlock()
      }
      children(b, node)
      return b.breakLine(endOf(node))
    }
    case 'paragraph':
      b.startBlock(startOf(node))
      children(b, node)
      return b.breakLine(endOf(node))
    case 'heading':
      b.startBlock(startOf(node))
      b.heading = node.depth
      children(b, node)
      b.breakLine(endOf(node))
      b.heading = undefined
      return
    default:
      if ('children' in node) children(b, node)
  }
}

/** Deepest nesting of quotes and lists remark is given; deeper Markdown is read as plain text. */
const MAX_NESTING = 100
/** The markers of quote and list nesting at the start of a line: `>`, `-`, `*`, `+`, and the spaces between. */
const NESTING_MARKERS = /^(?:[ \t]*[>*+-])+/gm

/** The deepest nesting of quotes and lists on any line, by its leading markers. */
function nestingDepth(markdown: string): number {
  let deepest = 0
  NESTING_MARKERS.lastIndex = 0
  for (let m = NESTING_MARKERS.exec(markdown); m; m = NESTING_MARKERS.exec(markdown)) {
    let depth = 0
    for (const c of m[0]) if (c !== ' ' && c !== '\t') depth++
    deepest = Math.max(deepest, depth)
    if (m[0].length === 0) NESTING_MARKERS.lastIndex++
  }
  return deepest
}

/** Markdown too deep for remark, read as plain text (markup and all) with a warning that says so. */
function asText(markdown: string, encoding: string, why: string): SourceText {
  const src = readText(markdown, encoding)
  return { ...src, format: 'markdown', warnings: [...src.warnings, { reason: `the Markdown ${why}: read as plain text`, ruleId: 'markdown-read-as-text' }] }
}

/**
 * Read a Markdown notice.
 * @param markdown the decoded Markdown
 * @param encoding what it was decoded from
 * @returns the text with positions in the Markdown source
 */
export function readMarkdown(markdown: string, encoding: string): SourceText {
  // remark recurses (and slows down) once per level of nesting: deeply nested quotes or lists are read as text.
  if (nestingDepth(markdown) > MAX_NESTING) return asText(markdown, encoding, `nests quotes or lists deeper than ${MAX_NESTING} levels`)
  let tree: Root
  const b = new Builder(markdown)
  try {
    tree = markdownTree(markdown)
    walk(b, tree)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return asText(markdown, encoding, 'nests too deep to be read as a tree')
  }
  const plain = b.finish()
  const norm = normalize(plain)
  const { lines, tables } = trimLines(b.lines, norm, b.tables)
  markChrome(lines, norm)
  // Front matter between rules (`---` `tags: 某某` `---`) reads as a heading of its own: it is no text of the notice.
  for (const line of lines) if (line.heading !== NO_HEADING && FRONT_MATTER.test(norm.slice(line.start, line.end))) line.outside = true
  return { format: 'markdown', encoding, positions: 'input', source: markdown, plain, norm, map: b.map, lines, tables, warnings: [] }
}
