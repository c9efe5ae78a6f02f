/**
 * Tables drawn with rules: the grid of cells that the horizontal and vertical rules of a page enclose, merged cells
 * included (a border missing between two grid cells merges them). What the PDF and OFD readers find tables with, before
 * `layout.ts` puts the text of each cell into it.
 *
 * Pure, and in the unit of the page (PDF points, OFD millimetres): every tolerance is a share of the font size.
 */

/** A straight stroke on a page (a border, an underline), y growing downwards. */
export interface PageRule {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** A cell of a grid: its box, and the grid rows and columns it covers. */
export interface GridCell {
  row: number
  column: number
  rowspan: number
  colspan: number
  left: number
  top: number
  right: number
  bottom: number
}

/** A table found from rules: the x of its column borders, the y of its row borders, its cells row by row. */
export interface Grid {
  xs: number[]
  ys: number[]
  /** Cells by the row they start in, left to right; each grid place belongs to one cell. */
  rows: GridCell[][]
}

/**
 * A filled shape that is a rule: an axis-aligned rectangle (its corners, 4 or 5 points with the closing one) no
 * thicker than `maxWidth`, as the line along its middle; else null. Producers (Word) draw cell borders so.
 */
export function thinRectangle(xs: readonly number[], ys: readonly number[], maxWidth: number): PageRule | null {
  if (xs.length < 4 || xs.length > 5) return null
  let x1 = Infinity
  let x2 = -Infinity
  let y1 = Infinity
  let y2 = -Infinity
  for (let k = 0; k < xs.length; k++) {
    x1 = Math.min(x1, xs[k] as number)
    x2 = Math.max(x2, xs[k] as number)
    y1 = Math.min(y1, ys[k] as number)
    y2 = Math.max(y2, ys[k] as number)
  }
  const near = (u: number, v: number): boolean => Math.abs(u - v) < 0.01
  for (let k = 0; k < xs.length; k++) {
    if (!(near(xs[k] as number, x1) || near(xs[k] as number, x2)) || !(near(ys[k] as number, y1) || near(ys[k] as number, y2))) return null
  }
  if (Math.min(x2 - x1, y2 - y1) > maxWidth) return null
  return x2 - x1 >= y2 - y1 ? { x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 } : { x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 }
}

/** A horizontal rule `[from, to]` at `at`, or a vertical one. */
interface Segment {
  at: number
  from: number
  to: number
}

/** Rules nearer than this are one (× font size): a border drawn twice, or as the two edges of a thin rectangle. */
const SAME_RULE = 0.3
/** Shortest rule that may be a border (× font size): shorter strokes are marks, not borders. */
const MIN_RULE = 0.8
/** Most rules of a page looked at: a page of more is a drawing, not a table. */
export const MAX_RULES = 4000
/** Most places (rows × columns) of a grid: more is a drawing or a hostile file. */
const MAX_PLACES = 20000

/** Horizontal and vertical rules, each merged with the pieces of the same line that touch it. */
function segments(rules: readonly PageRule[], tol: number, min: number): { h: Segment[]; v: Segment[] } {
  const h: Segment[] = []
  const v: Segment[] = []
  for (const r of rules) {
    const dx = Math.abs(r.x2 - r.x1)
    const dy = Math.abs(r.y2 - r.y1)
    if (!Number.isFinite(dx + dy + r.x1 + r.y1)) continue
    if (dy <= tol && dx >= min) h.push({ at: (r.y1 + r.y2) / 2, from: Math.min(r.x1, r.x2), to: Math.max(r.x1, r.x2) })
    else if (dx <= tol && dy >= min) v.push({ at: (r.x1 + r.x2) / 2, from: Math.min(r.y1, r.y2), to: Math.max(r.y1, r.y2) })
  }
  return { h: merge(h, tol), v: merge(v, tol) }
}

/** Segments of one line that overlap or touch, joined. */
function merge(list: Segment[], tol: number): Segment[] {
  list.sort((a, b) => a.at - b.at || a.from - b.from)
  const out: Segment[] = []
  // Note: a line's pieces sort together once their `at` values are snapped to the first of a cluster.
  let clusterAt = Number.NEGATIVE_INFINITY
  const cluster: Segment[] = []
  const flush = (): void => {
    cluster.sort((a, b) => a.from - b.from)
    let cur: Segment | null = null
    for (const s of cluster) {
      if (cur && s.from <= cur.to + tol) cur.to = Math.max(cur.to, s.to)
      else {
        cur = { at: s.at, from: s.from, to: s.to }
        out.push(cur)
      }
    }
    cluster.length = 0
  }
  for (const s of list) {
    if (s.at - clusterAt > tol) {
      flush()
      clusterAt = s.at
    }
    cluster.push(s)
  }
  flush()
  return out
}

/** Union-find over indices. */
function finder(n: number): { find: (i: number) => number; join: (a: number, b: number) => void } {
  const parent = new Int32Array(n)
  for (let i = 0; i < n; i++) parent[i] = i
  const find = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] as number
    while (parent[i] !== r) {
      const next = parent[i] as number
      parent[i] = r
      i = next
    }
    return r
  }
  return { find, join: (a, b) => void (parent[find(a)] = find(b)) }
}

/** Values apart by more than `tol`, sorted: the borders of a grid, from the rules' positions and ends. */
function borders(values: number[], tol: number): number[] {
  values.sort((a, b) => a - b)
  const out: number[] = []
  for (const v of values) if (out.length === 0 || v - (out[out.length - 1] as number) > tol) out.push(v)
  return out
}

/** Whether a rule of the list runs along `at` through `point` (within the tolerance). */
const covers = (list: readonly Segment[], at: number, point: number, tol: number): boolean =>
  list.some((s) => Math.abs(s.at - at) <= tol && s.from - tol <= point && point <= s.to + tol)

/**
 * The grid of one group of crossing rules, or null when it holds fewer than two columns.
 * Note: a table open at its sides (no outer verticals) still has its horizontal rules' ends as its edges.
 */
function grid(h: readonly Segment[], v: readonly Segment[], tol: number): Grid | null {
  const xsIn: number[] = v.map((s) => s.at)
  const ysIn: number[] = h.map((s) => s.at)
  for (const s of h) xsIn.push(s.from, s.to)
  for (const s of v) ysIn.push(s.from, s.to)
  const xs = borders(xsIn, tol)
  const ys = borders(ysIn, tol)
  const columns = xs.length - 1
  const rowCount = ys.length - 1
  // Note: one row is a table too: the last row of a table, alone on the next page.
  if (columns < 2 || rowCount < 1 || columns * rowCount > MAX_PLACES) return null
  const { find, join } = finder(columns * rowCount)
  for (let r = 0; r < rowCount; r++) {
    const mid = ((ys[r] as number) + (ys[r + 1] as number)) / 2
    for (let c = 1; c < columns; c++) if (!covers(v, xs[c] as number, mid, tol)) join(r * columns + c - 1, r * columns + c)
  }
  for (let c = 0; c < columns; c++) {
    const mid = ((xs[c] as number) + (xs[c + 1] as number)) / 2
    for (let r = 1; r < rowCount; r++) if (!covers(h, ys[r] as number, mid, tol)) join((r - 1) * columns + c, r * columns + c)
  }
  // Each set of joined places is a cell: the box around them (a set that is no rectangle keeps its bounding box).
  const box = new Map<number, { r0: number; r1: number; c0: number; c1: number }>()
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < columns; c++) {
      const k = find(r * columns + c)
      const b = box.get(k)
      if (!b) box.set(k, { r0: r, r1: r, c0: c, c1: c })
      else {
        b.r1 = Math.max(b.r1, r)
        b.c0 = Math.min(b.c0, c)
        b.c1 = Math.max(b.c1, c)
      }
    }
  }
  const rows: GridCell[][] = Array.from({ length: rowCount }, () => [])
  for (const b of box.values()) {
    ;(rows[b.r0] as GridCell[]).push({
      row: b.r0,
      column: b.c0,
      rowspan: b.r1 - b.r0 + 1,
      colspan: b.c1 - b.c0 + 1,
      left: xs[b.c0] as number,
      top: ys[b.r0] as number,
      right: xs[b.c1 + 1] as number,
      bottom: ys[b.r1 + 1] as number,
    })
  }
  for (const row of rows) row.sort((a, b) => a.column - b.column)
  // A grid that is one cell (a framed box) is no table.
  return box.size >= 2 ? { xs, ys, rows } : null
}

/**
 * Vertical rules that cross no horizontal one, given to the table whose height they lie within and near which they
 * stand: the borders of columns whose cells are merged over a page break, which producers that draw each cell's own
 * borders (Chromium) leave open at the top and bottom of the page.
 */
function adoptLoneVerticals(groups: Array<{ h: Segment[]; v: Segment[] }>, tol: number): void {
  const tables = groups
    .filter((g) => g.h.length >= 2 && g.v.length >= 2)
    .map((g) => {
      const box = { g, top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity }
      for (const h of g.h) {
        box.left = Math.min(box.left, h.from)
        box.right = Math.max(box.right, h.to)
      }
      // Note: the height of the verticals, which a table whose top border is left open (a page break) reaches beyond.
      for (const v of g.v) {
        box.top = Math.min(box.top, v.from)
        box.bottom = Math.max(box.bottom, v.to)
      }
      return box
    })
  if (tables.length === 0) return
  for (const lone of groups) {
    if (lone.h.length > 0 || lone.v.length !== 1) continue
    const s = lone.v[0] as Segment
    const width = (t: { left: number; right: number }): number => t.right - t.left
    const t = tables.find((t) => s.from >= t.top - tol && s.to <= t.bottom + tol && s.at >= t.left - width(t) && s.at <= t.right + width(t))
    if (t) {
      t.g.v.push(s)
      lone.v.length = 0
    }
  }
}

/**
 * The tables the rules of a page draw: groups of horizontal and vertical rules that cross one another, each read as a
 * grid of cells. Lone rules (a red line under a masthead, an underline, the rules around 版记) draw no table.
 * @param rules the strokes of the page
 * @param size the usual font size of the page, which every tolerance is a share of
 * @returns the grids, top down
 */
export function findGrids(rules: readonly PageRule[], size: number): Grid[] {
  if (rules.length === 0 || rules.length > MAX_RULES || !(size > 0)) return []
  const tol = SAME_RULE * size
  const { h, v } = segments(rules, tol, MIN_RULE * size)
  if (h.length < 2 || v.length < 2) return []
  // Rules that cross or touch are of one table.
  const { find, join } = finder(h.length + v.length)
  for (let i = 0; i < h.length; i++) {
    const a = h[i] as Segment
    for (let j = 0; j < v.length; j++) {
      const b = v[j] as Segment
      if (b.at >= a.from - tol && b.at <= a.to + tol && a.at >= b.from - tol && a.at <= b.to + tol) join(i, h.length + j)
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>()
  const groupOf = (i: number): { h: Segment[]; v: Segment[] } => {
    const k = find(i)
    let g = groups.get(k)
    if (!g) groups.set(k, (g = { h: [], v: [] }))
    return g
  }
  h.forEach((s, i) => groupOf(i).h.push(s))
  v.forEach((s, j) => groupOf(h.length + j).v.push(s))
  adoptLoneVerticals([...groups.values()], tol)
  const out: Grid[] = []
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue
    const found = grid(g.h, g.v, tol)
    if (found) out.push(found)
  }
  return out.sort((a, b) => (a.ys[0] as number) - (b.ys[0] as number))
}
