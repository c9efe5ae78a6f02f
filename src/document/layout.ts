/**
 * Positioned text → reading text: what the PDF and OFD readers share. Runs on one baseline form a line, two-column
 * pages are read column by column, page furniture (page numbers, running headers and footers, rules) is dropped, and
 * lines wrapped at the right margin are joined back into the paragraph they were typeset from, one paragraph a line.
 *
 * Pure: no I/O and no platform API, so that it runs wherever the readers do. Coordinates may be in any unit (PDF
 * points, OFD millimetres): every threshold is relative to the font size.
 */
import { append } from '../util/arrays.js'
import { LOOKALIKE_IDEOGRAPHS, unify } from './radicals.js'

/** A piece of text drawn at one place: a PDF text item, or (a piece of) an OFD TextCode. */
export interface TextRun {
  text: string
  /** Left edge. */
  x: number
  /** Baseline, growing downwards from the top of the page. */
  y: number
  /** Advance width of the whole run. */
  width: number
  /** Font size. */
  size: number
}

/** The runs of one page. */
export interface PageRuns {
  runs: TextRun[]
  /** Width of the page, in the runs' unit, when known: it bounds where the right margin can be. */
  width?: number
}

/** Where the text of a page sits in the extracted text: `[start, end)`, pages numbered from 1. */
export interface PageSpan {
  page: number
  start: number
  end: number
}

export interface LaidOut {
  /** One paragraph a line, joined by `\n`. */
  text: string
  /** One span for every page, in order, also for pages with no text (`start === end`). */
  pages: PageSpan[]
}

/** A line of a page: the runs of one baseline (of one column). */
interface Line {
  text: string
  x: number
  right: number
  y: number
  size: number
  page: number
  /** 0 for single-column pages, 1 and 2 for the left and right column, 3 for a line across both columns. */
  column: number
  /** Width of what starts the line (a CJK character, or a Latin word): what would have fitted on the line before. */
  firstUnit: number
  /** Pieces of the line apart by wide gaps: more than one for the cells of a table row or a form. */
  cells: number
}

/** A run whose text may still hold spaces at its ends. */
interface Placed extends TextRun {
  right: number
}

/** Baselines closer than this share a line (× font size). */
const SAME_BASELINE = 0.4
/** A gap wider than this splits a line into segments, for the search of a column gutter (× font size). */
const SEGMENT_GAP = 1.5
/**
 * A gap between CJK and Latin wider than this is a space (× font size). Producers space CJK from Latin by about a
 * fifth of an em (2023 年), which the text does not have; a space character is wider.
 */
const MIXED_GAP = 0.4
/** A gap between Latin runs, or between CJK runs, wider than this is a space (× font size). */
const WORD_GAP = 0.15
/** A line that starts further right than its column's left edge by this much is indented (× font size). */
const INDENT = 0.6
/** A line that starts further right than this is centred or right-aligned, and was not wrapped (× font size). */
const MAX_FIRST_LINE_INDENT = 2.6
/** Room left at the end of a wrapped line, beyond the width of what starts the next (× font size). */
const WRAP_SLACK = 0.6
/** A baseline step larger than this many line pitches is a blank line between paragraphs. */
const PARAGRAPH_GAP = 1.6
/** Font sizes differing by more than this share belong to different paragraphs (a heading and its text). */
const SIZE_CHANGE = 0.15
/** Lines at the top and at the bottom of a page where page numbers and running headers and footers are looked for. */
const FURNITURE_BAND = 2
/** Fewest pages with text on which a repeated line is taken for a running header or footer. */
const MIN_PAGES_REPEATED = 3

/** CJK characters and punctuation (full-width forms, general punctuation such as “” and —): joined without spaces. */
export function isWide(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f) || code === 0xb7
}

const firstCode = (s: string): number => s.codePointAt(0) ?? 0
const lastCode = (s: string): number => s.charCodeAt(s.length - 1)

/**
 * One space between CJK and a Latin letter or digit inside a run: the room producers leave there (2023 年), which
 * PDF.js reports as a space; the texts notices are typed from have none.
 */
const AUTOSPACE = /(?<=[\u2e80-\u9fff\uf900-\uffef]) (?=[0-9A-Za-z])|(?<=[0-9A-Za-z%]) (?=[\u2e80-\u9fff\uf900-\uffef])/g

/** A space between two CJK characters inside a run; and one next to a CJK character. */
const SPACE_IN_CJK = /(?<=[\u2e80-\u9fff\uf900-\uffef\u2010-\u206f]) (?=[\u2e80-\u9fff\uf900-\uffef\u2010-\u206f])/g
const SPACE_BY_CJK = /(?<=[\u2e80-\u9fff\uf900-\uffef\u2010-\u206f]) | (?=[\u2e80-\u9fff\uf900-\uffef\u2010-\u206f])/g
/**
 * Spaces between CJK characters inside the runs of a line from which they are taken for justification: PDF.js
 * reports every gap above a tenth of an em inside a run as a space, and a stretched line has them every character or
 * two (19. 持续 激发 城乡); a text has one now and then (中共山东省委 山东省人民政府).
 */
const MAX_REAL_CJK_SPACES = 2

/** Characters that are never text: controls, soft hyphens, zero-width marks. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g

/**
 * What goes between two pieces of one line, given the gap between them and the line's stretch (what justification
 * added to every gap): only a gap wider than the stretch by a space's width is a space.
 * @param last the last character of the line so far (spaces trimmed), 0 for none
 * @param spaced whether a space ended the line so far or starts the next piece
 * @param next the next piece, spaces trimmed
 */
function separator(last: number, spaced: boolean, next: string, gap: number, size: number, stretch: number): string {
  if (last === 0 || next === '') return ''
  const wideLeft = isWide(last)
  const wideRight = isWide(firstCode(next))
  const extra = gap - stretch
  // Note: PDF producers space CJK from Latin visually (2023 年) and PDF.js reports such gaps as spaces; the text had none.
  const space = wideLeft !== wideRight ? extra > MIXED_GAP * size : extra > WORD_GAP * size || (spaced && !wideLeft)
  return space ? ' ' : ''
}

/** Widest gap, as a share of the font size, that justification may have made. */
const MAX_STRETCH = 1

/** Fewest gaps on a line from which its stretch is measured. */
const MIN_GAPS_FOR_STRETCH = 4

/**
 * What justification added to the gaps of a line: the lower quartile of its gaps, on lines with enough of them (a
 * justified line is cut into a run at every stretched gap); 0 otherwise.
 */
function lineStretch(runs: readonly Placed[]): number {
  const gaps: number[] = []
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1] as Placed
    const b = runs[i] as Placed
    // Wide gaps are cells or columns, not justification.
    if (b.x - a.right < MAX_STRETCH * Math.max(a.size, b.size)) gaps.push(b.x - a.right)
  }
  if (gaps.length < MIN_GAPS_FOR_STRETCH) return 0
  gaps.sort((a, b) => a - b)
  return Math.max(0, gaps[Math.floor(gaps.length / 4)] as number)
}

/** Punctuation that may not end a line (opening) or start one (closing): line breaking moves it with its neighbour. */
const OPENING = '“‘《（〔【「『〈［｛([{'
const CLOSING = '”’》）〕】」』〉］｝)]},.;:!?、。，；：！？…—·%％'

/**
 * Width of what starts a line and could not have been broken: one CJK character or Latin word, with the opening
 * punctuation before it and the closing punctuation after it (which line breaking keeps together).
 */
function firstUnitWidth(text: string, first: Placed): number {
  let n = 0
  while (n < text.length && OPENING.includes(text[n] as string)) n++
  let latin = 0
  if (n < text.length && !isWide(text.charCodeAt(n))) {
    while (n < text.length && !/[\s\u2e80-\uffff]/.test(text[n] as string)) {
      n++
      latin++
    }
  } else n++
  while (n < text.length && CLOSING.includes(text[n] as string)) n++
  // Note: CJK characters are one em wide; Latin ones are measured on the run that starts the line.
  const latinWidth = first.text.length > 0 ? first.width / first.text.length : first.size / 2
  return (Math.min(n, text.length) - latin) * first.size + latin * latinWidth
}

/** Runs of one page grouped into baselines, each sorted left to right. */
function baselines(runs: readonly Placed[]): Placed[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: Placed[][] = []
  let row: Placed[] = []
  let y = 0
  let size = 0
  for (const run of sorted) {
    if (row.length > 0 && Math.abs(run.y - y) <= SAME_BASELINE * Math.min(size, run.size)) {
      row.push(run)
      continue
    }
    if (row.length > 0) rows.push(row)
    row = [run]
    y = run.y
    size = run.size
  }
  if (row.length > 0) rows.push(row)
  for (const r of rows) r.sort((a, b) => a.x - b.x)
  return rows.map(dropOverprint)
}

/** How many runs back a twin of a run is looked for: twins sort next to each other. */
const TWIN_WINDOW = 4

/** Text drawn twice a hair apart (fake bold, shadows) is kept once. */
function dropOverprint(row: Placed[]): Placed[] {
  const out: Placed[] = []
  for (const run of row) {
    let twin = false
    for (let k = out.length - 1; k >= Math.max(0, out.length - TWIN_WINDOW) && !twin; k--) {
      const o = out[k] as Placed
      twin = o.text === run.text && Math.abs(o.x - run.x) < 0.3 * run.size && Math.abs(o.y - run.y) < 0.3 * run.size
    }
    if (!twin) out.push(run)
  }
  return out
}

/** A row cut at wide gaps: the pieces between which a column gutter may run. */
function segments(row: readonly Placed[]): Placed[][] {
  const out: Placed[][] = []
  let current: Placed[] = []
  for (const run of row) {
    const last = current[current.length - 1]
    if (last && run.x - last.right > SEGMENT_GAP * Math.max(run.size, last.size)) {
      out.push(current)
      current = []
    }
    current.push(run)
  }
  if (current.length > 0) out.push(current)
  return out
}

/**
 * Least and greatest of values, by a loop.
 * Note: `Math.min(...values)` overflows the stack on the hundreds of thousands of runs a hostile page can hold.
 */
function minOf<T>(items: readonly T[], value: (item: T) => number): number {
  let m = Infinity
  for (const item of items) m = Math.min(m, value(item))
  return m
}
function maxOf<T>(items: readonly T[], value: (item: T) => number): number {
  let m = -Infinity
  for (const item of items) m = Math.max(m, value(item))
  return m
}
const left = (runs: readonly Placed[]): number => minOf(runs, (r) => r.x)
const right = (runs: readonly Placed[]): number => maxOf(runs, (r) => r.right)
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] as number)
}

/** Share of rows each column must hold, and most rows that may cross the gutter (headings across both columns). */
const COLUMN_SHARE = 0.25
const MAX_CROSSING_SHARE = 0.25
/** Where a gutter is looked for, as shares of the width of the text. */
const GUTTER_FROM = 0.3
const GUTTER_TO = 0.7
/** Buckets the width of the text is cut into to find the gutter. */
const BUCKETS = 200

/**
 * The gutter of a two-column page, as `[from, to)`, or null for a page of one column. A gutter is a band in the
 * middle third of the text that few rows cross, with many rows on each side, the left ones ending at it and the right
 * ones starting at it (which is not so of a page of short lines, centred and right-aligned ones).
 */
function findGutter(rows: readonly Placed[][][]): [number, number] | null {
  const all = rows.flat()
  if (rows.length < 6) return null
  const lo = minOf(all, left)
  const hi = maxOf(all, right)
  const width = hi - lo
  if (width <= 0) return null
  const size = median(all.flat().map((r) => r.size))
  const cover = new Int32Array(BUCKETS)
  for (const seg of all) {
    const a = Math.max(0, Math.floor(((left(seg) - lo) / width) * BUCKETS))
    const b = Math.min(BUCKETS - 1, Math.ceil(((right(seg) - lo) / width) * BUCKETS) - 1)
    for (let i = a; i <= b; i++) cover[i] = (cover[i] as number) + 1
  }
  const maxCrossing = Math.floor(rows.length * MAX_CROSSING_SHARE)
  let best: [number, number] | null = null
  for (let i = Math.floor(GUTTER_FROM * BUCKETS); i < GUTTER_TO * BUCKETS; i++) {
    if ((cover[i] as number) > maxCrossing) continue
    let j = i
    while (j + 1 < GUTTER_TO * BUCKETS && (cover[j + 1] as number) <= maxCrossing) j++
    if (!best || j - i > best[1] - best[0]) best = [i, j]
    i = j
  }
  if (!best) return null
  const from = lo + (best[0] / BUCKETS) * width
  const to = lo + ((best[1] + 1) / BUCKETS) * width
  if (to - from < 0.5 * size) return null
  const leftSegs = all.filter((s) => right(s) <= to)
  const rightSegs = all.filter((s) => left(s) >= from)
  const crossing = all.length - leftSegs.length - rightSegs.length
  if (crossing > maxCrossing) return null
  if (leftSegs.length < rows.length * COLUMN_SHARE || rightSegs.length < rows.length * COLUMN_SHARE) return null
  const leftFull = leftSegs.filter((s) => from - right(s) < 2 * size).length
  const rightStart = minOf(rightSegs, left)
  const rightAligned = rightSegs.filter((s) => left(s) - rightStart < size).length
  if (leftFull < leftSegs.length / 2 || rightAligned < rightSegs.length / 2) return null
  return [from, to]
}

/** A line of the runs given, in reading order. */
function makeLine(runs: readonly Placed[], page: number, column: number, cells: number): Line | null {
  // Note: pieces are collected and joined once; joining as they come copies the line for every run.
  const pieces: string[] = []
  let last = 0
  let spacedEnd = false
  let prev: Placed | null = null
  let size = 0
  const stretch = lineStretch(runs)
  let cjkSpaces = 0
  for (const run of runs) cjkSpaces += run.text.match(SPACE_IN_CJK)?.length ?? 0
  const squeezed = cjkSpaces > MAX_REAL_CJK_SPACES
  for (const run of runs) {
    const own = squeezed ? run.text.replace(SPACE_BY_CJK, '') : run.text
    const trimmed = own.trim()
    size = Math.max(size, run.size)
    if (trimmed === '') {
      spacedEnd ||= own !== ''
      continue
    }
    const spaced = spacedEnd || /^\s/.test(own)
    const gap = prev ? run.x - prev.right : 0
    pieces.push(separator(last, spaced, trimmed, gap, Math.max(run.size, prev?.size ?? 0), stretch), trimmed)
    last = lastCode(trimmed)
    spacedEnd = /\s$/.test(own)
    prev = run
  }
  const text = pieces.join('')
  if (text === '') return null
  const first = runs.find((r) => r.text.trim() !== '') as Placed
  return { text, x: first.x, right: right(runs), y: maxOf(runs, (r) => r.y), size, page, column, firstUnit: firstUnitWidth(text, first), cells }
}

/** The lines of one page in reading order: by baseline, a two-column page left column first. */
function pageLines(runs: readonly TextRun[], page: number): Line[] {
  const placed: Placed[] = []
  for (const run of runs) {
    const text = run.text.replace(INVISIBLE, '').replace(LOOKALIKE_IDEOGRAPHS, unify).replace(AUTOSPACE, '')
    if (text.trim() === '' || !(run.size > 0) || !Number.isFinite(run.x + run.y + run.width)) continue
    placed.push({ ...run, text, right: run.x + Math.max(0, run.width) })
  }
  const rows = baselines(placed)
  const rowSegments = rows.map(segments)
  const gutter = findGutter(rowSegments)
  const lines: Line[] = []
  if (!gutter) {
    rows.forEach((row, i) => {
      const line = makeLine(row, page, 0, (rowSegments[i] as Placed[][]).length)
      if (line) lines.push(line)
    })
    return lines
  }
  // Rows across the gutter (a heading over both columns) close a band: its left column is read, then its right.
  let leftBand: Line[] = []
  let rightBand: Line[] = []
  const flush = (): void => {
    append(append(lines, leftBand), rightBand)
    leftBand = []
    rightBand = []
  }
  for (const segs of rowSegments) {
    const l = segs.filter((s) => right(s) <= gutter[1]).flat()
    const r = segs.filter((s) => left(s) >= gutter[0]).flat()
    const across = segs.filter((s) => right(s) > gutter[1] && left(s) < gutter[0]).flat()
    if (across.length > 0) {
      flush()
      const line = makeLine([...l, ...across, ...r].sort((a, b) => a.x - b.x), page, 3, segs.length)
      if (line) lines.push(line)
      continue
    }
    const ll = l.length > 0 ? makeLine(l, page, 1, segs.filter((s) => right(s) <= gutter[1]).length) : null
    const rl = r.length > 0 ? makeLine(r, page, 2, segs.filter((s) => left(s) >= gutter[0]).length) : null
    if (ll) leftBand.push(ll)
    if (rl) rightBand.push(rl)
  }
  flush()
  return lines
}

/** Page numbers as notices print them: `— 3 —`, `-3-`, `3`, `第3页`, `第 3 页 共 12 页`, `3/12`, `Page 3 of 12`. */
const PAGE_NUMBER = [
  /^[-—–－―─~～·•]*\d{1,4}[-—–－―─~～·•]*$/,
  /^第[\d一二三四五六七八九十百零〇]{1,6}页(?:[,，、/／]?共[\d一二三四五六七八九十百零〇]{1,6}页)?$/,
  /^共\d{1,4}页[,，、/／]?第\d{1,4}页$/,
  /^\d{1,4}[/／]\d{1,4}$/,
  /^page\d{1,4}(?:of\d{1,4})?$/i,
]
/** A rule drawn with characters (版头 and 版记 lines of a document made from text). */
const RULE = /^[-—–－―─━_＿=＝~～]{3,}$/

const squeeze = (text: string): string => text.replace(/\s+/g, '')
const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(squeeze(text)))
const furnitureKey = (text: string): string => squeeze(text).replace(/\d+/g, '#')

/** Indexes of the lines of a page at its top and at its bottom, where furniture sits. */
function band(lines: readonly Line[]): number[] {
  const order = lines.map((_, i) => i).sort((a, b) => (lines[a] as Line).y - (lines[b] as Line).y)
  if (order.length <= 2 * FURNITURE_BAND) return order
  return [...order.slice(0, FURNITURE_BAND), ...order.slice(-FURNITURE_BAND)]
}

/**
 * Drop page furniture: page numbers at the top or bottom of a page, lines repeated at the top or bottom of at least
 * half the pages (running headers and footers, with their page numbers), and rules made of characters.
 */
function dropFurniture(pages: Line[][]): Line[][] {
  const bands = pages.map(band)
  const seen = new Map<string, number>()
  pages.forEach((lines, p) => {
    const keys = new Set((bands[p] as number[]).map((i) => furnitureKey((lines[i] as Line).text)))
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1)
  })
  // Note: two pages that start alike (a form and its stub, a title on each) say too little to call a line furniture.
  const withText = pages.filter((lines) => lines.length > 0).length
  const repeated = (key: string): boolean => withText >= MIN_PAGES_REPEATED && (seen.get(key) ?? 0) >= Math.max(2, Math.ceil(withText / 2))
  return pages.map((lines, p) => {
    const edge = new Set(bands[p])
    return lines.filter((line, i) => {
      if (RULE.test(squeeze(line.text))) return false
      if (!edge.has(i)) return true
      return !isPageNumber(line.text) && !repeated(furnitureKey(line.text))
    })
  })
}

/** What starts a new paragraph at a line start: the outline numbers of notices, articles, attachments, bullets. */
const MARKER =
  /^(?:[一二三四五六七八九十百零〇]{1,4}[、．.]|[（(][一二三四五六七八九十百零〇]{1,4}[）)]|\d{1,3}[.．、﹒](?!\d)|[（(]\d{1,3}[）)]|[①-⑳㉑-㉟]|第[一二三四五六七八九十百零〇\d]{1,4}[条章节部分篇]|附件|附表|[•●■◆▲□◇○·])/

/** Fewest lines, and least share of the lines, that must end at an edge for it to be taken for the right margin. */
const MIN_LINES_AT_MARGIN = 3
const MIN_SHARE_AT_MARGIN = 0.2

/** The edges of the text of each kind of column: the most common left edge, and the right margin. */
interface Edges {
  left: number
  right: number
}

function columnEdges(lines: readonly Line[], pageWidth: number): Map<string, Edges> {
  const groups = new Map<string, Line[]>()
  for (const line of lines) {
    // Note: single-column pages share their margins; the columns of two-column pages have their own, per page.
    const key = line.column === 0 || line.column === 3 ? 'page' : `${line.page}:${line.column}`
    const group = groups.get(key)
    if (group) group.push(line)
    else groups.set(key, [line])
  }
  const edges = new Map<string, Edges>()
  for (const [key, group] of groups) {
    const counts = new Map<number, number>()
    for (const line of group) {
      const at = Math.round(line.x / (line.size / 4))
      counts.set(at, (counts.get(at) ?? 0) + 1)
    }
    const mode = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] as [number, number]
    const leftEdge = minOf(
      group.filter((l) => Math.round(l.x / (l.size / 4)) === mode[0]),
      (l) => l.x,
    )
    // Note: the median of the longer half of the lines; the longest may hang punctuation into the margin.
    const rights = group.map((l) => l.right).sort((a, b) => a - b)
    let rightEdge = rights[Math.floor((rights.length - 1) * 0.75)] as number
    // Too few lines end at that edge to call it a margin (a cover, a notice of a few short lines): the page's width,
    // less a margin as wide as the left one, is taken instead, so that none of them reads as filled.
    const size = median(group.map((l) => l.size))
    const atEdge = group.filter((l) => Math.abs(l.right - rightEdge) <= size).length
    if (pageWidth > 0 && (atEdge < MIN_LINES_AT_MARGIN || atEdge < group.length * MIN_SHARE_AT_MARGIN)) {
      rightEdge = Math.max(rightEdge, pageWidth - leftEdge)
    }
    edges.set(key, { left: leftEdge, right: rightEdge })
  }
  return edges
}

const edgesOf = (edges: Map<string, Edges>, line: Line): Edges =>
  edges.get(line.column === 0 || line.column === 3 ? 'page' : `${line.page}:${line.column}`) as Edges

/**
 * Whether line `b` goes on with the paragraph of line `a`: `a` was filled up to the right margin (the start of `b`
 * would not have fitted after it) and began at the margin or a first-line indent; `b` starts at the margin with no
 * outline number; and they are neither far apart nor of different sizes.
 */
function continues(a: Line, b: Line, m: Metrics): boolean {
  const ea = edgesOf(m.edges, a)
  const eb = edgesOf(m.edges, b)
  if (Math.abs(a.size - b.size) > SIZE_CHANGE * Math.max(a.size, b.size)) return false
  // Rows of tables and forms are lines of their own.
  if (a.cells > 1 || b.cells > 1) return false
  if (a.x > ea.left + MAX_FIRST_LINE_INDENT * a.size) return false
  if (ea.right - a.right > b.firstUnit + WRAP_SLACK * a.size) return false
  if (b.x > eb.left + INDENT * b.size) return false
  if (MARKER.test(b.text)) return false
  // Same page and column, going down: a blank line between them ends the paragraph. A move up is a new column or page.
  // The pitch is measured on body text, and scaled for larger or smaller text.
  if (a.page === b.page && b.y > a.y && b.y - a.y > PARAGRAPH_GAP * m.pitch * (a.size / m.bodySize)) return false
  return true
}

/** What the joining of lines measures on the whole document. */
interface Metrics {
  edges: Map<string, Edges>
  /** The usual baseline step between lines of body text. */
  pitch: number
  /** The usual font size of body text. */
  bodySize: number
}

/** The usual baseline step between two lines of a paragraph. */
function linePitch(pages: readonly Line[][]): number {
  const steps: number[] = []
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1] as Line
      const b = lines[i] as Line
      if (b.column === a.column && b.y > a.y && Math.abs(a.size - b.size) < 0.05 * a.size) steps.push(b.y - a.y)
    }
  }
  return median(steps)
}

/** Characters on each side of a line break that tell whether the paragraph around it is CJK. */
const CONTEXT = 8

/**
 * What joins the last line of a paragraph and the next: CJK nothing, Latin words a space. In a CJK paragraph
 * producers break lines anywhere, inside numbers and abbreviations too (（2 / 023—2025）, RCE / P), so Latin
 * pieces there join without a space as well.
 */
function lineSeparator(a: string, b: string): string {
  if (isWide(lastCode(a)) || isWide(firstCode(b)) || /[-/]$/.test(a)) return ''
  const around = a.slice(-CONTEXT) + b.slice(0, CONTEXT)
  for (let i = 0; i < around.length; i++) if (isWide(around.charCodeAt(i))) return ''
  return ' '
}

/**
 * Lay out the text of a document.
 * @param pages the runs of each page, in page order
 * @returns the text, one paragraph a line, and where each page's text is in it
 */
export function layoutText(pages: readonly PageRuns[]): LaidOut {
  const perPage = dropFurniture(pages.map((p, i) => pageLines(p.runs, i + 1)))
  const all = perPage.flat()
  const bodySize = median(all.map((l) => l.size)) || 1
  const width = Math.max(0, maxOf(pages, (p) => p.width ?? 0))
  const metrics: Metrics = { edges: columnEdges(all, width), pitch: linePitch(perPage) || 1.5 * bodySize, bodySize }
  const paragraphs: string[] = []
  /** For each page, the paragraph and offset in it where its text starts, and where it ends. */
  const starts: Array<{ paragraph: number; offset: number } | null> = []
  const ends: Array<{ paragraph: number; offset: number } | null> = []
  let prev: Line | null = null
  // Note: a paragraph is kept as its pieces and joined once, so that a paragraph of many lines costs no copies.
  let current: string[] = []
  let length = 0
  perPage.forEach((lines, p) => {
    starts[p] = null
    ends[p] = null
    for (const line of lines) {
      if (prev && continues(prev, line, metrics)) {
        const separator = lineSeparator(prev.text, line.text)
        current.push(separator, line.text)
        length += separator.length + line.text.length
        if (!starts[p]) starts[p] = { paragraph: paragraphs.length, offset: length - line.text.length }
      } else {
        if (prev) paragraphs.push(current.join(''))
        current = [line.text]
        length = line.text.length
        if (!starts[p]) starts[p] = { paragraph: paragraphs.length, offset: 0 }
      }
      ends[p] = { paragraph: paragraphs.length, offset: length }
      prev = line
    }
  })
  if (prev) paragraphs.push(current.join(''))
  const paragraphStart: number[] = []
  let at = 0
  for (const paragraph of paragraphs) {
    paragraphStart.push(at)
    at += paragraph.length + 1
  }
  const text = paragraphs.join('\n')
  const spans: PageSpan[] = []
  let last = 0
  pages.forEach((_, p) => {
    const s = starts[p]
    const e = ends[p]
    if (!s || !e) {
      spans.push({ page: p + 1, start: last, end: last })
      return
    }
    const start = (paragraphStart[s.paragraph] as number) + s.offset
    const end = (paragraphStart[e.paragraph] as number) + e.offset
    spans.push({ page: p + 1, start, end })
    last = end
  })
  return { text, pages: spans }
}
