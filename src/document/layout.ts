/**
 * Positioned text → reading text: what the PDF and OFD readers share. Runs on one baseline form a line, two-column
 * pages are read column by column, page furniture (page numbers, running headers and footers, rules) is dropped, and
 * lines wrapped at the right margin are joined back into the paragraph they were typeset from, one paragraph a line.
 * Tables drawn with rules (`ruled.ts`) are read cell by cell, each cell's paragraphs a line of their own, and given as
 * tables of cells, as the HTML reader gives them; a table that runs on over a page break is one table.
 *
 * Pure: no I/O and no platform API, so that it runs wherever the readers do. Coordinates may be in any unit (PDF
 * points, OFD millimetres): every threshold is relative to the font size.
 */
import { append } from '../util/arrays.js'
import { LOOKALIKE_IDEOGRAPHS, unify } from './radicals.js'
import { findGrids, type Grid, type GridCell, type PageRule } from './ruled.js'

export type { PageRule } from './ruled.js'

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
  /** The straight strokes the page draws (table borders), when the reader has them. */
  rules?: PageRule[]
}

/** Where the text of a page sits in the extracted text: `[start, end)`, pages numbered from 1. */
export interface PageSpan {
  page: number
  start: number
  end: number
}

/** A cell of a table of the text: `text.slice(start, end)`, one paragraph a line. */
export interface LaidCell {
  start: number
  end: number
  colspan: number
  rowspan: number
}

/** A table of the text, its cells row by row, and where it is in the text: `[start, end)`. */
export interface LaidTable {
  start: number
  end: number
  rows: LaidCell[][]
}

export interface LaidOut {
  /** One paragraph a line, joined by `\n`; the paragraphs of table cells too, cell after cell, row after row. */
  text: string
  /** One span for every page, in order, also for pages with no text (`start === end`). */
  pages: PageSpan[]
  /** The tables drawn with rules, in order. */
  tables: LaidTable[]
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
  /** The table this line stands for, in the reading order of its page; null for a line of text. */
  block: TableBlock | null
  /** Whether the line is punctuation or symbols alone, whose font size may be another font's. */
  bare: boolean
}

/** A table of a page (and of the pages it runs on to), its cells' text read. */
interface TableBlock {
  /** x of its column borders, by which a table continued on the next page is recognized. */
  xs: number[]
  /** The usual font size of its page, which that recognition's tolerance is a share of. */
  size: number
  rows: BlockCell[][]
}

/** A cell of a table, its paragraphs laid out. */
interface BlockCell {
  paragraphs: string[]
  /** The first grid column it covers. */
  column: number
  colspan: number
  rowspan: number
  /** The page it is drawn on. */
  page: number
  /** Whether its last line is filled to the cell's edge: its text may go on in the same cell on the next page. */
  open: boolean
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
/** Whether two lines may be of one paragraph by their sizes: a line of punctuation alone (a wrapped ▲) says nothing. */
const sameSize = (a: Line, b: Line): boolean => a.bare || b.bare || Math.abs(a.size - b.size) <= SIZE_CHANGE * Math.max(a.size, b.size)
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
/** A gap between two CJK runs of a line wider than this (× font size) is a stretched one. */
const JUSTIFIED_GAP = 0.1

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

/** Text with a letter, digit or ideograph in it: not punctuation alone. */
const WORDY = /[\p{L}\p{N}]/u

/** A line of the runs given, in reading order. */
function makeLine(runs: readonly Placed[], page: number, column: number, cells: number): Line | null {
  // Note: pieces are collected and joined once; joining as they come copies the line for every run.
  const pieces: string[] = []
  let last = 0
  let spacedEnd = false
  let prev: Placed | null = null
  let size = 0
  let punctuationSize = 0
  const stretch = lineStretch(runs)
  let cjkSpaces = 0
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Placed
    cjkSpaces += run.text.match(SPACE_IN_CJK)?.length ?? 0
    // A gap between two CJK runs is such a space too (Chromium draws the spaces of justification apart).
    const before = runs[i - 1]
    if (before && run.x - before.right > JUSTIFIED_GAP * run.size && isWide(lastCode(before.text.trimEnd())) && isWide(firstCode(run.text.trimStart()))) cjkSpaces++
  }
  const squeezed = cjkSpaces > MAX_REAL_CJK_SPACES
  for (const run of runs) {
    const own = squeezed ? run.text.replace(SPACE_BY_CJK, '') : run.text
    const trimmed = own.trim()
    // Note: punctuation alone may come in another font at another size (a 12-point “ before 10-point text).
    if (WORDY.test(trimmed)) size = Math.max(size, run.size)
    else punctuationSize = Math.max(punctuationSize, run.size)
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
  const bare = size === 0
  if (bare) size = punctuationSize
  const first = runs.find((r) => r.text.trim() !== '') as Placed
  return { text, x: first.x, right: right(runs), y: maxOf(runs, (r) => r.y), size, page, column, firstUnit: firstUnitWidth(text, first), cells, block: null, bare }
}

/** The runs of a page that are text, cleaned, with their right edges. */
function placedRuns(runs: readonly TextRun[]): Placed[] {
  const placed: Placed[] = []
  for (const run of runs) {
    const text = run.text.replace(INVISIBLE, '').replace(LOOKALIKE_IDEOGRAPHS, unify).replace(AUTOSPACE, '')
    if (text.trim() === '' || !(run.size > 0) || !Number.isFinite(run.x + run.y + run.width)) continue
    placed.push({ ...run, text, right: run.x + Math.max(0, run.width) })
  }
  return placed
}

/**
 * Whether the text of a page may stand in a table: two baselines or more cut by wide gaps into pieces (cells). A
 * reader asks before it fetches the page's drawing to find the table's rules, which costs as much as the text again.
 */
export function mayHoldTable(runs: readonly TextRun[]): boolean {
  let cut = 0
  for (const row of baselines(placedRuns(runs))) if (segments(row).length > 1 && ++cut >= 2) return true
  return false
}

/** The lines of one page in reading order: by baseline, a two-column page left column first, tables where they stand. */
function pageLines(source: PageRuns, page: number): Line[] {
  const { blocks, rest } = tableLines(placedRuns(source.runs), source.rules ?? [], page)
  const rows = baselines(rest)
  const rowSegments = rows.map(segments)
  const gutter = findGutter(rowSegments)
  const lines: Line[] = []
  let nextBlock = 0
  // A table closes what comes before it, as a row across both columns does.
  const blocksAbove = (y: number, flush: () => void): void => {
    while (nextBlock < blocks.length && (blocks[nextBlock] as Line).y < y) {
      flush()
      lines.push(blocks[nextBlock++] as Line)
    }
  }
  if (!gutter) {
    rows.forEach((row, i) => {
      const line = makeLine(row, page, 0, (rowSegments[i] as Placed[][]).length)
      if (!line) return
      blocksAbove(line.y, () => undefined)
      lines.push(line)
    })
    blocksAbove(Infinity, () => undefined)
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
    blocksAbove(minOf(segs, (s) => minOf(s, (r) => r.y)), flush)
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
  blocksAbove(Infinity, flush)
  flush()
  return lines
}

/** Where a run is, to find its cell: the middle of its first character, a third of the way up from its baseline. */
const anchorX = (r: Placed): number => r.x + Math.min(r.right - r.x, r.size) / 2
const anchorY = (r: Placed): number => r.y - 0.3 * r.size

/** The index of the band `[edges[i], edges[i + 1])` that holds a value, or -1 outside them all. */
function bandOf(edges: readonly number[], v: number): number {
  if (v < (edges[0] as number) || v > (edges[edges.length - 1] as number)) return -1
  let i = 0
  while (i < edges.length - 2 && v >= (edges[i + 1] as number)) i++
  return i
}

/**
 * The tables of a page, as lines that stand for them (at the top of each, for the reading order), and the runs left
 * outside them. A grid of rules whose cells hold text in fewer than two cells is no table: its runs stay text.
 */
function tableLines(placed: Placed[], rules: readonly PageRule[], page: number): { blocks: Line[]; rest: Placed[] } {
  if (rules.length === 0 || placed.length === 0) return { blocks: [], rest: placed }
  const size = median(placed.map((r) => r.size))
  const grids = findGrids(rules, size)
  if (grids.length === 0) return { blocks: [], rest: placed }
  const taken = new Uint8Array(placed.length)
  const blocks: Line[] = []
  for (const grid of grids) {
    const columns = grid.xs.length - 1
    const place: GridCell[] = []
    for (const row of grid.rows) {
      for (const cell of row) {
        for (let r = cell.row; r < cell.row + cell.rowspan; r++) for (let c = cell.column; c < cell.column + cell.colspan; c++) place[r * columns + c] = cell
      }
    }
    const inCell = new Map<GridCell, Placed[]>()
    const runsIn: number[] = []
    placed.forEach((run, i) => {
      if (taken[i]) return
      const c = bandOf(grid.xs, anchorX(run))
      const r = c < 0 ? -1 : bandOf(grid.ys, anchorY(run))
      const cell = r < 0 ? undefined : place[r * columns + c]
      if (!cell) return
      const list = inCell.get(cell)
      if (list) list.push(run)
      else inCell.set(cell, [run])
      runsIn.push(i)
    })
    if (inCell.size < 2) continue
    for (const i of runsIn) taken[i] = 1
    const block = tableBlock(grid, inCell, page, size)
    blocks.push({ text: '', x: grid.xs[0] as number, right: grid.xs[columns] as number, y: grid.ys[0] as number, size, page, column: 0, firstUnit: 0, cells: 1, block, bare: false })
  }
  blocks.sort((a, b) => a.y - b.y)
  return { blocks, rest: blocks.length === 0 ? placed : placed.filter((_, i) => !taken[i]) }
}

/** A cell of a grid and the lines of its text. */
interface LinedCell {
  cell: GridCell
  lines: Line[]
}

/** The lines of the runs of a cell, top down. */
function cellLines(runs: readonly Placed[], page: number): Line[] {
  const lines: Line[] = []
  for (const row of baselines(runs)) {
    const line = makeLine(row, page, 0, 1)
    if (line) lines.push(line)
  }
  return lines
}

/**
 * A grid with the text of its cells. A row of the grid that holds a list (an invoice's items drawn in one box per
 * column, no rule between them) is cut into a row for each line of the list.
 */
function tableBlock(grid: Grid, inCell: Map<GridCell, Placed[]>, page: number, size: number): TableBlock {
  const columns = grid.xs.length - 1
  const rows: BlockCell[][] = []
  const made = (l: LinedCell, lines: readonly Line[], rowspan: number): BlockCell => {
    const { paragraphs, open } = cellText(lines, l.cell)
    return { paragraphs, column: l.cell.column, colspan: l.cell.colspan, rowspan, page, open }
  }
  grid.rows.forEach((row) => {
    const lined = row.map((cell): LinedCell => ({ cell, lines: cellLines(inCell.get(cell) ?? [], page) }))
    // Only a row of its own cells (none merged down into it or out of it) may hold a list.
    let width = 0
    for (const cell of row) width += cell.rowspan === 1 ? cell.colspan : 0
    const list = width === columns ? listLines(lined, size) : null
    if (!list) {
      rows.push(lined.map((l) => made(l, l.lines, l.cell.rowspan)))
      return
    }
    for (const at of list) rows.push(lined.map((l) => made(l, l.lines.filter((line) => Math.abs(line.y - at) <= SAME_BASELINE * size), 1)))
  })
  return { xs: grid.xs, size, rows }
}

/**
 * The baselines of a list in a row of cells, or null when the row holds none: two cells or more have several lines,
 * none of them wrapped (each line a paragraph of its own), and most baselines have lines of more than one cell.
 */
function listLines(lined: readonly LinedCell[], size: number): number[] | null {
  const multi = lined.filter((l) => l.lines.length >= 2)
  if (multi.length < 2) return null
  for (const l of multi) if (cellText(l.lines, l.cell).paragraphs.length !== l.lines.length) return null
  const tol = SAME_BASELINE * size
  const ys: Array<{ y: number; cell: number }> = []
  lined.forEach((l, i) => {
    for (const line of l.lines) ys.push({ y: line.y, cell: i })
  })
  ys.sort((a, b) => a.y - b.y)
  const at: number[] = []
  let shared = 0
  for (let i = 0; i < ys.length; ) {
    let j = i
    const cells = new Set<number>()
    while (j < ys.length && (ys[j] as { y: number }).y - (ys[i] as { y: number }).y <= tol) cells.add((ys[j++] as { cell: number }).cell)
    if (cells.size >= 2) shared++
    at.push((ys[i] as { y: number }).y)
    i = j
  }
  // Note: a line or two of the list may stand alone (a 折扣 row with no amounts).
  return shared >= 2 && shared >= LIST_SHARE * at.length ? at : null
}

/** Least share of the baselines of a list that more than one cell has a line on. */
const LIST_SHARE = 0.75

/** Most baseline step between two lines of one paragraph of a cell (× font size). */
const CELL_PITCH = 2.2

/**
 * The paragraphs of a cell: its lines, those wrapped at the cell's edge joined. The edge is the cell's border less its
 * padding (as wide as on the left, up to an em), or the longest line where that reaches further.
 */
function cellText(lines: readonly Line[], cell: GridCell): { paragraphs: string[]; open: boolean } {
  if (lines.length === 0) return { paragraphs: [], open: false }
  const size = median(lines.map((l) => l.size))
  const pad = Math.min(size, Math.max(0, minOf(lines, (l) => l.x) - cell.left))
  const edge = Math.max(maxOf(lines, (l) => l.right), cell.right - pad)
  const filled = (a: Line, room: number): boolean => edge - a.right <= room + WRAP_SLACK * a.size
  const paragraphs: string[] = []
  let current: string[] = []
  let prev: Line | null = null
  for (const line of lines) {
    const goesOn =
      prev !== null &&
      sameSize(prev, line) &&
      line.y - prev.y <= CELL_PITCH * prev.size &&
      filled(prev, line.firstUnit) &&
      !startsItem(line)
    if (prev && goesOn) current.push(lineSeparator(prev.text, line.text), line.text)
    else {
      if (current.length > 0) paragraphs.push(current.join(''))
      current = [line.text]
    }
    prev = line
  }
  paragraphs.push(current.join(''))
  return { paragraphs, open: prev !== null && filled(prev, prev.size) }
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
  const order: number[] = []
  // Tables are never furniture, and do not push a running header out of the band.
  lines.forEach((line, i) => void (line.block === null && order.push(i)))
  order.sort((a, b) => (lines[a] as Line).y - (lines[b] as Line).y)
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
      if (line.block !== null) return true
      if (RULE.test(squeeze(line.text))) return false
      if (!edge.has(i)) return true
      return !isPageNumber(line.text) && !repeated(furnitureKey(line.text))
    })
  })
}

/** What starts a new paragraph at a line start: the outline numbers of notices, articles, attachments, bullets. */
const MARKER =
  /^(?:[一二三四五六七八九十百零〇]{1,4}[、．.]|[（(][一二三四五六七八九十百零〇]{1,4}[）)]|\d{1,3}[.．、﹒](?!\d)|[（(]\d{1,3}[）)]|[①-⑳㉑-㉟]|第[一二三四五六七八九十百零〇\d]{1,4}[条章节部分篇]|附件|附表|[•●■◆▲□◇○·])/

/** Whether a line starts an item of its own: an outline number, a bullet with text after it (a ▲ alone was wrapped). */
const startsItem = (line: Line): boolean => !line.bare && MARKER.test(line.text)

/** Fewest lines, and least share of the lines, that must end at an edge for it to be taken for the right margin. */
const MIN_LINES_AT_MARGIN = 3
const MIN_SHARE_AT_MARGIN = 0.2

/** The edges of the text of each kind of column: the most common left edge, and the right margin. */
interface Edges {
  left: number
  right: number
}

function columnEdges(lines: readonly Line[], pageWidth: number, tables: readonly Line[]): Map<string, Edges> {
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
    // A table set from the left margin spans the text block: its right border is the right margin, or beyond it.
    // Note: lines that would otherwise set the margin (rows of cells) are in the table, which a short notice shows.
    if (key === 'page') {
      for (const t of tables) {
        if (Math.abs(t.x - leftEdge) <= size && (pageWidth <= 0 || t.right <= pageWidth - leftEdge + size)) rightEdge = Math.max(rightEdge, t.right)
      }
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
  if (!sameSize(a, b)) return false
  // Rows of tables and forms are lines of their own.
  if (a.cells > 1 || b.cells > 1) return false
  if (a.x > ea.left + MAX_FIRST_LINE_INDENT * a.size) return false
  if (ea.right - a.right > b.firstUnit + WRAP_SLACK * a.size) return false
  if (b.x > eb.left + INDENT * b.size) return false
  if (startsItem(b)) return false
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
      if (a.block === null && b.block === null && b.column === a.column && b.y > a.y && Math.abs(a.size - b.size) < 0.05 * a.size) steps.push(b.y - a.y)
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

/** Column borders of two pieces of a table further apart than this (× font size) are of different tables. */
const SAME_COLUMNS = 1

/** The text of a row, to know a header row repeated at the top of the next page. */
const rowKey = (row: readonly BlockCell[]): string => row.map((c) => squeeze(c.paragraphs.join(''))).join('|')

/**
 * Tables that run on over a page break, joined: a table that ends the text of a page (before its furniture) and a
 * table with the same columns that starts the next page are one. The header rows the next page repeats are dropped.
 */
function joinTables(pages: Line[][]): Line[][] {
  let open: TableBlock | null = null
  for (const lines of pages) {
    const first = lines[0]
    if (open && first?.block && sameColumns(open, first.block)) {
      continueTable(open, first.block)
      lines.shift()
    }
    if (lines.length > 0) open = (lines[lines.length - 1] as Line).block
  }
  return pages
}

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  if (a.xs.length !== b.xs.length) return false
  const tol = SAME_COLUMNS * Math.max(a.size, b.size)
  return a.xs.every((x, i) => Math.abs(x - (b.xs[i] as number)) <= tol)
}

/** Add the rows of a table's next piece to it, without the header rows the piece repeats. */
function continueTable(table: TableBlock, next: TableBlock): void {
  let skip = 0
  while (skip < next.rows.length && skip < table.rows.length - 1 && rowKey(next.rows[skip] as BlockCell[]) === rowKey(table.rows[skip] as BlockCell[])) skip++
  const rows = next.rows.slice(skip)
  const top = rows[0]
  if (top && table.rows.length > 0) {
    const splitRow = joinAtBreak(table, top)
    if (splitRow) rows.shift()
    else if (top.length === 0) rows.shift()
  }
  append(table.rows, rows)
}

const isEmpty = (cell: BlockCell): boolean => cell.paragraphs.length === 0

/**
 * Join the first row of a table's next piece to the cells it goes on from, at a page break. The cells that reach the
 * bottom of the table so far are matched with the top row's by column:
 * - a row split over the break (a producer lets a row run on to the next page): some cells of the last row, whose
 *   text ended on the page before, are empty at the top, and the others go on (the line above them is filled to the
 *   edge), or are fewer than the empty ones; then every cell of the top row goes on from the one above it (its text is
 *   added to it) and the top row is gone (true is returned). A new row under a cell merged over rows, cut by the
 *   break, has text in most cells and none of the lines above it filled;
 * - otherwise, an empty cell under a cell that reaches the bottom is that cell merged over more rows (a 牵头单位 merged
 *   over tasks on both pages): it is dropped, and the cell above spans its rows too.
 * @returns whether the top row was a part of the last row
 */
function joinAtBreak(table: TableBlock, top: BlockCell[]): boolean {
  const last = table.rows.length - 1
  // The cells that reach the bottom, by column, and whether each started in the last row.
  const bottom = new Map<number, { cell: BlockCell; own: boolean }>()
  table.rows.forEach((row, r) => {
    for (const cell of row) if (r + cell.rowspan > last) bottom.set(cell.column, { cell, own: r === last })
  })
  const above = (cell: BlockCell): { cell: BlockCell; own: boolean } | undefined => {
    const b = bottom.get(cell.column)
    return b && b.cell.colspan === cell.colspan ? b : undefined
  }
  // Cells of the top row under cells of the last row: empty ones (that cell's text ended before the break), and ones
  // with text, which go on from the cell above only where its last line was filled to its edge.
  let ended = 0
  let goOn = 0
  let fresh = 0
  for (const cell of top) {
    const b = above(cell)
    if (!b || !b.own || isEmpty(b.cell)) continue
    if (isEmpty(cell)) ended++
    else if (b.cell.open) goOn++
    else fresh++
  }
  const split = ended > 0 && (fresh === 0 || fresh < ended)
  if (split) {
    for (const cell of top) {
      const b = above(cell)
      if (!b) continue
      b.cell.rowspan += cell.rowspan - 1
      if (isEmpty(cell)) continue
      const [first, ...more] = cell.paragraphs
      const paragraphs = b.cell.paragraphs
      if (b.cell.open && paragraphs.length > 0 && first !== undefined) {
        const end = paragraphs.length - 1
        paragraphs[end] = (paragraphs[end] as string) + lineSeparator(paragraphs[end] as string, first) + first
        append(paragraphs, more)
      } else append(paragraphs, cell.paragraphs)
      b.cell.open = cell.open
    }
    return true
  }
  for (let i = top.length - 1; i >= 0; i--) {
    const cell = top[i] as BlockCell
    const b = above(cell)
    if (!b || !isEmpty(cell) || isEmpty(b.cell)) continue
    b.cell.rowspan += cell.rowspan
    top.splice(i, 1)
  }
  return false
}

/** The text laid out so far, paragraph by paragraph, with where each page's text starts and ends in it. */
class TextWriter {
  private readonly pieces: string[] = []
  private length = 0
  private readonly starts: number[]
  private readonly ends: number[]
  readonly tables: LaidTable[] = []

  constructor(pages: number) {
    this.starts = new Array<number>(pages).fill(-1)
    this.ends = new Array<number>(pages).fill(-1)
  }

  private mark(page: number, from: number, to: number): void {
    if ((this.starts[page - 1] as number) < 0) this.starts[page - 1] = from
    this.ends[page - 1] = to
  }

  /** A new paragraph. */
  paragraph(text: string, page: number): void {
    if (this.pieces.length > 0) {
      this.pieces.push('\n')
      this.length++
    }
    this.pieces.push(text)
    this.length += text.length
    this.mark(page, this.length - text.length, this.length)
  }

  /** More of the paragraph being written, after a separator. */
  extend(separator: string, text: string, page: number): void {
    this.pieces.push(separator, text)
    this.length += separator.length + text.length
    this.mark(page, this.length - text.length, this.length)
  }

  /** A table: the paragraphs of its cells, cell after cell; an empty cell is the point after the previous one. */
  table(block: TableBlock): void {
    let start = -1
    const rows = block.rows.map((row) =>
      row.map((cell): LaidCell => {
        let from = -1
        for (const p of cell.paragraphs) {
          this.paragraph(p, cell.page)
          if (from < 0) from = this.length - p.length
        }
        if (start < 0 && from >= 0) start = from
        return { start: from < 0 ? this.length : from, end: this.length, colspan: cell.colspan, rowspan: cell.rowspan }
      }),
    )
    this.tables.push({ start: Math.max(0, start), end: this.length, rows })
  }

  done(): LaidOut {
    const pages: PageSpan[] = []
    let last = 0
    this.starts.forEach((start, p) => {
      const end = this.ends[p] as number
      if (start < 0) pages.push({ page: p + 1, start: last, end: last })
      else {
        pages.push({ page: p + 1, start, end })
        last = end
      }
    })
    return { text: this.pieces.join(''), pages, tables: this.tables }
  }
}

/**
 * Lay out the text of a document.
 * @param pages the runs of each page, in page order
 * @returns the text, one paragraph a line, where each page's text is in it, and its tables
 */
export function layoutText(pages: readonly PageRuns[]): LaidOut {
  const perPage = joinTables(dropFurniture(pages.map((p, i) => pageLines(p, i + 1))))
  const all = perPage.flat().filter((l) => l.block === null)
  const tables = perPage.flat().filter((l) => l.block !== null)
  const bodySize = median(all.map((l) => l.size)) || 1
  const width = Math.max(0, maxOf(pages, (p) => p.width ?? 0))
  const metrics: Metrics = { edges: columnEdges(all, width, tables), pitch: linePitch(perPage) || 1.5 * bodySize, bodySize }
  const out = new TextWriter(pages.length)
  let prev: Line | null = null
  for (const lines of perPage) {
    for (const line of lines) {
      if (line.block !== null) {
        out.table(line.block)
        prev = null
        continue
      }
      if (prev && continues(prev, line, metrics)) out.extend(lineSeparator(prev.text, line.text), line.text, line.page)
      else out.paragraph(line.text, line.page)
      prev = line
    }
  }
  return out.done()
}
